package org.guidelang.golden.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Generated;
import org.guidelang.golden.staging.Staging;
import org.guidelang.runtime.AnswerMemo;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.Conditions;
import org.guidelang.runtime.ConstraintCheck;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExactAnswers;
import org.guidelang.runtime.ExplainedValues;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InputValues;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.MissingInputs;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.RecommendationLogic;
import org.guidelang.runtime.ScopedTrace;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Referral: the evaluator of guideline {@code referral}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>protocol: Referral protocol.
 * </ul>
 *
 * <p>Uses the outcomes of {@code staging} as {@code s}, evaluated on the same patient.
 *
 * <p>Constraints between inputs, which a patient's values must satisfy:
 * <ul>
 *   <li>positiveWereExamined: nodes = 0 or examined &gt;= 1 (Positive lymph nodes are lymph nodes that were examined. Source: manual, p. 4)
 *   <li>noTumourNoNodes: not noTumour or nodes = 0 (A patient without a tumour has no positive lymph nodes. Source: manual, p. 4)
 *   <li>bulkyWasExamined: sizeCm &lt; bulky or examined &gt;= 1 (The lymph nodes of every bulky tumour are examined. Source: manual, p. 6)
 *   <li>relapseAfterTreatment: not relapse or treated (A relapse follows a treatment. Source: protocol, section 2)
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * try {
 *     Referral.Result result = Referral.evaluate(Referral.Input.builder().sizeCm(0.0).nodes(0).build());
 *     result.oncology().possible();
 *     result.s().stage().isDetermined(); // imported, from the same evaluation
 *     result.explain(); // the same steps as guidec eval
 *     Referral.evaluate(result.input().toBuilder().sizeCm(null).build()).missing(); // null: missing
 * } catch (InvalidInputException e) {
 *     e.errors(); // the values break a constraint between inputs: each error names one
 * }
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "referral 1.0.0"
)
public final class Referral {
    /**
     * The guideline's id.
     */
    public static final String ID = "referral";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.quantity("sizeCm", Unit.CM, new Range(0.0, true, 20.0, true), "Tumour size"),
        InputSpec.quantity("nodes", Unit.COUNT, new Range(0.0, true, 40.0, true), "Positive lymph nodes"),
        InputSpec.quantity("examined", Unit.COUNT, new Range(0.0, true, 60.0, true), "Lymph nodes examined"),
        InputSpec.bool("metastases", "Distant metastases"),
        InputSpec.bool("treated", "Treated before"),
        InputSpec.bool("relapse", "Relapse"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("sizeCm", "nodes", "examined", "metastases", "treated", "relapse"));

    private static final List<String> OUTCOMES = List.of("oncology");

    /**
     * Refer to oncology (protocol, section 3)
     */
    private static final RecommendationLogic ONCOLOGY_LOGIC = RecommendationLogic.when(0, "s.stage in {III, IV} or relapse", "protocol, section 3");

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Referral() {
    }

    /**
     * Decides every outcome for one patient, and those of the guidelines it imports: determined exactly when every completion of the missing inputs gives it one value, else with the values it can still take and the missing inputs that decide between them. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     *
     * @throws InvalidInputException when the given values break a constraint between inputs (each error names one); nothing is evaluated
     */
    public static Result evaluate(Input input) throws InvalidInputException {
        if (Constraints.broken(input)) {
            throw new InvalidInputException(Constraints.errors(input));
        }
        // A patient who gives every input is decided in plain Java, without an evaluation.
        Result given = resultWhenGiven(Objects.requireNonNull(input, "input"));
        return given != null ? given : resultOf(new Evaluation(input, null));
    }

    /**
     * The result of {@code input} when it gives every input, each outcome decided in plain Java (those of the imported guidelines by their own {@code resultWhenGiven}), as {@link #evaluate} gives it; null for any other patient, and where an outcome has no value. Does not check the constraints between inputs, which {@code evaluate} checks first. Public for the generated classes of importing guidelines; callers use {@code evaluate}.
     */
    public static Result resultWhenGiven(Input input) {
        if (input.sizeCm() == null
                || input.nodes() == null
                || input.examined() == null
                || input.metastases() == null
                || input.treated() == null
                || input.relapse() == null) {
            return null;
        }
        Staging.Result s = Staging.resultWhenGiven(new Staging.Input(input.sizeCm(), input.nodes(), input.examined(), input.metastases()));
        if (s == null) {
            return null;
        }
        Truth oncology = Evaluation.oncologyWhenGiven(input, s.stage().orElse(null));
        if (oncology == Truth.UNKNOWN) {
            return null;
        }
        return new Result(
                    input,
                    Decided.of(oncology.isTrue()),
                    s);
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation, Staging.resultOf(evaluation.s));
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.oncology().isSettled() ? result : refined(result);
    }

    /**
     * The map and JSON entry point: patients as maps from input names to values, results as {@code EvaluationResult}. Thread-safe.
     */
    public static GuidelineEvaluator evaluator() {
        return EVALUATOR;
    }

    /**
     * This guideline as the runtime's {@code ExactAnswers} refines it; for the generated classes of guidelines that import it. Immutable.
     */
    public static ExactAnswers.Subject exactAnswers() {
        return ExactSubject.INSTANCE;
    }

    /**
     * One straight-line pass: sound, and exact on complete data; an undetermined outcome holds the codes this pass leaves open. The results of the imported guidelines are passed in (null where only this guideline's outcomes are read).
     */
    private static Result onePass(Evaluation evaluation, Staging.Result s) {
        Truth oncology = evaluation.oncology("oncology");
        return new Result(
                    evaluation.input,
                    oncology.isUnknown() ? Decided.undetermined(evaluation.oncologyMissing(), INPUT_INDEX) : Decided.of(oncology.isTrue()),
                    s);
    }

    /**
     * The exact answers where the one pass {@code result} left an outcome undetermined: its completions are explored by the runtime's {@code ExactAnswers}, as the interpreter's are, once for each key (the cells of the given values), then remembered.
     */
    @SuppressWarnings("unchecked")
    private static Result refined(Result result) {
        long key = ExactSubject.key(result.input());
        Object[] known = (Object[]) ExactSubject.MEMO.get(key);
        if (known == null) {
            EvaluationResult exact = ExactAnswers.refine(EvaluationResult.of(ID, VERSION, outcomeResults(result), List.of()), result.input().toValues(), ExactSubject.INSTANCE);
            known = new Object[] {
                            Decided.fromOutcome(exact.outcomes().get("oncology"), INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Boolean>) known[0],
                    result.s());
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.oncology().toOutcomeResult("oncology"));
    }

    /**
     * Checks input {@code index} against its declaration, for the input record (whose fields, named after the inputs, may hide any type).
     */
    private static void requireValid(int index, Number value) {
        InputValues.requireValid(INPUTS.get(index), value);
    }

    /**
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, ?> values) {
        return new Input(
                    InputValues.decimal(values.get("sizeCm")),
                    InputValues.whole(values.get("nodes")),
                    InputValues.whole(values.get("examined")),
                    InputValues.bool(values.get("metastases")),
                    InputValues.bool(values.get("treated")),
                    InputValues.bool(values.get("relapse")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.whole(checked[1]),
                    InputValues.whole(checked[2]),
                    InputValues.bool(checked[3]),
                    InputValues.bool(checked[4]),
                    InputValues.bool(checked[5]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.sizeCm != null) {
            values.put("sizeCm", input.sizeCm);
        }
        if (input.nodes != null) {
            values.put("nodes", input.nodes.doubleValue());
        }
        if (input.examined != null) {
            values.put("examined", input.examined.doubleValue());
        }
        if (input.metastases != null) {
            values.put("metastases", input.metastases);
        }
        if (input.treated != null) {
            values.put("treated", input.treated);
        }
        if (input.relapse != null) {
            values.put("relapse", input.relapse);
        }
        return values;
    }

    /**
     * The explanation of {@code input}, every undetermined step refined as the outcomes are; the body of {@link Result#explain()}, kept out of the record, whose fields, named after the outcomes, may hide any type.
     */
    private static List<ExplanationStep> explanation(Input input) {
        return ExactAnswers.explain(new Evaluation(input, new ArrayList<>()).evaluateAll(), input.toValues(), ExactSubject.INSTANCE);
    }

    /**
     * The body of {@link Result#missing()}.
     */
    private static SortedSet<String> missingInputs(Decided<?>... outcomes) {
        TreeSet<String> missing = new TreeSet<>();
        for (Decided<?> outcome : outcomes) {
            missing.addAll(outcome.missing());
        }
        return Collections.unmodifiableSortedSet(missing);
    }

    /**
     * The body of {@link Result#toEvaluationResult()}.
     */
    private static EvaluationResult evaluationResult(Result result) {
        return EvaluationResult.of(ID, VERSION, outcomeResults(result), result.explain());
    }

    /**
     * A patient's values for {@code referral}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param sizeCm Tumour size, in cm, in [0, 20]; null when missing
     * @param nodes Positive lymph nodes, in count, in [0, 40]; null when missing
     * @param examined Lymph nodes examined, in count, in [0, 60]; null when missing
     * @param metastases Distant metastases; null when missing
     * @param treated Treated before; null when missing
     * @param relapse Relapse; null when missing
     */
    public record Input(Double sizeCm, Integer nodes, Integer examined, Boolean metastases,
            Boolean treated, Boolean relapse) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (sizeCm != null && !(sizeCm >= 0.0 && sizeCm <= 20.0)) {
                requireValid(0, sizeCm);
            }
            if (nodes != null && !(nodes >= 0.0 && nodes <= 40.0)) {
                requireValid(1, nodes);
            }
            if (examined != null && !(examined >= 0.0 && examined <= 60.0)) {
                requireValid(2, examined);
            }
        }

        /**
         * A builder in which every value starts missing.
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values, to change some of them.
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.sizeCm = sizeCm;
            b.nodes = nodes;
            b.examined = examined;
            b.metastases = metastases;
            b.treated = treated;
            b.relapse = relapse;
            return b;
        }

        /**
         * The input from validated values ({@code InputValidator}): input names to numbers, Boolean or code String; an absent name is missing, and names of no input are ignored.
         */
        public static Input fromValues(Map<String, ?> values) {
            return inputOf(values);
        }

        /**
         * The values as {@link #fromValues} reads them: input names to Double (whole numbers too), Boolean or code String, in declaration order; a missing input is absent. A new, modifiable map.
         */
        public Map<String, Object> toValues() {
            return valuesOf(this);
        }

        /**
         * Builds an {@link Input}; a value never set, or set to null, is missing. Not thread-safe.
         */
        public static final class Builder {
            private Double sizeCm;

            private Integer nodes;

            private Integer examined;

            private Boolean metastases;

            private Boolean treated;

            private Boolean relapse;

            private Builder() {
            }

            /**
             * Sets Tumour size, in cm.
             */
            public Builder sizeCm(double sizeCm) {
                this.sizeCm = sizeCm;
                return this;
            }

            /**
             * Sets Tumour size, in cm (null: missing).
             */
            public Builder sizeCm(Double sizeCm) {
                this.sizeCm = sizeCm;
                return this;
            }

            /**
             * Sets Positive lymph nodes, in count.
             */
            public Builder nodes(int nodes) {
                this.nodes = nodes;
                return this;
            }

            /**
             * Sets Positive lymph nodes, in count (null: missing).
             */
            public Builder nodes(Integer nodes) {
                this.nodes = nodes;
                return this;
            }

            /**
             * Sets Lymph nodes examined, in count.
             */
            public Builder examined(int examined) {
                this.examined = examined;
                return this;
            }

            /**
             * Sets Lymph nodes examined, in count (null: missing).
             */
            public Builder examined(Integer examined) {
                this.examined = examined;
                return this;
            }

            /**
             * Sets Distant metastases.
             */
            public Builder metastases(boolean metastases) {
                this.metastases = metastases;
                return this;
            }

            /**
             * Sets Distant metastases (null: missing).
             */
            public Builder metastases(Boolean metastases) {
                this.metastases = metastases;
                return this;
            }

            /**
             * Sets Treated before.
             */
            public Builder treated(boolean treated) {
                this.treated = treated;
                return this;
            }

            /**
             * Sets Treated before (null: missing).
             */
            public Builder treated(Boolean treated) {
                this.treated = treated;
                return this;
            }

            /**
             * Sets Relapse.
             */
            public Builder relapse(boolean relapse) {
                this.relapse = relapse;
                return this;
            }

            /**
             * Sets Relapse (null: missing).
             */
            public Builder relapse(Boolean relapse) {
                this.relapse = relapse;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(sizeCm, nodes, examined, metastases, treated, relapse);
            }
        }
    }

    /**
     * The outcomes of {@code referral} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param oncology Refer to oncology (protocol, section 3)
     * @param s the outcomes of {@code staging} (imported as {@code s}), decided on the same patient in the same evaluation
     */
    public record Result(Input input, Decided<Boolean> oncology, Staging.Result s) {
        /**
         * How each outcome was reached: the same steps, in the same order, as the reference interpreter ({@code guidec eval}) gives. Built on each call.
         */
        public List<ExplanationStep> explain() {
            return explanation(input);
        }

        /**
         * Every input that could decide an undetermined outcome of this guideline, sorted: what to ask for next; empty when every outcome is decided. An imported guideline's result says its own.
         */
        public SortedSet<String> missing() {
            return missingInputs(oncology);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code referral} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private final Staging.Evaluation s;

        private Truth oncology;

        private long oncologyMissing;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            Staging.Evaluation staging = new Staging.Evaluation(new Staging.Input(input.sizeCm(), input.nodes(), input.examined(), input.metastases()), ScopedTrace.of(trace, "s."));
            this.s = staging;
        }

        /**
         * An evaluation of {@code input} that shares the given evaluations of the imported guidelines (of the same patient), as an importing guideline's evaluation does.
         */
        public Evaluation(Input input, List<ExplanationStep> trace, Staging.Evaluation s) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            this.s = Objects.requireNonNull(s, "s");
        }

        /**
         * Refer to oncology, decided on first use ({@code label} names it in the explanation); {@code UNKNOWN} when undetermined.
         */
        public Truth oncology(String label) {
            // Without a trace, straight-line code decides (fast); with one, ONCOLOGY_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (oncology == null && trace == null) {
                // recommendation: s.stage in {III, IV} or relapse
                oncology = PossibleCodes.in(Truth.FALSE.or(Ops.eq(s.stage("s.stage"), Staging.Stage.III)).or(Ops.eq(s.stage("s.stage"), Staging.Stage.IV)), s.stagePossible(), 12L).or(Truth.ofNullable(input.relapse()));
                oncologyMissing = oncology.isUnknown() ? MissingInputs.of(PossibleCodes.in(Truth.FALSE.or(Ops.eq(s.stage("s.stage"), Staging.Stage.III)).or(Ops.eq(s.stage("s.stage"), Staging.Stage.IV)), s.stagePossible(), 12L),
                            s.stageMissing())
                        | MissingInputs.of(Truth.ofNullable(input.relapse()), 1L << 5) : 0L;
            } else if (oncology == null) {
                oncology = ONCOLOGY_LOGIC.decide(this, label, trace);
                oncologyMissing = oncology.isUnknown() ? ONCOLOGY_LOGIC.missing(this) : 0L;
            }
            return oncology;
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code oncology}, once decided.
         */
        public long oncologyMissing() {
            return oncologyMissing;
        }

        /**
         * Decides {@code oncology} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code Truth.UNKNOWN} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static Truth oncologyWhenGiven(Input input, Staging.Stage sStage) {
            if (input.relapse() == null
                    || sStage == null) {
                return Truth.UNKNOWN;
            }
            // recommendation: s.stage in {III, IV} or relapse
            return Truth.of((sStage == Staging.Stage.III || sStage == Staging.Stage.IV) || input.relapse().booleanValue());
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            oncology("oncology");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // oncology, recommendation: s.stage in {III, IV} or relapse
                case 0 -> PossibleCodes.in(Truth.FALSE.or(Ops.eq(s.stage("s.stage"), Staging.Stage.III)).or(Ops.eq(s.stage("s.stage"), Staging.Stage.IV)), s.stagePossible(), 12L).or(Truth.ofNullable(input.relapse()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // oncology, recommendation: s.stage in {III, IV} or relapse
                case 0 -> {
                    Truth part1 = PossibleCodes.in(Truth.FALSE.or(Ops.eq(s.stage("s.stage"), Staging.Stage.III)).or(Ops.eq(s.stage("s.stage"), Staging.Stage.IV)), s.stagePossible(), 12L);
                    yield MissingInputs.of(part1.or(Truth.ofNullable(input.relapse())),
                                MissingInputs.of(part1,
                                    s.stageMissing())
                                | MissingInputs.of(Truth.ofNullable(input.relapse()), 1L << 5));
                }
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // oncology, recommendation: s.stage in {III, IV} or relapse
                case 0 -> ExplainedValues.of("relapse", Truth.ofNullable(input.relapse()), "s.stage", PossibleCodes.shown(s.stage("s.stage"), s.stagePossible(), Staging.Stage.values()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "bulky", "sizeCm" -> Unit.CM;
                case "examined", "nodes" -> Unit.COUNT;
                default -> Unit.NONE;
            };
        }
    }

    /**
     * Evaluates {@code referral} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
     */
    public static final class MapEvaluator implements GuidelineEvaluator {
        /**
         * For {@code ServiceLoader}.
         */
        public MapEvaluator() {
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String version() {
            return VERSION;
        }

        @Override
        public List<InputSpec> inputs() {
            return INPUTS;
        }

        @Override
        public List<String> outcomes() {
            return OUTCOMES;
        }

        @Override
        public EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException {
            Result result = Referral.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.oncology().toOutcomeResult("oncology")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Referral.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code referral} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {0.0, 2.0, 5.0}, // sizeCm
            {0.0, 1.0}, // nodes
            {0.0, 1.0}, // examined
            {false, true}, // metastases
            {false, true}, // treated
            {false, true} // relapse
        },
        new Object[][] {
            {0.0, 5.0}, // sizeCm
            {0.0}, // nodes
            {1.0}, // examined
            null, // metastases
            null, // treated
            null // relapse
        },
        new Object[][] {
            {1, 0, 1, 2, 2}, // sizeCm
            {-1, 0, 1}, // nodes
            {0, 1, 1}, // examined
            null, // metastases
            null, // treated
            null // relapse
        })
        .constrainedBy(0x6L, 0x3L, 0x5L, 0x30L);

        /**
         * The refined answers of the patients met so far, by {@link #key}: a patient whose given values lie in the same cells, missing the same inputs, has the same answers.
         */
        static final AnswerMemo MEMO = AnswerMemo.of(4096);

        private ExactSubject() {
        }

        @Override
        public InputIndex inputs() {
            return INPUT_INDEX;
        }

        @Override
        public Completions cells() {
            return CELLS;
        }

        @Override
        public List<Object> values(String outcome) {
            return switch (outcome) {
                case "oncology" -> List.<Object>of(false, true);
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "oncology" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            if (Constraints.broken(input)) {
                throw new InvalidInputException(Constraints.errors(input));
            }
            EvaluationResult result = EvaluationResult.of(ID, VERSION, Referral.outcomeResults(Referral.onePass(new Evaluation(input, null), null)), List.of());
            return ExactAnswers.openedBy(result, INPUT_INDEX.names(Constraints.missing(input)));
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return switch (alias) {
                case "s" -> Staging.exactAnswers();
                default -> null;
            };
        }

        @Override
        public ExactAnswers.Completer completer(Map<String, ?> patient) {
            // The input as onePass reads the completed map, without the map.
            Input given = Input.fromValues(patient);
            return completion -> {
                Input completed = new Input(
                                completion[0] == null ? given.sizeCm() : InputValues.decimal(completion[0]),
                                completion[1] == null ? given.nodes() : InputValues.whole(completion[1]),
                                completion[2] == null ? given.examined() : InputValues.whole(completion[2]),
                                completion[3] == null ? given.metastases() : InputValues.bool(completion[3]),
                                completion[4] == null ? given.treated() : InputValues.bool(completion[4]),
                                completion[5] == null ? given.relapse() : InputValues.bool(completion[5]));
                if (Constraints.broken(completed)) {
                    return null;
                }
                ExactAnswers.Evaluated answers = new Answers(new Evaluation(completed, null));
                long open = Constraints.missing(completed);
                return open == 0L ? answers : ExactAnswers.openedBy(answers, open);
            };
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.sizeCm(),
                            input.nodes(),
                            input.examined(),
                            input.metastases(),
                            input.treated(),
                            input.relapse()});
        }

        /**
         * One straight-line evaluation as {@code ExactAnswers} reads it: each outcome's answer as bits.
         */
        private static final class Answers implements ExactAnswers.Evaluated {
            private final Evaluation evaluation;

            Answers(Evaluation evaluation) {
                this.evaluation = evaluation;
            }

            @Override
            public int value(String outcome) {
                return switch (outcome) {
                    case "oncology" -> {
                        Truth truth = evaluation.oncology("oncology");
                        yield truth.isUnknown() ? -1 : truth.isTrue() ? 1 : 0;
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "oncology" -> {
                        evaluation.oncology("oncology");
                        yield evaluation.oncologyMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "oncology" -> 0L;
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }

    /**
     * The constraints between inputs of {@code referral} (its imports' included), evaluated as the interpreter evaluates them: one that is false refuses the patient, one that is unknown (an input it reads is missing) accepts it and leaves its missing inputs to the exact answers.
     */
    private static final class Constraints {
        private Constraints() {
        }

        /**
         * Whether {@code input}'s values break a constraint: it is false on them.
         */
        static boolean broken(Input input) {
            return positiveWereExamined(input) == Truth.FALSE
                    || noTumourNoNodes(input) == Truth.FALSE
                    || bulkyWasExamined(input) == Truth.FALSE
                    || relapseAfterTreatment(input) == Truth.FALSE;
        }

        /**
         * One input error for each constraint {@code input}'s values break, in the guideline's order, worded as the interpreter words it; empty when it satisfies them, or may.
         */
        static List<InputError> errors(Input input) {
            List<InputError> errors = new ArrayList<>();
            Map<String, Object> values = input.toValues();
            if (positiveWereExamined(input) == Truth.FALSE) {
                errors.add(ConstraintCheck.broken("positiveWereExamined", "Positive lymph nodes are lymph nodes that were examined.", List.of("nodes", "examined"), values, INPUTS));
            }
            if (noTumourNoNodes(input) == Truth.FALSE) {
                errors.add(ConstraintCheck.broken("noTumourNoNodes", "A patient without a tumour has no positive lymph nodes.", List.of("sizeCm", "nodes"), values, INPUTS));
            }
            if (bulkyWasExamined(input) == Truth.FALSE) {
                errors.add(ConstraintCheck.broken("bulkyWasExamined", "The lymph nodes of every bulky tumour are examined.", List.of("sizeCm", "examined"), values, INPUTS));
            }
            if (relapseAfterTreatment(input) == Truth.FALSE) {
                errors.add(ConstraintCheck.broken("relapseAfterTreatment", "A relapse follows a treatment.", List.of("relapse", "treated"), values, INPUTS));
            }
            return errors;
        }

        /**
         * The missing inputs (bits of {@code INPUT_INDEX}) of every constraint still unknown for {@code input}; 0 when each is decided.
         */
        static long missing(Input input) {
            return positiveWereExaminedMissing(input)
                    | noTumourNoNodesMissing(input)
                    | bulkyWasExaminedMissing(input)
                    | relapseAfterTreatmentMissing(input);
        }

        /**
         * Constraint {@code positiveWereExamined} of staging: nodes = 0 or examined &gt;= 1. Positive lymph nodes are lymph nodes that were examined.
         */
        private static Truth positiveWereExamined(Input input) {
            return Ops.eq(InputValues.number(input.nodes()), 0.0).or(Ops.ge(InputValues.number(input.examined()), 1.0));
        }

        /**
         * The missing inputs of constraint {@code positiveWereExamined} when it is unknown for {@code input}, else 0.
         */
        private static long positiveWereExaminedMissing(Input input) {
            Truth part1 = Ops.eq(InputValues.number(input.nodes()), 0.0);
            Truth part2 = Ops.ge(InputValues.number(input.examined()), 1.0);
            return MissingInputs.of(part1.or(part2),
                        MissingInputs.of(part1,
                            MissingInputs.of(InputValues.number(input.nodes()), 1L << 1))
                        | MissingInputs.of(part2,
                            MissingInputs.of(InputValues.number(input.examined()), 1L << 2)));
        }

        /**
         * Constraint {@code noTumourNoNodes} of staging: not noTumour or nodes = 0. A patient without a tumour has no positive lymph nodes.
         */
        private static Truth noTumourNoNodes(Input input) {
            return Ops.eq(InputValues.number(input.sizeCm()), 0.0).not().or(Ops.eq(InputValues.number(input.nodes()), 0.0));
        }

        /**
         * The missing inputs of constraint {@code noTumourNoNodes} when it is unknown for {@code input}, else 0.
         */
        private static long noTumourNoNodesMissing(Input input) {
            Truth part1 = Ops.eq(InputValues.number(input.sizeCm()), 0.0);
            Truth part2 = part1.not();
            Truth part3 = Ops.eq(InputValues.number(input.nodes()), 0.0);
            return MissingInputs.of(part2.or(part3),
                        MissingInputs.of(part2,
                            MissingInputs.of(part1,
                                MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0)))
                        | MissingInputs.of(part3,
                            MissingInputs.of(InputValues.number(input.nodes()), 1L << 1)));
        }

        /**
         * Constraint {@code bulkyWasExamined} of staging: sizeCm &lt; bulky or examined &gt;= 1. The lymph nodes of every bulky tumour are examined.
         */
        private static Truth bulkyWasExamined(Input input) {
            return Ops.lt(InputValues.number(input.sizeCm()), Staging.BULKY).or(Ops.ge(InputValues.number(input.examined()), 1.0));
        }

        /**
         * The missing inputs of constraint {@code bulkyWasExamined} when it is unknown for {@code input}, else 0.
         */
        private static long bulkyWasExaminedMissing(Input input) {
            Truth part1 = Ops.lt(InputValues.number(input.sizeCm()), Staging.BULKY);
            Truth part2 = Ops.ge(InputValues.number(input.examined()), 1.0);
            return MissingInputs.of(part1.or(part2),
                        MissingInputs.of(part1,
                            MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0))
                        | MissingInputs.of(part2,
                            MissingInputs.of(InputValues.number(input.examined()), 1L << 2)));
        }

        /**
         * Constraint {@code relapseAfterTreatment}: not relapse or treated. A relapse follows a treatment.
         */
        private static Truth relapseAfterTreatment(Input input) {
            return Truth.ofNullable(input.relapse()).not().or(Truth.ofNullable(input.treated()));
        }

        /**
         * The missing inputs of constraint {@code relapseAfterTreatment} when it is unknown for {@code input}, else 0.
         */
        private static long relapseAfterTreatmentMissing(Input input) {
            Truth part1 = Truth.ofNullable(input.relapse()).not();
            return MissingInputs.of(part1.or(Truth.ofNullable(input.treated())),
                        MissingInputs.of(part1,
                            MissingInputs.of(Truth.ofNullable(input.relapse()), 1L << 5))
                        | MissingInputs.of(Truth.ofNullable(input.treated()), 1L << 4));
        }
    }
}
