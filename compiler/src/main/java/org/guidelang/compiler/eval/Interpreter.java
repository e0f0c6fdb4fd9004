package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.guidelang.runtime.ExactAnswers;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.InvalidInputException;
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
 * completion gives and the inputs that decide between them (see docs/language.md §9.1). Only
 * completions that satisfy the guideline's constraints between inputs count; a patient whose
 * given values break one is refused by {@link #constraintErrors} before it is evaluated (§5.1).
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Evaluates {@code guideline} for a validated patient: input names to Double (in the input's
     * unit), Boolean or String code; an absent input is missing.
     */
    public static EvaluationResult evaluate(CheckedGuideline guideline, Map<String, ?> patient) {
        return ExactAnswers.refine(onePass(guideline, patient, true), patient, new Subject(guideline));
    }

    /**
     * The input errors of a validated patient whose given values break a constraint of {@code
     * guideline} (its imports' included), one per constraint; empty when the patient satisfies
     * them or may. A patient with errors is refused: callers evaluate nothing for it.
     */
    public static List<InputError> constraintErrors(CheckedGuideline guideline, Map<String, ?> patient) {
        return guideline.constraints().isEmpty() ? List.of() : ConstraintEvaluation.of(guideline, patient).errors();
    }

    /** One pass over {@code patient}, sound but not refined; with an explanation when asked. */
    static EvaluationResult onePass(CheckedGuideline guideline, Map<String, ?> patient, boolean explain) {
        Run run = new Run(guideline, patient, indexOf(guideline), explain);
        List<OutcomeResult> results = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            Decision decision = run.outcome(guideline.id(), null, outcome);
            results.add(decision.value() == null
                    ? OutcomeResult.undetermined(outcome.name(), decision.missing(), List.copyOf(decision.possible()))
                    : OutcomeResult.determined(outcome.name(), decision.value()));
        }
        return EvaluationResult.of(guideline.id(), guideline.version(), results, run.explanation);
    }

    private static InputIndex indexOf(CheckedGuideline guideline) {
        return InputIndex.of(guideline.inputs().stream().map(InputDecl::name).toList());
    }

    /** A checked guideline as {@link ExactAnswers} refines it: its one pass, and its inputs' cells. */
    private static final class Subject implements ExactAnswers.Subject {
        private final CheckedGuideline guideline;
        private final InputIndex inputs;
        private Completions cells;
        private final Map<String, Subject> imported = new HashMap<>();

        Subject(CheckedGuideline guideline) {
            this.guideline = guideline;
            this.inputs = indexOf(guideline);
        }

        @Override
        public InputIndex inputs() {
            return inputs;
        }

        @Override
        public Completions cells() {
            if (cells == null) {
                cells = InputCells.of(guideline);
            }
            return cells;
        }

        @Override
        public List<Object> values(String outcome) {
            return OutcomeLogic.values(guideline.outcome(outcome).orElseThrow());
        }

        @Override
        public String noValue(String outcome) {
            return guideline.outcome(outcome).orElseThrow() instanceof DecisionTable ? "no rule" : "no value";
        }

        /**
         * One pass over a completion; it breaks a constraint when a constraint is false on its
         * values. Every outcome also lacks the missing inputs of every constraint still unknown,
         * a determined one becoming undetermined with its one value possible: in three-valued
         * logic an unknown constraint accepts the completion even where no value of those inputs
         * satisfies it (as for {@code c and not c}), so the refinement must split them too, down
         * to completions on which each constraint is decided, or it would count values, and
         * inputs that change them, that only completions breaking a constraint give.
         */
        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            EvaluationResult result = Interpreter.onePass(guideline, patient, false);
            if (guideline.constraints().isEmpty()) {
                return result;
            }
            ConstraintEvaluation constraints = ConstraintEvaluation.of(guideline, patient);
            if (!constraints.broken().isEmpty()) {
                throw new InvalidInputException(constraints.errors());
            }
            Set<String> undecided = constraints.undecidedInputs();
            if (undecided.isEmpty()) {
                return result;
            }
            List<OutcomeResult> outcomes = new ArrayList<>();
            for (OutcomeResult outcome : result.outcomes().values()) {
                Set<String> missing = new TreeSet<>(outcome.missing());
                missing.addAll(undecided);
                List<Object> possible = outcome.isDetermined() ? List.of(outcome.value()) : outcome.possible();
                outcomes.add(OutcomeResult.undetermined(outcome.name(), missing, possible));
            }
            return EvaluationResult.of(result.guideline(), result.version(), outcomes, result.explanation());
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return imported.computeIfAbsent(alias, a -> find(guideline, a) == null ? null : new Subject(find(guideline, a)));
        }

        private static CheckedGuideline find(CheckedGuideline guideline, String alias) {
            for (CheckedGuideline.ImportRef ref : guideline.imports()) {
                if (ref.alias().equals(alias)) {
                    return ref.guideline();
                }
            }
            for (CheckedGuideline.ImportRef ref : guideline.imports()) {
                CheckedGuideline found = find(ref.guideline(), alias);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
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

        // Null when only the answer is wanted, as when completions are explored.
        private final List<ExplanationStep> trace;

        Run(CheckedGuideline guideline, Map<String, ?> patient, InputIndex inputs, boolean explain) {
            collect(guideline);
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
            Decision decision = OutcomeLogic.decide(outcome,
                    TotalOutcomes.isTotal(guidelines.get(guideline), outcome), evaluator, inputs, label, trace);
            decided.put(key, decision);
            return decision;
        }
    }

}
