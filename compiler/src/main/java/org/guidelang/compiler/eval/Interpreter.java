package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.analysis.TotalOutcomes;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Truth;

/**
 * The reference interpreter: evaluates a checked guideline for one patient, using only the
 * runtime's operators so that generated evaluators, which call the same operators, agree.
 *
 * <p>Every outcome is a value or undetermined. Undetermined outcomes name the missing inputs
 * whose values could decide them. A first-hit table whose earliest possibly-matching rules are
 * unknown is still decided when all of them, and the first rule that holds, yield the same code.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Evaluates {@code guideline} for a validated patient: input names to Double (in the input's
     * unit), Boolean or String code; an absent input is missing.
     */
    public static EvaluationResult evaluate(CheckedGuideline guideline, Map<String, ?> patient) {
        Run run = new Run(guideline, patient,
                InputIndex.of(guideline.inputs().stream().map(InputDecl::name).toList()));
        List<OutcomeResult> results = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            Decision decision = run.outcome(guideline.id(), null, outcome);
            results.add(decision.value() == null
                    ? OutcomeResult.undetermined(outcome.name(), decision.missing())
                    : OutcomeResult.determined(outcome.name(), decision.value()));
        }
        return EvaluationResult.of(guideline.id(), guideline.version(), results, run.explanation);
    }

    /**
     * An outcome's value (String code, Boolean, or null when undetermined), what it lacks, and
     * the codes an undetermined code outcome can still take (empty when nothing is known).
     */
    record Decision(Object value, Set<String> missing, List<String> possible) {
        Decision(Object value, Set<String> missing) {
            this(value, missing, List.of());
        }
    }

    /** One evaluation: memoized outcomes and the explanation in the order outcomes were decided. */
    private static final class Run {
        private final Map<String, Decision> decided = new HashMap<>();
        // Keyed by the definition itself: equal definitions (even of two guidelines) have equal values.
        private final Map<Definition, Val> definitions = new HashMap<>();
        private final List<ExplanationStep> explanation = new ArrayList<>();
        private final Evaluator evaluator;

        private final InputIndex inputs;

        // Each guideline reached through imports, by id: whether its outcomes are total.
        private final Map<String, CheckedGuideline> guidelines = new HashMap<>();

        Run(CheckedGuideline guideline, Map<String, ?> patient, InputIndex inputs) {
            collect(guideline);
            this.inputs = inputs;
            this.evaluator = new Evaluator(patient, this::outcomeValue, this::definitionValue);
        }

        private void collect(CheckedGuideline guideline) {
            if (guidelines.putIfAbsent(guideline.id(), guideline) == null) {
                for (CheckedGuideline.ImportRef imported : guideline.imports()) {
                    collect(imported.guideline());
                }
            }
        }

        private Val outcomeValue(CExpr.OutcomeRef ref) {
            Decision decision = outcome(ref.guideline(), ref.alias(), ref.outcome());
            if (decision.value() instanceof Boolean b) {
                return Val.truth(Truth.of(b), Set.of());
            }
            if (ref.outcome() instanceof Recommendation) {
                // An undetermined recommendation is an unknown condition, not a missing code.
                return Val.truth(Truth.UNKNOWN, decision.missing());
            }
            return Val.code((String) decision.value(), decision.missing(), decision.possible());
        }

        private Val definitionValue(Definition definition) {
            Val value = definitions.get(definition);
            if (value == null) {
                value = evaluator.eval(definition.value());
                definitions.put(definition, value);
            }
            return value;
        }

        Decision outcome(String guideline, String alias, Outcome outcome) {
            String key = guideline + "." + outcome.name();
            Decision known = decided.get(key);
            if (known != null) {
                return known;
            }
            String label = alias == null ? outcome.name() : alias + "." + outcome.name();
            Decision decision = OutcomeLogic.decide(outcome,
                    TotalOutcomes.isTotal(guidelines.get(guideline), outcome), evaluator, inputs, label, explanation);
            decided.put(key, decision);
            return decision;
        }
    }

}
