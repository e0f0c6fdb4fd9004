package org.guidelang.compiler.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.StepStatus;
import org.guidelang.runtime.Truth;

/**
 * Decides a criteria set. The requirement counts the absolute criteria that hold: met when at
 * least the required number hold, failed when too few can still hold. Then the relative
 * criteria choose between the met outcome (all hold) and the exception outcome (one fails).
 */
final class CriteriaDecider {
    private final Evaluator evaluator;
    private final String label;
    private final List<ExplanationStep> explanation;

    CriteriaDecider(Evaluator evaluator, String label, List<ExplanationStep> explanation) {
        this.evaluator = evaluator;
        this.label = label;
        this.explanation = explanation;
    }

    Interpreter.Decision decide(CriteriaSet set) {
        int held = 0;
        int unknown = 0;
        Truth relative = Truth.TRUE;
        Set<String> absoluteMissing = new TreeSet<>();
        Set<String> relativeMissing = new TreeSet<>();
        for (CriteriaSet.Criterion criterion : set.criteria()) {
            Val value = evaluator.eval(criterion.condition());
            Truth truth = value.truth();
            explanation.add(new ExplanationStep(label,
                    (criterion.relative() ? "relative criterion " : "criterion ") + criterion.name(),
                    criterion.label() + ": " + criterion.text(), StepStatus.of(truth),
                    evaluator.values(criterion.condition()),
                    Citations.firstOf(criterion.citations(), set.citations())));
            if (criterion.relative()) {
                relative = relative.and(truth);
                if (truth.isUnknown()) {
                    relativeMissing.addAll(value.missing());
                }
            } else if (truth.isTrue()) {
                held++;
            } else if (truth.isUnknown()) {
                unknown++;
                absoluteMissing.addAll(value.missing());
            }
        }
        int required = set.required();
        Truth requirement = held >= required ? Truth.TRUE : held + unknown < required ? Truth.FALSE : Truth.UNKNOWN;
        if (requirement.isFalse()) {
            return new Interpreter.Decision(set.unmetCode(), Set.of());
        }
        if (requirement.isTrue()) {
            if (relative.isUnknown()) {
                return new Interpreter.Decision(null, relativeMissing);
            }
            return new Interpreter.Decision(relative.isTrue() ? set.metCode() : set.exceptionCode(), Set.of());
        }
        // The requirement is open; the relative criteria matter only if it turns out met.
        Set<String> missing = new TreeSet<>(absoluteMissing);
        missing.addAll(relativeMissing);
        return new Interpreter.Decision(null, missing);
    }
}
