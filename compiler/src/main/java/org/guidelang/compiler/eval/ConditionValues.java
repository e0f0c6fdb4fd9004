package org.guidelang.compiler.eval;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.runtime.Truth;

/**
 * The truth each boolean node of a guideline took while the interpreter evaluated one patient:
 * the raw material of coverage by examples. A node the evaluation never reached (a rule after the
 * one that held in a first-hit table) has none. Nodes are told apart by identity, not equality:
 * two rules may share a condition's text, and the model's records are equal when their text is.
 */
public final class ConditionValues {
    /** Told the truth of each boolean node the evaluator computes. */
    interface Recorder {
        void saw(CExpr node, Truth truth);
    }

    private final Map<CExpr, Truth> truths = new IdentityHashMap<>();

    ConditionValues() {}

    /** What to hand the interpreter so that it fills these values in. */
    Recorder recorder() {
        return truths::put;
    }

    /** The truth {@code node} took, or empty when the evaluation never reached it. */
    public Optional<Truth> of(CExpr node) {
        return Optional.ofNullable(truths.get(node));
    }
}
