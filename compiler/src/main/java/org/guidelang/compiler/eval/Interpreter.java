package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.analysis.InputCells;
import org.guidelang.compiler.analysis.OutcomeFacts;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.ExplanationScopes;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.ValueUnits;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExactAnswers;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * The reference interpreter: evaluates a checked guideline for one patient, using only the
 * runtime's operators so that generated evaluators, which call the same operators, agree.
 *
 * <p>Every outcome is a value or undetermined. Undetermined outcomes name the missing inputs
 * whose values could decide them. A first-hit table whose earliest possibly-matching rules are
 * unknown is still decided when all of them, and the first rule that holds, yield the same code.
 * An undetermined outcome narrows the codes it can still take only where the analysis proved it
 * total (see {@link OutcomeFacts}), which the interpreter is handed with the guideline. An
 * outcome the one pass leaves undetermined is refined by the runtime's {@link ExactAnswers}:
 * decided when every completion of the missing inputs gives it one value, else with exactly the
 * values some completion gives and the inputs that decide between them (docs/language.md §9.1).
 * Only completions that satisfy the guideline's constraints between inputs count; a patient whose
 * given values break one is refused by {@link #constraintErrors} before it is evaluated (§5.1).
 * Immutable and thread-safe: build one per guideline and evaluate any number of patients.
 */
public final class Interpreter {
    private final CheckedGuideline guideline;
    private final OutcomeFacts facts;
    private final InputIndex inputs;
    private final Subject subject;
    /** The label prefix of each guideline's outcomes in this guideline's explanation, by guideline id. */
    private final Map<String, String> scopes;
    /** The units of the names each guideline's explanation steps show, by guideline id (this one's and its imports'). */
    private final Map<String, Function<String, Unit>> units = new HashMap<>();

    /** An interpreter of the analysed guideline (see {@code Compilation.analysis}). */
    public Interpreter(GuidelineAnalysis analysis) {
        this(analysis.guideline(), analysis.outcomes());
    }

    private Interpreter(CheckedGuideline guideline, OutcomeFacts facts) {
        if (!facts.guideline().equals(guideline.id())) {
            throw new IllegalArgumentException("the facts of " + facts.guideline() + " are not about " + guideline.id());
        }
        this.guideline = guideline;
        this.facts = facts;
        this.inputs = InputIndex.of(guideline.inputs().stream().map(InputDecl::name).toList());
        this.subject = new Subject(this);
        this.scopes = ExplanationScopes.of(guideline);
        unitsOf(guideline, units);
    }

    public CheckedGuideline guideline() {
        return guideline;
    }

    private static void unitsOf(CheckedGuideline guideline, Map<String, Function<String, Unit>> units) {
        if (units.putIfAbsent(guideline.id(), ValueUnits.of(guideline)) == null) {
            guideline.imports().forEach(i -> unitsOf(i.guideline(), units));
        }
    }

    /**
     * An interpreter of the guideline imported under {@code alias}, with its facts.
     *
     * @throws IllegalArgumentException if this guideline has no such import
     */
    public Interpreter imported(String alias) {
        CheckedGuideline imported = guideline.imports().stream()
                .filter(i -> i.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(guideline.id() + " imports nothing as " + alias))
                .guideline();
        return new Interpreter(imported, facts.of(imported.id()));
    }

    /**
     * Evaluates the guideline for a validated patient: input names to Double (in the input's
     * unit), Boolean or String code; an absent input is missing. Callers refuse a patient that
     * {@link #constraintErrors} finds errors for, as {@code guidec eval} does: asked anyway, every
     * completion is refused and an undetermined step says so.
     */
    public EvaluationResult evaluate(Map<String, ?> patient) {
        return ExactAnswers.refine(onePass(patient, true), patient, subject);
    }

    /**
     * Outcome {@code outcome} of the guideline imported under {@code alias}, for a validated
     * {@code patient} as this guideline reads it: exact over the completions that satisfy this
     * guideline's constraints between inputs, which include the imported one's and may decide
     * more (docs/language.md §5.1), as an example's {@code expect hg.candidacy = ...} reads it.
     *
     * @throws IllegalArgumentException if this guideline has no such import or it no such outcome
     */
    public OutcomeResult importedOutcome(String alias, String outcome, Map<String, ?> patient) {
        Interpreter imported = imported(alias);
        OutcomeResult onePass = imported.onePass(patient, false).outcome(outcome)
                .orElseThrow(() -> new IllegalArgumentException(alias + " has no outcome " + outcome));
        return ExactAnswers.refineImported(onePass, alias, patient, subject);
    }

    /**
     * The input errors of a validated patient whose given values break a constraint of {@code
     * guideline} (its imports' included), one per constraint; empty when the patient satisfies
     * them or may. A patient with errors is refused: callers evaluate nothing for it.
     */
    public static List<InputError> constraintErrors(CheckedGuideline guideline, Map<String, ?> patient) {
        return guideline.constraints().isEmpty() ? List.of() : ConstraintEvaluation.of(guideline, patient).errors();
    }

    /**
     * {@link #evaluate}, telling {@code recorder} the truth each condition took in the pass over
     * the patient itself (not over the completions that refine it): what an example exercises.
     */
    EvaluationResult evaluate(Map<String, ?> patient, ConditionValues.Recorder recorder) {
        return ExactAnswers.refine(onePass(patient, true, recorder), patient, subject);
    }

    /**
     * One pass of {@code condition}, a boolean expression over the outcomes of the guideline and of
     * those it imports (a {@code conflict}'s), named {@code name}, for a validated {@code patient}
     * read as a stand-in for its completions: {@code is known} of an input still missing is unknown
     * there, not false. True or false when the one pass decides it; otherwise undetermined with the
     * missing inputs that could decide it (none: no value for this complete patient). Sound, not
     * refined: the conflict proof splits the inputs itself.
     */
    public OutcomeResult condition(String name, CExpr condition, Map<String, ?> patient) {
        Run run = new Run(facts, units, scopes, patient, inputs, false, true, null);
        Val value = run.evaluator.eval(condition);
        if (value.truth().isUnknown()) {
            return OutcomeResult.undetermined(name, value.missing());
        }
        return OutcomeResult.determined(name, value.truth().isTrue());
    }

    /** One pass over {@code patient}, sound but not refined; with an explanation when asked. */
    EvaluationResult onePass(Map<String, ?> patient, boolean explain) {
        return onePass(patient, explain, null);
    }

    private EvaluationResult onePass(Map<String, ?> patient, boolean explain, ConditionValues.Recorder recorder) {
        Run run = new Run(facts, units, scopes, patient, inputs, explain, false, recorder);
        List<OutcomeResult> results = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            Decision decision = run.outcome(guideline.id(), outcome);
            results.add(decision.value() == null
                    ? OutcomeResult.undetermined(outcome.name(), decision.missing(), List.copyOf(decision.possible()))
                    : OutcomeResult.determined(outcome.name(), decision.value()));
        }
        return EvaluationResult.of(guideline.id(), guideline.version(), results, run.explanation);
    }

    /** A guideline as {@link ExactAnswers} refines it: its one pass, and its inputs' cells. */
    private static final class Subject implements ExactAnswers.Subject {
        private final Interpreter interpreter;
        private volatile Completions cells;
        private final Map<String, Optional<Subject>> imported = new ConcurrentHashMap<>();

        Subject(Interpreter interpreter) {
            this.interpreter = interpreter;
        }

        @Override
        public InputIndex inputs() {
            return interpreter.inputs;
        }

        @Override
        public Completions cells() {
            Completions known = cells;
            if (known == null) {
                known = InputCells.of(interpreter.guideline);
                cells = known;
            }
            return known;
        }

        @Override
        public List<Object> values(String outcome) {
            return OutcomeLogic.values(interpreter.guideline.outcome(outcome).orElseThrow());
        }

        @Override
        public boolean has(String outcome) {
            return interpreter.guideline.outcome(outcome).isPresent();
        }

        @Override
        public String noValue(String outcome) {
            return interpreter.guideline.outcome(outcome).orElseThrow() instanceof DecisionTable ? "no rule" : "no value";
        }

        /**
         * One pass over a completion; it breaks a constraint when a constraint is false on its
         * values, and lacks the missing inputs of every constraint still unknown (see {@link
         * ExactAnswers#openedBy(EvaluationResult, java.util.Collection)}).
         */
        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            EvaluationResult result = interpreter.onePass(patient, false);
            if (interpreter.guideline.constraints().isEmpty()) {
                return result;
            }
            ConstraintEvaluation constraints = ConstraintEvaluation.of(interpreter.guideline, patient);
            if (!constraints.broken().isEmpty()) {
                throw new InvalidInputException(constraints.errors());
            }
            return ExactAnswers.openedBy(result, constraints.undecidedInputs());
        }

        @Override
        public java.util.Collection<String> openInputs(Map<String, ?> patient) {
            return interpreter.guideline.constraints().isEmpty() ? List.of()
                    : ConstraintEvaluation.of(interpreter.guideline, patient).undecidedInputs();
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return imported.computeIfAbsent(alias, a -> Optional.ofNullable(find(interpreter.guideline, a))
                    .map(found -> new Interpreter(found, interpreter.facts.of(found.id())).subject)).orElse(null);
        }

        /** An alias of a direct import first, then depth first through each import. */
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
        // Null when only the answer is wanted, as when completions are explored.
        private final List<ExplanationStep> trace;
        private final Evaluator evaluator;

        private final InputIndex inputs;
        // What the analysis proved of the outcomes of the guideline and of those it imports.
        private final OutcomeFacts facts;
        private final Map<String, Function<String, Unit>> units;
        private final Map<String, String> scopes;

        Run(OutcomeFacts facts, Map<String, Function<String, Unit>> units, Map<String, String> scopes,
                Map<String, ?> patient, InputIndex inputs, boolean explain, boolean completing,
                ConditionValues.Recorder recorder) {
            this.facts = facts;
            this.units = units;
            this.scopes = scopes;
            this.inputs = inputs;
            this.trace = explain ? explanation : null;
            this.evaluator = new Evaluator(patient, this::outcomeValue, this::definitionValue, completing, recorder);
        }

        private Val outcomeValue(CExpr.OutcomeRef ref) {
            Decision decision = outcome(ref.guideline(), ref.outcome());
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

        Decision outcome(String guideline, Outcome outcome) {
            String key = guideline + "." + outcome.name();
            Decision known = decided.get(key);
            if (known != null) {
                return known;
            }
            // Labelled by the path of aliases from the guideline evaluated (ExplanationScopes).
            String label = scopes.get(guideline) + outcome.name();
            Decision decision = OutcomeLogic.decide(outcome, facts.of(guideline).isTotal(outcome), evaluator, inputs,
                    units.get(guideline), label, trace);
            decided.put(key, decision);
            return decision;
        }
    }

}
