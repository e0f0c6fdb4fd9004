package org.guidelang.generated;

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
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.DecisionTableLogic;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExactAnswers;
import org.guidelang.runtime.ExplainedValues;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.GuidelineEvaluator;
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
 * Tumour staging: the evaluator of guideline {@code staging}, version 1.2.0 (active).
 *
 * <p>Authors: First Author, Second Author. Committee: Staging committee. Issued 2025-01-10. Updated 2025-03-01.
 *
 * <p>Approved by Staging committee (guideline committee) on 2025-03-05. Next review by 2026-03-05.
 *
 * <p>Stages a tumour by its size and the count of involved nodes. The description runs over two texts, each on its own lines.
 *
 * <p>Sources:
 * <ul>
 *   <li>tnm2017: Brierley JD et al. TNM Classification of Malignant Tumours, 8th ed. 2017. doi:10.1002/9781119263579
 *   <li>registry: National tumour registry coding manual https://example.org/coding
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Staging.Result result = Staging.evaluate(Staging.Input.builder().size(0.0).nodes(0).build());
 * result.stage().possible();
 * result.explain(); // the same steps as guidec eval
 * Staging.evaluate(result.input().toBuilder().size(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "staging 1.2.0"
)
public final class Staging {
    /**
     * The guideline's id.
     */
    public static final String ID = "staging";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.2.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.quantity("size", Unit.CM, new Range(0.0, true, 30.0, true), "Largest diameter"),
        InputSpec.quantity("nodes", Unit.COUNT, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Involved lymph nodes"),
        InputSpec.quantity("grade", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 index"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("size", "nodes", "grade"));

    private static final List<String> OUTCOMES = List.of("stage");

    private static final Stage[] STAGE_VALUES = Stage.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Stage>> STAGE_DECIDED = List.of(
        Decided.of(Stage.ONE),
        Decided.of(Stage.TWO),
        Decided.of(Stage.THREE));

    /**
     * Stage (tnm2017; registry, section 4)
     */
    private static final DecisionTableLogic STAGE_LOGIC = DecisionTableLogic.firstHit(List.of("ONE", "TWO", "THREE"), INPUT_INDEX, "tnm2017; registry, section 4")
            .rule(1, 0, "THREE", "spread", "tnm2017, Table 2")
            .rule(2, 1, "TWO", "size > 2 cm\n"
                    + "        and grade >= 20%\n"
                    + "        and size <= 25 cm\n"
                    + "        and (grade <= 80% or size < 10 cm)\n"
                    + "        and not spread", "tnm2017; registry, section 4")
            .otherwise("ONE", "tnm2017; registry, section 4")
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Staging() {
    }

    /**
     * Decides every outcome for one patient: determined exactly when every completion of the missing inputs gives it one value, else with the values it can still take and the missing inputs that decide between them. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     */
    public static Result evaluate(Input input) {
        // A patient who gives every input is decided in plain Java, without an evaluation.
        Result given = resultWhenGiven(Objects.requireNonNull(input, "input"));
        return given != null ? given : resultOf(new Evaluation(input, null));
    }

    /**
     * The result of {@code input} when it gives every input, each outcome decided in plain Java, as {@link #evaluate} gives it; null for any other patient, and where an outcome has no value. Does not check the constraints between inputs, which {@code evaluate} checks first. Public for the generated classes of importing guidelines; callers use {@code evaluate}.
     */
    public static Result resultWhenGiven(Input input) {
        if (input.size() == null
                || input.nodes() == null
                || input.grade() == null) {
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
                    InputValues.decimal(values.get("size")),
                    InputValues.whole(values.get("nodes")),
                    InputValues.decimal(values.get("grade")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.whole(checked[1]),
                    InputValues.decimal(checked[2]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.size != null) {
            values.put("size", input.size);
        }
        if (input.nodes != null) {
            values.put("nodes", input.nodes.doubleValue());
        }
        if (input.grade != null) {
            values.put("grade", input.grade);
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
     * Stage (the codes of outcome stage). Source: tnm2017; registry, section 4.
     */
    public enum Stage implements CodeValue {
        /**
         * Stage I: small, no nodes
         *
         * <p>Otherwise.
         */
        ONE("ONE", "Stage I: small, no nodes"),

        /**
         * Stage II
         *
         * <p>Rule 2: size &gt; 2 cm and grade &gt;= 20% and size &lt;= 25 cm and (grade &lt;= 80% or size &lt; 10 cm) and not spread
         */
        TWO("TWO", "Stage II"),

        /**
         * Stage III: nodes involved
         *
         * <p>Rule 1: spread (tnm2017, Table 2)
         */
        THREE("THREE", "Stage III: nodes involved");

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
                case "ONE" -> ONE;
                case "TWO" -> TWO;
                case "THREE" -> THREE;
                default -> throw new IllegalArgumentException("unknown code " + code + " of stage; expected one of ONE, TWO, THREE");
            };
        }
    }

    /**
     * A patient's values for {@code staging}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param size Largest diameter, in cm, in [0, 30]; null when missing
     * @param nodes Involved lymph nodes, in count, in [0, *); null when missing
     * @param grade Ki-67 index, in %, in [0, 100]; null when missing
     */
    public record Input(Double size, Integer nodes, Double grade) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (size != null && !(size >= 0.0 && size <= 30.0)) {
                requireValid(0, size);
            }
            if (nodes != null && !(nodes >= 0.0 && nodes <= 1.7976931348623157E308)) {
                requireValid(1, nodes);
            }
            if (grade != null && !(grade >= 0.0 && grade <= 100.0)) {
                requireValid(2, grade);
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
            b.size = size;
            b.nodes = nodes;
            b.grade = grade;
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
            private Double size;

            private Integer nodes;

            private Double grade;

            private Builder() {
            }

            /**
             * Sets Largest diameter, in cm.
             */
            public Builder size(double size) {
                this.size = size;
                return this;
            }

            /**
             * Sets Largest diameter, in cm (null: missing).
             */
            public Builder size(Double size) {
                this.size = size;
                return this;
            }

            /**
             * Sets Involved lymph nodes, in count.
             */
            public Builder nodes(int nodes) {
                this.nodes = nodes;
                return this;
            }

            /**
             * Sets Involved lymph nodes, in count (null: missing).
             */
            public Builder nodes(Integer nodes) {
                this.nodes = nodes;
                return this;
            }

            /**
             * Sets Ki-67 index, in %.
             */
            public Builder grade(double grade) {
                this.grade = grade;
                return this;
            }

            /**
             * Sets Ki-67 index, in % (null: missing).
             */
            public Builder grade(Double grade) {
                this.grade = grade;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(size, nodes, grade);
            }
        }
    }

    /**
     * The outcomes of {@code staging} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param stage Stage (tnm2017; registry, section 4)
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
            if (input.nodes() == null
                    || input.size() == null
                    || input.grade() == null) {
                return PENDING;
            }
            // rule 1: spread → THREE
            if (InputValues.number(input.nodes()) > 0.0) {
                return 2;
            }
            // rule 2: size > 2 cm and grade >= 20% and size <= 25 cm and (grade <= 80% or size < 10 cm) and not spread → TWO
            if ((((InputValues.number(input.size()) > 2.0 && InputValues.number(input.grade()) >= 20.0) && InputValues.number(input.size()) <= 25.0) && (InputValues.number(input.grade()) <= 80.0 || InputValues.number(input.size()) < 10.0)) && !(InputValues.number(input.nodes()) > 0.0)) {
                return 1;
            }
            // no rule held: otherwise ONE
            return STAGE_LOGIC.outcomeOf(1L << 0);
        }

        /**
         * Decides {@code stage} as {@link #STAGE_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code STAGE_LOGIC} instead.
         */
        private int decideStage() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: spread → THREE
            Truth rule1 = spread();
            if (rule1 == Truth.TRUE) {
                return stageFrom(candidates | 1L << 2, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= spreadMissing();
            }
            // rule 2: size > 2 cm and grade >= 20% and size <= 25 cm and (grade <= 80% or size < 10 cm) and not spread → TWO
            Truth rule2 = part1().and(spread().not());
            if (rule2 == Truth.TRUE) {
                return stageFrom(candidates | 1L << 1, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= part1Missing()
                        | MissingInputs.of(spread().not(),
                            spreadMissing());
            }
            // no rule held: otherwise ONE
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
         * spread: Nodes involved
         */
        private Truth spread() {
            return Ops.gt(InputValues.number(input.nodes()), 0.0);
        }

        private long spreadMissing() {
            return MissingInputs.of(Ops.gt(InputValues.number(input.nodes()), 0.0),
                        MissingInputs.of(InputValues.number(input.nodes()), 1L << 1));
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
                // stage, rule 1: spread → THREE
                case 0 -> spread();
                // stage, rule 2: size > 2 cm and grade >= 20% and size <= 25 cm and (grade <= 80% or size < 10 cm) and not spread → TWO
                case 1 -> part1().and(spread().not());
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // stage, rule 1: spread → THREE
                case 0 -> spreadMissing();
                // stage, rule 2: size > 2 cm and grade >= 20% and size <= 25 cm and (grade <= 80% or size < 10 cm) and not spread → TWO
                case 1 -> {
                    Truth part1 = spread().not();
                    yield MissingInputs.of(part1().and(part1),
                                part1Missing()
                                | MissingInputs.of(part1,
                                    spreadMissing()));
                }
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // stage, rule 1: spread → THREE
                case 0 -> ExplainedValues.of("nodes", InputValues.number(input.nodes()));
                // stage, rule 2: size > 2 cm and grade >= 20% and size <= 25 cm and (grade <= 80% or size < 10 cm) and not spread → TWO
                case 1 -> ExplainedValues.of("grade", InputValues.number(input.grade()), "nodes", InputValues.number(input.nodes()), "size", InputValues.number(input.size()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "grade" -> Unit.PERCENT;
                case "size" -> Unit.CM;
                case "nodes" -> Unit.COUNT;
                default -> Unit.NONE;
            };
        }

        /**
         * Part of a larger condition: {@code size &gt; 2 cm and grade &gt;= 20% and size &lt;= 25 cm and (grade &lt;= 80% or size &lt; 10 cm)}.
         */
        private Truth part1() {
            return Ops.gt(InputValues.number(input.size()), 2.0).and(Ops.ge(InputValues.number(input.grade()), 20.0)).and(Ops.le(InputValues.number(input.size()), 25.0)).and(Ops.le(InputValues.number(input.grade()), 80.0).or(Ops.lt(InputValues.number(input.size()), 10.0)));
        }

        private long part1Missing() {
            Truth part1 = Ops.gt(InputValues.number(input.size()), 2.0);
            Truth part2 = Ops.ge(InputValues.number(input.grade()), 20.0);
            Truth part3 = part1.and(part2);
            Truth part4 = Ops.le(InputValues.number(input.size()), 25.0);
            Truth part5 = part3.and(part4);
            Truth part6 = Ops.le(InputValues.number(input.grade()), 80.0);
            Truth part7 = Ops.lt(InputValues.number(input.size()), 10.0);
            Truth part8 = part6.or(part7);
            return MissingInputs.of(part5.and(part8),
                        MissingInputs.of(part5,
                            MissingInputs.of(part3,
                                MissingInputs.of(part1,
                                    MissingInputs.of(InputValues.number(input.size()), 1L << 0))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(InputValues.number(input.grade()), 1L << 2)))
                            | MissingInputs.of(part4,
                                MissingInputs.of(InputValues.number(input.size()), 1L << 0)))
                        | MissingInputs.of(part8,
                            MissingInputs.of(part6,
                                MissingInputs.of(InputValues.number(input.grade()), 1L << 2))
                            | MissingInputs.of(part7,
                                MissingInputs.of(InputValues.number(input.size()), 1L << 0))));
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
            {0.0, 6.0, 10.0, 28.0}, // size
            {0.0, 1.0}, // nodes
            {0.0, 20.0, 90.0} // grade
        },
        new Object[][] {
            {2.0, 10.0, 25.0}, // size
            {0.0}, // nodes
            {20.0, 80.0} // grade
        },
        new Object[][] {
            {0, 0, 1, 2, 2, 2, 3}, // size
            {0, 0, 1}, // nodes
            {0, 1, 1, 1, 2} // grade
        });

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
                case "stage" -> List.<Object>of("ONE", "TWO", "THREE");
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
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Staging.outcomeResults(Staging.onePass(new Evaluation(input, null))), List.of());
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
        }

        @Override
        public ExactAnswers.Completer completer(Map<String, ?> patient) {
            // The input as onePass reads the completed map, without the map.
            Input given = Input.fromValues(patient);
            return completion -> new Answers(new Evaluation(new Input(
                            completion[0] == null ? given.size() : InputValues.decimal(completion[0]),
                            completion[1] == null ? given.nodes() : InputValues.whole(completion[1]),
                            completion[2] == null ? given.grade() : InputValues.decimal(completion[2])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.size(),
                            input.nodes(),
                            input.grade()});
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
}
