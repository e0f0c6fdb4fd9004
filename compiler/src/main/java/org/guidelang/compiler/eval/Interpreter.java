package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.analysis.InputCells;
import org.guidelang.compiler.analysis.TotalOutcomes;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.runtime.Completions;
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
 * An outcome the one pass leaves undetermined is refined by {@link Completions}: decided when
 * every completion of the missing inputs gives it one value, else with exactly the values some
 * completion gives and the inputs that decide between them (see docs/language.md §9.1).
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Evaluates {@code guideline} for a validated patient: input names to Double (in the input's
     * unit), Boolean or String code; an absent input is missing.
     */
    public static EvaluationResult evaluate(CheckedGuideline guideline, Map<String, ?> patient) {
        InputIndex inputs = indexOf(guideline);
        Run run = new Run(guideline, patient, inputs, true);
        List<OutcomeResult> results = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            Decision decision = run.outcome(guideline.id(), null, outcome);
            if (decision.value() != null) {
                results.add(OutcomeResult.determined(outcome.name(), decision.value()));
            } else {
                results.add(OutcomeResult.undetermined(outcome.name(), decision.missing(), decision.shown()));
            }
        }
        return EvaluationResult.of(guideline.id(), guideline.version(), results, run.explanation);
    }

    private static InputIndex indexOf(CheckedGuideline guideline) {
        return InputIndex.of(guideline.inputs().stream().map(InputDecl::name).toList());
    }

    /**
     * The exact answer for {@code outcome} of {@code guideline}, which one pass left undetermined
     * as {@code decision}: every completion of the patient's missing inputs is judged through
     * {@link Completions}; the outcome's closing explanation step is replaced by one that states
     * the refined answer.
     */
    private static Decision refine(CheckedGuideline guideline, Map<String, ?> patient, Outcome outcome, String label,
            Decision decision, List<ExplanationStep> explanation) {
        InputIndex inputs = indexOf(guideline);
        Completions.Reach reach = InputCells.of(guideline).refine(values -> {
            Map<String, Object> completed = new LinkedHashMap<>(patient);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    completed.put(inputs.names().get(i), values[i]);
                }
            }
            return new Run(guideline, completed, inputs, false).reach(guideline.id(), outcome);
        });
        List<Object> names = OutcomeLogic.values(outcome);
        int noValue = names.size();
        List<String> shown = new ArrayList<>();
        names.forEach(name -> shown.add(String.valueOf(name)));
        shown.add(outcome instanceof DecisionTable ? "no rule" : "no value");
        ExplanationStep step = Completions.explain(label, reach, shown, inputs.bits(decision.missing()), inputs);
        int last = lastUndetermined(explanation, label);
        if (last >= 0) {
            explanation.set(last, step);
        } else {
            explanation.add(step);
        }
        if (reach.determined()) {
            int bit = Long.numberOfTrailingZeros(reach.values());
            return bit == noValue ? new Decision(null, Set.of(), List.of(), List.of(OutcomeResult.NO_VALUE))
                    : new Decision(names.get(bit), Set.of());
        }
        List<Object> possible = new ArrayList<>();
        for (long bits = reach.values(); bits != 0L; bits &= bits - 1) {
            int bit = Long.numberOfTrailingZeros(bits);
            possible.add(bit == noValue ? OutcomeResult.NO_VALUE : names.get(bit));
        }
        // Importers narrow membership over the codes still possible only when a code is certain.
        List<String> codes = possible.contains(OutcomeResult.NO_VALUE) || outcome instanceof Recommendation
                ? List.of() : possible.stream().map(String.class::cast).toList();
        return new Decision(null, inputs.names(reach.missing()), codes, possible);
    }

    private static int lastUndetermined(List<ExplanationStep> explanation, String label) {
        for (int i = explanation.size() - 1; i >= 0; i--) {
            ExplanationStep step = explanation.get(i);
            if (step.outcome().equals(label) && step.element().equals("undetermined")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An outcome's value (String code, Boolean, or null when undetermined), what it lacks, the
     * codes an undetermined code outcome can still take for importers to narrow membership over
     * (empty when nothing is certain), and {@code shown}, the values it can still take as
     * {@link OutcomeResult#possible()} reports them.
     */
    record Decision(Object value, Set<String> missing, List<String> possible, List<Object> shown) {
        Decision(Object value, Set<String> missing) {
            this(value, missing, List.of(), List.of());
        }

        Decision(Object value, Set<String> missing, List<String> possible) {
            this(value, missing, possible, List.of());
        }
    }

    /** One evaluation: memoized outcomes and the explanation in the order outcomes were decided. */
    private static final class Run {
        private final Map<String, Decision> decided = new HashMap<>();
        private final Map<String, ?> patient;
        // Keyed by the definition itself: equal definitions (even of two guidelines) have equal values.
        private final Map<Definition, Val> definitions = new HashMap<>();
        private final List<ExplanationStep> explanation = new ArrayList<>();
        private final Evaluator evaluator;

        private final InputIndex inputs;

        // Each guideline reached through imports, by id: whether its outcomes are total.
        private final Map<String, CheckedGuideline> guidelines = new HashMap<>();

        // Null when only the answer is wanted, as when completions are explored.
        private final List<ExplanationStep> trace;

        Run(CheckedGuideline guideline, Map<String, ?> patient, InputIndex inputs, boolean explain) {
            collect(guideline);
            this.patient = patient;
            this.inputs = inputs;
            this.trace = explain ? explanation : null;
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
            CheckedGuideline owner = guidelines.get(guideline);
            Decision decision = OutcomeLogic.decide(outcome, TotalOutcomes.isTotal(owner, outcome), evaluator, inputs,
                    label, trace);
            if (trace != null && decision.value() == null) {
                decision = refine(owner, patient, outcome, label, decision, trace);
            }
            decided.put(key, decision);
            return decision;
        }

        /** What one pass says of {@code outcome} of {@code guideline} for {@link Completions}. */
        Completions.Reach reach(String guideline, Outcome outcome) {
            return OutcomeLogic.reach(outcome, TotalOutcomes.isTotal(guidelines.get(guideline), outcome), evaluator,
                    inputs);
        }
    }

}
