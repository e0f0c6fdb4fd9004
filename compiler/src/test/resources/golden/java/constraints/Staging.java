package org.guidelang.golden.staging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Generated;
import org.guidelang.runtime.AnswerMemo;
import org.guidelang.runtime.CodeValue;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.Conditions;
import org.guidelang.runtime.ConstraintCheck;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.DecisionTableLogic;
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
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Staging: the evaluator of guideline {@code staging}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>manual: Staging manual, 2nd edition.
 * </ul>
 *
 * <p>Constraints between inputs, which a patient's values must satisfy:
 * <ul>
 *   <li>positiveWereExamined: nodes = 0 or examined &gt;= 1 (Positive lymph nodes are lymph nodes that were examined. Source: manual, p. 4)
 *   <li>noTumourNoNodes: not noTumour or nodes = 0 (A patient without a tumour has no positive lymph nodes. Source: manual, p. 4)
 *   <li>bulkyWasExamined: sizeCm &lt; bulky or examined &gt;= 1 (The lymph nodes of every bulky tumour are examined. Source: manual, p. 6)
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * try {
 *     Staging.Result result = Staging.evaluate(Staging.Input.builder().sizeCm(0.0).nodes(0).build());
 *     result.stage().possible();
 *     result.explain(); // the same steps as guidec eval
 *     Staging.evaluate(result.input().toBuilder().sizeCm(null).build()).missing(); // null: missing
 * } catch (InvalidInputException e) {
 *     e.errors(); // the values break a constraint between inputs: each error names one
 * }
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "staging 1.0.0"
)
public final class Staging {
    /**
     * The guideline's id.
     */
    public static final String ID = "staging";

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
        InputSpec.bool("metastases", "Distant metastases"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("sizeCm", "nodes", "examined", "metastases"));

    /**
     * Parameter {@code bulky} = 5 cm.
     *
     * <p>Source: manual, p. 3.
     *
     * <p>In cm.
     */
    public static final double BULKY = 5.0;

    private static final List<String> OUTCOMES = List.of("stage");

    private static final Stage[] STAGE_VALUES = Stage.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Stage>> STAGE_DECIDED = List.of(
        Decided.of(Stage.I),
        Decided.of(Stage.II),
        Decided.of(Stage.III),
        Decided.of(Stage.IV));

    /**
     * Stage (manual, p. 5)
     */
    private static final DecisionTableLogic STAGE_LOGIC = DecisionTableLogic.firstHit(List.of("I", "II", "III", "IV"), INPUT_INDEX, "manual, p. 5")
            .rule(1, 0, "IV", "metastases", "manual, p. 5")
            .rule(2, 1, "III", "nodes > 0", "manual, p. 5")
            .rule(3, 2, "II", "sizeCm >= bulky", "manual, p. 5")
            .otherwise("I", "manual, p. 5")
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Staging() {
    }

    /**
     * Decides every outcome for one patient: determined exactly when every completion of the missing inputs gives it one value, else with the values it can still take and the missing inputs that decide between them. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
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
     * The result of {@code input} when it gives every input, each outcome decided in plain Java, as {@link #evaluate} gives it; null for any other patient, and where an outcome has no value. Does not check the constraints between inputs, which {@code evaluate} checks first. Public for the generated classes of importing guidelines; callers use {@code evaluate}.
     */
    public static Result resultWhenGiven(Input input) {
        if (input.sizeCm() == null
                || input.nodes() == null
                || input.examined() == null
                || input.metastases() == null) {
            return null;
        }
        int stage = Evaluation.stageWhenGiven(input);
        if (stage < 0) {
            return null;
        }
        return new Result(
                    input,
                    STAGE_DECIDED.get(stage));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.stage().isSettled() ? result : refined(result);
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
     * One straight-line pass: sound, and exact on complete data; an undetermined outcome holds the codes this pass leaves open.
     */
    private static Result onePass(Evaluation evaluation) {
        Stage stage = evaluation.stage("stage");
        return new Result(
                    evaluation.input,
                    stage == null ? Decided.undetermined(evaluation.stageMissing(), INPUT_INDEX, evaluation.stagePossible(), Stage.class) : STAGE_DECIDED.get(stage.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("stage"), Stage.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Stage>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.stage().toOutcomeResult("stage"));
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
                    InputValues.bool(values.get("metastases")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.whole(checked[1]),
                    InputValues.whole(checked[2]),
                    InputValues.bool(checked[3]));
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
     * Stage (the codes of outcome stage). Source: manual, p. 5.
     */
    public enum Stage implements CodeValue {
        /**
         * I
         *
         * <p>Otherwise.
         */
        I("I", "I"),

        /**
         * II
         *
         * <p>Rule 3: sizeCm &gt;= bulky
         */
        II("II", "II"),

        /**
         * III
         *
         * <p>Rule 2: nodes &gt; 0
         */
        III("III", "III"),

        /**
         * IV
         *
         * <p>Rule 1: metastases
         */
        IV("IV", "IV");

        private final String code;

        private final String label;

        Stage(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /**
         * The code as written in the guideline.
         */
        @Override
        public String code() {
            return code;
        }

        /**
         * The label the guideline gives this code.
         */
        @Override
        public String label() {
            return label;
        }

        /**
         * The constant for a code as written in the guideline; null for null (missing).
         *
         * @throws IllegalArgumentException for a code the guideline does not declare
         */
        public static Stage ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "I" -> I;
                case "II" -> II;
                case "III" -> III;
                case "IV" -> IV;
                default -> throw new IllegalArgumentException("unknown code " + code + " of stage; expected one of I, II, III, IV");
            };
        }
    }

    /**
     * A patient's values for {@code staging}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param sizeCm Tumour size, in cm, in [0, 20]; null when missing
     * @param nodes Positive lymph nodes, in count, in [0, 40]; null when missing
     * @param examined Lymph nodes examined, in count, in [0, 60]; null when missing
     * @param metastases Distant metastases; null when missing
     */
    public record Input(Double sizeCm, Integer nodes, Integer examined, Boolean metastases) {
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
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(sizeCm, nodes, examined, metastases);
            }
        }
    }

    /**
     * The outcomes of {@code staging} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param stage Stage (manual, p. 5)
     */
    public record Result(Input input, Decided<Stage> stage) {
        /**
         * How each outcome was reached: the same steps, in the same order, as the reference interpreter ({@code guidec eval}) gives. Built on each call.
         */
        public List<ExplanationStep> explain() {
            return explanation(input);
        }

        /**
         * Every input that could decide an undetermined outcome of this guideline, sorted: what to ask for next; empty when every outcome is decided.
         */
        public SortedSet<String> missing() {
            return missingInputs(stage);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code staging} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int stage = PENDING;

        private long stageMissing;

        private long stagePossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Stage, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Stage stage(String label) {
            // Without a trace, straight-line code decides (fast); with one, STAGE_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (stage == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                stage = stageWhenGiven(input);
                if (stage == PENDING) {
                    stage = decideStage();
                }
            } else if (stage == PENDING) {
                stage = STAGE_LOGIC.decide(this, label, trace);
                stageMissing = stage < 0 ? STAGE_LOGIC.missing(this) : 0L;
                stagePossible = stage < 0 ? STAGE_LOGIC.possible(this) : 0L;
            }
            return stage < 0 ? null : STAGE_VALUES[stage];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code stage}, once decided.
         */
        public long stageMissing() {
            return stageMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code stage} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long stagePossible() {
            return stagePossible;
        }

        /**
         * Decides {@code stage} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int stageWhenGiven(Input input) {
            if (input.metastases() == null
                    || input.nodes() == null
                    || input.sizeCm() == null) {
                return PENDING;
            }
            // rule 1: metastases → IV
            if (input.metastases().booleanValue()) {
                return 3;
            }
            // rule 2: nodes > 0 → III
            if (InputValues.number(input.nodes()) > 0.0) {
                return 2;
            }
            // rule 3: sizeCm >= bulky → II
            if (InputValues.number(input.sizeCm()) >= BULKY) {
                return 1;
            }
            // no rule held: otherwise I
            return STAGE_LOGIC.outcomeOf(1L << 0);
        }

        /**
         * Decides {@code stage} as {@link #STAGE_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code STAGE_LOGIC} instead.
         */
        private int decideStage() {
            // bits over the codes that may result; 1L << 4: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: metastases → IV
            Truth rule1 = Truth.ofNullable(input.metastases());
            if (rule1 == Truth.TRUE) {
                return stageFrom(candidates | 1L << 3, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 3;
                missing |= 1L << 3;
            }
            // rule 2: nodes > 0 → III
            Truth rule2 = Ops.gt(InputValues.number(input.nodes()), 0.0);
            if (rule2 == Truth.TRUE) {
                return stageFrom(candidates | 1L << 2, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= MissingInputs.of(InputValues.number(input.nodes()), 1L << 1);
            }
            // rule 3: sizeCm >= bulky → II
            Truth rule3 = Ops.ge(InputValues.number(input.sizeCm()), BULKY);
            if (rule3 == Truth.TRUE) {
                return stageFrom(candidates | 1L << 1, missing);
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0);
            }
            // no rule held: otherwise I
            return stageFrom(candidates | 1L << 0, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int stageFrom(long candidates, long missing) {
            int code = STAGE_LOGIC.outcomeOf(candidates);
            stageMissing = code < 0 ? missing : 0L;
            stagePossible = code < 0 ? STAGE_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * noTumour
         */
        private Truth noTumour() {
            return Ops.eq(InputValues.number(input.sizeCm()), 0.0);
        }

        private long noTumourMissing() {
            return MissingInputs.of(Ops.eq(InputValues.number(input.sizeCm()), 0.0),
                        MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0));
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            stage("stage");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // stage, rule 1: metastases → IV
                case 0 -> Truth.ofNullable(input.metastases());
                // stage, rule 2: nodes > 0 → III
                case 1 -> Ops.gt(InputValues.number(input.nodes()), 0.0);
                // stage, rule 3: sizeCm >= bulky → II
                case 2 -> Ops.ge(InputValues.number(input.sizeCm()), BULKY);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // stage, rule 1: metastases → IV
                case 0 -> MissingInputs.of(Truth.ofNullable(input.metastases()), 1L << 3);
                // stage, rule 2: nodes > 0 → III
                case 1 -> MissingInputs.of(Ops.gt(InputValues.number(input.nodes()), 0.0),
                    MissingInputs.of(InputValues.number(input.nodes()), 1L << 1));
                // stage, rule 3: sizeCm >= bulky → II
                case 2 -> MissingInputs.of(Ops.ge(InputValues.number(input.sizeCm()), BULKY),
                    MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // stage, rule 1: metastases → IV
                case 0 -> ExplainedValues.of("metastases", Truth.ofNullable(input.metastases()));
                // stage, rule 2: nodes > 0 → III
                case 1 -> ExplainedValues.of("nodes", InputValues.number(input.nodes()));
                // stage, rule 3: sizeCm >= bulky → II
                case 2 -> ExplainedValues.of("bulky", BULKY, "sizeCm", InputValues.number(input.sizeCm()));
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
     * Evaluates {@code staging} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Staging.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.stage().toOutcomeResult("stage")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Staging.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code staging} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
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
            {false, true} // metastases
        },
        new Object[][] {
            {0.0, 5.0}, // sizeCm
            {0.0}, // nodes
            {1.0}, // examined
            null // metastases
        },
        new Object[][] {
            {1, 0, 1, 2, 2}, // sizeCm
            {-1, 0, 1}, // nodes
            {0, 1, 1}, // examined
            null // metastases
        })
        .constrainedBy(0x6L, 0x3L, 0x5L);

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
                case "stage" -> List.<Object>of("I", "II", "III", "IV");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "stage" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "stage" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            if (Constraints.broken(input)) {
                throw new InvalidInputException(Constraints.errors(input));
            }
            EvaluationResult result = EvaluationResult.of(ID, VERSION, Staging.outcomeResults(Staging.onePass(new Evaluation(input, null))), List.of());
            return ExactAnswers.openedBy(result, INPUT_INDEX.names(Constraints.missing(input)));
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
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
                                completion[3] == null ? given.metastases() : InputValues.bool(completion[3]));
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
                            input.metastases()});
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
                    case "stage" -> {
                        Stage code = evaluation.stage("stage");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "stage" -> {
                        evaluation.stage("stage");
                        yield evaluation.stageMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "stage" -> {
                        evaluation.stage("stage");
                        yield evaluation.stagePossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }

    /**
     * The constraints between inputs of {@code staging}, evaluated as the interpreter evaluates them: one that is false refuses the patient, one that is unknown (an input it reads is missing) accepts it and leaves its missing inputs to the exact answers.
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
                    || bulkyWasExamined(input) == Truth.FALSE;
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
            return errors;
        }

        /**
         * The missing inputs (bits of {@code INPUT_INDEX}) of every constraint still unknown for {@code input}; 0 when each is decided.
         */
        static long missing(Input input) {
            return positiveWereExaminedMissing(input)
                    | noTumourNoNodesMissing(input)
                    | bulkyWasExaminedMissing(input);
        }

        /**
         * Constraint {@code positiveWereExamined}: nodes = 0 or examined &gt;= 1. Positive lymph nodes are lymph nodes that were examined.
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
         * Constraint {@code noTumourNoNodes}: not noTumour or nodes = 0. A patient without a tumour has no positive lymph nodes.
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
         * Constraint {@code bulkyWasExamined}: sizeCm &lt; bulky or examined &gt;= 1. The lymph nodes of every bulky tumour are examined.
         */
        private static Truth bulkyWasExamined(Input input) {
            return Ops.lt(InputValues.number(input.sizeCm()), BULKY).or(Ops.ge(InputValues.number(input.examined()), 1.0));
        }

        /**
         * The missing inputs of constraint {@code bulkyWasExamined} when it is unknown for {@code input}, else 0.
         */
        private static long bulkyWasExaminedMissing(Input input) {
            Truth part1 = Ops.lt(InputValues.number(input.sizeCm()), BULKY);
            Truth part2 = Ops.ge(InputValues.number(input.examined()), 1.0);
            return MissingInputs.of(part1.or(part2),
                        MissingInputs.of(part1,
                            MissingInputs.of(InputValues.number(input.sizeCm()), 1L << 0))
                        | MissingInputs.of(part2,
                            MissingInputs.of(InputValues.number(input.examined()), 1L << 2)));
        }
    }
}
