package org.guidelang.golden.grading;

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
 * Grading: the evaluator of guideline {@code grading}, version 1.0.0 (draft).
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Grading.Result result = Grading.evaluate(Grading.Input.builder().ki67(0.0).build());
 * result.grade().possible();
 * result.explain(); // the same steps as guidec eval
 * Grading.evaluate(result.input().toBuilder().ki67(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "grading 1.0.0"
)
public final class Grading {
    /**
     * The guideline's id.
     */
    public static final String ID = "grading";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 index"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("ki67"));

    private static final List<String> OUTCOMES = List.of("grade");

    private static final Grade[] GRADE_VALUES = Grade.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Grade>> GRADE_DECIDED = List.of(
        Decided.of(Grade.G1),
        Decided.of(Grade.G2),
        Decided.of(Grade.G3));

    /**
     * Grade
     */
    private static final DecisionTableLogic GRADE_LOGIC = DecisionTableLogic.firstHit(List.of("G1", "G2", "G3"), INPUT_INDEX, null)
            .rule(1, 0, "G1", "ki67 < 3%", null)
            .rule(2, 1, "G2", "ki67 <= 20%", null)
            .otherwise("G3", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Grading() {
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
        if (input.ki67() == null) {
            return null;
        }
        int grade = Evaluation.gradeWhenGiven(input);
        if (grade < 0) {
            return null;
        }
        return new Result(
                    input,
                    GRADE_DECIDED.get(grade));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.grade().isSettled() ? result : refined(result);
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
        Grade grade = evaluation.grade("grade");
        return new Result(
                    evaluation.input,
                    grade == null ? Decided.undetermined(evaluation.gradeMissing(), INPUT_INDEX, evaluation.gradePossible(), Grade.class) : GRADE_DECIDED.get(grade.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("grade"), Grade.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Grade>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.grade().toOutcomeResult("grade"));
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
                    InputValues.decimal(values.get("ki67")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.ki67 != null) {
            values.put("ki67", input.ki67);
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
     * Grade (the codes of outcome grade).
     */
    public enum Grade implements CodeValue {
        /**
         * Grade 1
         *
         * <p>Rule 1: ki67 &lt; 3%
         */
        G1("G1", "Grade 1"),

        /**
         * Grade 2
         *
         * <p>Rule 2: ki67 &lt;= 20%
         */
        G2("G2", "Grade 2"),

        /**
         * Grade 3
         *
         * <p>Otherwise.
         */
        G3("G3", "Grade 3");

        private final String code;

        private final String label;

        Grade(String code, String label) {
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
        public static Grade ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "G1" -> G1;
                case "G2" -> G2;
                case "G3" -> G3;
                default -> throw new IllegalArgumentException("unknown code " + code + " of grade; expected one of G1, G2, G3");
            };
        }
    }

    /**
     * A patient's values for {@code grading}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param ki67 Ki-67 index, in %, in [0, 100]; null when missing
     */
    public record Input(Double ki67) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (ki67 != null && !(ki67 >= 0.0 && ki67 <= 100.0)) {
                requireValid(0, ki67);
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
            b.ki67 = ki67;
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
            private Double ki67;

            private Builder() {
            }

            /**
             * Sets Ki-67 index, in %.
             */
            public Builder ki67(double ki67) {
                this.ki67 = ki67;
                return this;
            }

            /**
             * Sets Ki-67 index, in % (null: missing).
             */
            public Builder ki67(Double ki67) {
                this.ki67 = ki67;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(ki67);
            }
        }
    }

    /**
     * The outcomes of {@code grading} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param grade Grade
     */
    public record Result(Input input, Decided<Grade> grade) {
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
            return missingInputs(grade);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code grading} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int grade = PENDING;

        private long gradeMissing;

        private long gradePossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Grade, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Grade grade(String label) {
            // Without a trace, straight-line code decides (fast); with one, GRADE_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (grade == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                grade = gradeWhenGiven(input);
                if (grade == PENDING) {
                    grade = decideGrade();
                }
            } else if (grade == PENDING) {
                grade = GRADE_LOGIC.decide(this, label, trace);
                gradeMissing = grade < 0 ? GRADE_LOGIC.missing(this) : 0L;
                gradePossible = grade < 0 ? GRADE_LOGIC.possible(this) : 0L;
            }
            return grade < 0 ? null : GRADE_VALUES[grade];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code grade}, once decided.
         */
        public long gradeMissing() {
            return gradeMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code grade} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long gradePossible() {
            return gradePossible;
        }

        /**
         * Decides {@code grade} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int gradeWhenGiven(Input input) {
            if (input.ki67() == null) {
                return PENDING;
            }
            // rule 1: ki67 < 3% → G1
            if (InputValues.number(input.ki67()) < 3.0) {
                return 0;
            }
            // rule 2: ki67 <= 20% → G2
            if (InputValues.number(input.ki67()) <= 20.0) {
                return 1;
            }
            // no rule held: otherwise G3
            return GRADE_LOGIC.outcomeOf(1L << 2);
        }

        /**
         * Decides {@code grade} as {@link #GRADE_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code GRADE_LOGIC} instead.
         */
        private int decideGrade() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: ki67 < 3% → G1
            Truth rule1 = Ops.lt(InputValues.number(input.ki67()), 3.0);
            if (rule1 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 0, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(InputValues.number(input.ki67()), 1L << 0);
            }
            // rule 2: ki67 <= 20% → G2
            Truth rule2 = Ops.le(InputValues.number(input.ki67()), 20.0);
            if (rule2 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 1, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(InputValues.number(input.ki67()), 1L << 0);
            }
            // no rule held: otherwise G3
            return gradeFrom(candidates | 1L << 2, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int gradeFrom(long candidates, long missing) {
            int code = GRADE_LOGIC.outcomeOf(candidates);
            gradeMissing = code < 0 ? missing : 0L;
            gradePossible = code < 0 ? GRADE_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            grade("grade");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // grade, rule 1: ki67 < 3% → G1
                case 0 -> Ops.lt(InputValues.number(input.ki67()), 3.0);
                // grade, rule 2: ki67 <= 20% → G2
                case 1 -> Ops.le(InputValues.number(input.ki67()), 20.0);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // grade, rule 1: ki67 < 3% → G1
                case 0 -> MissingInputs.of(Ops.lt(InputValues.number(input.ki67()), 3.0),
                    MissingInputs.of(InputValues.number(input.ki67()), 1L << 0));
                // grade, rule 2: ki67 <= 20% → G2
                case 1 -> MissingInputs.of(Ops.le(InputValues.number(input.ki67()), 20.0),
                    MissingInputs.of(InputValues.number(input.ki67()), 1L << 0));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // grade, rule 1: ki67 < 3% → G1
                case 0 -> ExplainedValues.of("ki67", InputValues.number(input.ki67()));
                // grade, rule 2: ki67 <= 20% → G2
                case 1 -> ExplainedValues.of("ki67", InputValues.number(input.ki67()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "ki67" -> Unit.PERCENT;
                default -> Unit.NONE;
            };
        }
    }

    /**
     * Evaluates {@code grading} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Grading.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.grade().toOutcomeResult("grade")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Grading.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code grading} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {0.0, 3.0, 60.0} // ki67
        },
        new Object[][] {
            {3.0, 20.0} // ki67
        },
        new Object[][] {
            {0, 1, 1, 1, 2} // ki67
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
                case "grade" -> List.<Object>of("G1", "G2", "G3");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "grade" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "grade" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Grading.outcomeResults(Grading.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.ki67() : InputValues.decimal(completion[0])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.ki67()});
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
                    case "grade" -> {
                        Grade code = evaluation.grade("grade");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "grade" -> {
                        evaluation.grade("grade");
                        yield evaluation.gradeMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "grade" -> {
                        evaluation.grade("grade");
                        yield evaluation.gradePossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
