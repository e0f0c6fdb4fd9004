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
 * Surveillance: the evaluator of guideline {@code surveillance}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>nccn: NCCN Guidelines, Neuroendocrine Tumors, 2024.
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Surveillance.Result result = Surveillance.evaluate(Surveillance.Input.builder().duration(0.0).margin(0.0).build());
 * result.plan().possible();
 * result.explain(); // the same steps as guidec eval
 * Surveillance.evaluate(result.input().toBuilder().duration(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "surveillance 1.0.0"
)
public final class Surveillance {
    /**
     * The guideline's id.
     */
    public static final String ID = "surveillance";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.quantity("duration", Unit.MONTHS, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Time since surgery"),
        InputSpec.quantity("margin", Unit.MM, new Range(0.0, true, 100.0, true), "Resection margin"),
        InputSpec.quantity("mitoses", Unit.COUNT, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Mitotic count"),
        InputSpec.integer("lesions", new Range(0.0, true, 20.0, true), "Lesions"),
        InputSpec.decimal("score", new Range(0.0, true, 1.0, true), "Risk score"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("duration", "margin", "mitoses", "lesions", "score"));

    /**
     * Parameter {@code followUpYears} = 5 years. Most recurrences appear within five years.
     *
     * <p>Source: nccn, NET-A.
     *
     * <p>Earlier: 10 years since 2010, A longer follow-up, before the registry data.
     *
     * <p>Earlier: 5 years since 2018.
     *
     * <p>In years.
     */
    public static final double FOLLOW_UP_YEARS = 5.0;

    /**
     * Parameter {@code clearMargin} = 1 cm.
     *
     * <p>Source: nccn.
     *
     * <p>In cm.
     */
    public static final double CLEAR_MARGIN = 1.0;

    /**
     * Parameter {@code mitosisLimit} = 20.
     *
     * <p>Source: nccn.
     *
     * <p>In plain numbers.
     */
    public static final double MITOSIS_LIMIT = 20.0;

    /**
     * Parameter {@code scoreLimit} = 0.5. Half of the scale.
     *
     * <p>Source: nccn.
     *
     * <p>In plain numbers.
     */
    public static final double SCORE_LIMIT = 0.5;

    private static final List<String> OUTCOMES = List.of("plan");

    private static final Plan[] PLAN_VALUES = Plan.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Plan>> PLAN_DECIDED = List.of(
        Decided.of(Plan.STOP),
        Decided.of(Plan.CONTINUE),
        Decided.of(Plan.INTENSIFY));

    /**
     * Surveillance plan
     */
    private static final DecisionTableLogic PLAN_LOGIC = DecisionTableLogic.firstHit(List.of("STOP", "CONTINUE", "INTENSIFY"), INPUT_INDEX, null)
            .rule(1, 0, "INTENSIFY", "margin < clearMargin or mitoses > mitosisLimit", null)
            .rule(2, 1, "CONTINUE", "duration in [0 months, followUpYears) and lesions >= 1", null)
            .rule(3, 2, "CONTINUE", "score > scoreLimit", null)
            .otherwise("STOP", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Surveillance() {
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
        if (input.duration() == null
                || input.margin() == null
                || input.mitoses() == null
                || input.lesions() == null
                || input.score() == null) {
            return null;
        }
        int plan = Evaluation.planWhenGiven(input);
        if (plan < 0) {
            return null;
        }
        return new Result(
                    input,
                    PLAN_DECIDED.get(plan));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.plan().isSettled() ? result : refined(result);
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
        Plan plan = evaluation.plan("plan");
        return new Result(
                    evaluation.input,
                    plan == null ? Decided.undetermined(evaluation.planMissing(), INPUT_INDEX, evaluation.planPossible(), Plan.class) : PLAN_DECIDED.get(plan.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("plan"), Plan.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Plan>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.plan().toOutcomeResult("plan"));
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
                    InputValues.decimal(values.get("duration")),
                    InputValues.decimal(values.get("margin")),
                    InputValues.whole(values.get("mitoses")),
                    InputValues.whole(values.get("lesions")),
                    InputValues.decimal(values.get("score")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.decimal(checked[1]),
                    InputValues.whole(checked[2]),
                    InputValues.whole(checked[3]),
                    InputValues.decimal(checked[4]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.duration != null) {
            values.put("duration", input.duration);
        }
        if (input.margin != null) {
            values.put("margin", input.margin);
        }
        if (input.mitoses != null) {
            values.put("mitoses", input.mitoses.doubleValue());
        }
        if (input.lesions != null) {
            values.put("lesions", input.lesions.doubleValue());
        }
        if (input.score != null) {
            values.put("score", input.score);
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
     * Surveillance plan (the codes of outcome plan).
     */
    public enum Plan implements CodeValue {
        /**
         * STOP
         *
         * <p>Otherwise.
         */
        STOP("STOP", "STOP"),

        /**
         * CONTINUE
         *
         * <p>Rule 2: duration in [0 months, followUpYears) and lesions &gt;= 1
         *
         * <p>Rule 3: score &gt; scoreLimit
         */
        CONTINUE("CONTINUE", "CONTINUE"),

        /**
         * INTENSIFY
         *
         * <p>Rule 1: margin &lt; clearMargin or mitoses &gt; mitosisLimit
         */
        INTENSIFY("INTENSIFY", "INTENSIFY");

        private final String code;

        private final String label;

        Plan(String code, String label) {
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
        public static Plan ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "STOP" -> STOP;
                case "CONTINUE" -> CONTINUE;
                case "INTENSIFY" -> INTENSIFY;
                default -> throw new IllegalArgumentException("unknown code " + code + " of plan; expected one of STOP, CONTINUE, INTENSIFY");
            };
        }
    }

    /**
     * A patient's values for {@code surveillance}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param duration Time since surgery, in months, in [0, *); null when missing
     * @param margin Resection margin, in mm, in [0, 100]; null when missing
     * @param mitoses Mitotic count, in count per 10 HPF, in [0, *); null when missing
     * @param lesions Lesions, in [0, 20], a whole number; null when missing
     * @param score Risk score, in [0, 1]; null when missing
     */
    public record Input(Double duration, Double margin, Integer mitoses, Integer lesions,
            Double score) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (duration != null && !(duration >= 0.0 && duration <= 1.7976931348623157E308)) {
                requireValid(0, duration);
            }
            if (margin != null && !(margin >= 0.0 && margin <= 100.0)) {
                requireValid(1, margin);
            }
            if (mitoses != null && !(mitoses >= 0.0 && mitoses <= 1.7976931348623157E308)) {
                requireValid(2, mitoses);
            }
            if (lesions != null && !(lesions >= 0.0 && lesions <= 20.0)) {
                requireValid(3, lesions);
            }
            if (score != null && !(score >= 0.0 && score <= 1.0)) {
                requireValid(4, score);
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
            b.duration = duration;
            b.margin = margin;
            b.mitoses = mitoses;
            b.lesions = lesions;
            b.score = score;
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
            private Double duration;

            private Double margin;

            private Integer mitoses;

            private Integer lesions;

            private Double score;

            private Builder() {
            }

            /**
             * Sets Time since surgery, in months.
             */
            public Builder duration(double duration) {
                this.duration = duration;
                return this;
            }

            /**
             * Sets Time since surgery, in months (null: missing).
             */
            public Builder duration(Double duration) {
                this.duration = duration;
                return this;
            }

            /**
             * Sets Resection margin, in mm.
             */
            public Builder margin(double margin) {
                this.margin = margin;
                return this;
            }

            /**
             * Sets Resection margin, in mm (null: missing).
             */
            public Builder margin(Double margin) {
                this.margin = margin;
                return this;
            }

            /**
             * Sets Mitotic count, in count.
             */
            public Builder mitoses(int mitoses) {
                this.mitoses = mitoses;
                return this;
            }

            /**
             * Sets Mitotic count, in count (null: missing).
             */
            public Builder mitoses(Integer mitoses) {
                this.mitoses = mitoses;
                return this;
            }

            /**
             * Sets Lesions.
             */
            public Builder lesions(int lesions) {
                this.lesions = lesions;
                return this;
            }

            /**
             * Sets Lesions (null: missing).
             */
            public Builder lesions(Integer lesions) {
                this.lesions = lesions;
                return this;
            }

            /**
             * Sets Risk score.
             */
            public Builder score(double score) {
                this.score = score;
                return this;
            }

            /**
             * Sets Risk score (null: missing).
             */
            public Builder score(Double score) {
                this.score = score;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(duration, margin, mitoses, lesions, score);
            }
        }
    }

    /**
     * The outcomes of {@code surveillance} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param plan Surveillance plan
     */
    public record Result(Input input, Decided<Plan> plan) {
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
            return missingInputs(plan);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code surveillance} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int plan = PENDING;

        private long planMissing;

        private long planPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Surveillance plan, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Plan plan(String label) {
            // Without a trace, straight-line code decides (fast); with one, PLAN_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (plan == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                plan = planWhenGiven(input);
                if (plan == PENDING) {
                    plan = decidePlan();
                }
            } else if (plan == PENDING) {
                plan = PLAN_LOGIC.decide(this, label, trace);
                planMissing = plan < 0 ? PLAN_LOGIC.missing(this) : 0L;
                planPossible = plan < 0 ? PLAN_LOGIC.possible(this) : 0L;
            }
            return plan < 0 ? null : PLAN_VALUES[plan];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code plan}, once decided.
         */
        public long planMissing() {
            return planMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code plan} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long planPossible() {
            return planPossible;
        }

        /**
         * Decides {@code plan} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int planWhenGiven(Input input) {
            if (input.margin() == null
                    || input.mitoses() == null
                    || input.duration() == null
                    || input.lesions() == null
                    || input.score() == null) {
                return PENDING;
            }
            // rule 1: margin < clearMargin or mitoses > mitosisLimit → INTENSIFY
            if (InputValues.number(input.margin()) < 10.0 /* CLEAR_MARGIN in mm */ || InputValues.number(input.mitoses()) > MITOSIS_LIMIT) {
                return 2;
            }
            // rule 2: duration in [0 months, followUpYears) and lesions >= 1 → CONTINUE
            if ((InputValues.number(input.duration()) >= 0.0 && InputValues.number(input.duration()) < 60.0 /* FOLLOW_UP_YEARS in months */) && InputValues.number(input.lesions()) >= 1.0) {
                return 1;
            }
            // rule 3: score > scoreLimit → CONTINUE
            if (InputValues.number(input.score()) > SCORE_LIMIT) {
                return 1;
            }
            // no rule held: otherwise STOP
            return PLAN_LOGIC.outcomeOf(1L << 0);
        }

        /**
         * Decides {@code plan} as {@link #PLAN_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code PLAN_LOGIC} instead.
         */
        private int decidePlan() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: margin < clearMargin or mitoses > mitosisLimit → INTENSIFY
            Truth rule1 = Ops.lt(InputValues.number(input.margin()), 10.0 /* CLEAR_MARGIN in mm */).or(Ops.gt(InputValues.number(input.mitoses()), MITOSIS_LIMIT));
            if (rule1 == Truth.TRUE) {
                return planFrom(candidates | 1L << 2, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= MissingInputs.of(Ops.lt(InputValues.number(input.margin()), 10.0 /* CLEAR_MARGIN in mm */),
                            MissingInputs.of(InputValues.number(input.margin()), 1L << 1))
                        | MissingInputs.of(Ops.gt(InputValues.number(input.mitoses()), MITOSIS_LIMIT),
                            MissingInputs.of(InputValues.number(input.mitoses()), 1L << 2));
            }
            // rule 2: duration in [0 months, followUpYears) and lesions >= 1 → CONTINUE
            Truth rule2 = Ops.in(InputValues.number(input.duration()), 0.0, true, 60.0 /* FOLLOW_UP_YEARS in months */, false).and(Ops.ge(InputValues.number(input.lesions()), 1.0));
            if (rule2 == Truth.TRUE) {
                return planFrom(candidates | 1L << 1, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Ops.in(InputValues.number(input.duration()), 0.0, true, 60.0 /* FOLLOW_UP_YEARS in months */, false),
                            MissingInputs.of(InputValues.number(input.duration()), 1L << 0))
                        | MissingInputs.of(Ops.ge(InputValues.number(input.lesions()), 1.0),
                            MissingInputs.of(InputValues.number(input.lesions()), 1L << 3));
            }
            // rule 3: score > scoreLimit → CONTINUE
            Truth rule3 = Ops.gt(InputValues.number(input.score()), SCORE_LIMIT);
            if (rule3 == Truth.TRUE) {
                return planFrom(candidates | 1L << 1, missing);
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(InputValues.number(input.score()), 1L << 4);
            }
            // no rule held: otherwise STOP
            return planFrom(candidates | 1L << 0, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int planFrom(long candidates, long missing) {
            int code = PLAN_LOGIC.outcomeOf(candidates);
            planMissing = code < 0 ? missing : 0L;
            planPossible = code < 0 ? PLAN_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            plan("plan");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // plan, rule 1: margin < clearMargin or mitoses > mitosisLimit → INTENSIFY
                case 0 -> Ops.lt(InputValues.number(input.margin()), 10.0 /* CLEAR_MARGIN in mm */).or(Ops.gt(InputValues.number(input.mitoses()), MITOSIS_LIMIT));
                // plan, rule 2: duration in [0 months, followUpYears) and lesions >= 1 → CONTINUE
                case 1 -> Ops.in(InputValues.number(input.duration()), 0.0, true, 60.0 /* FOLLOW_UP_YEARS in months */, false).and(Ops.ge(InputValues.number(input.lesions()), 1.0));
                // plan, rule 3: score > scoreLimit → CONTINUE
                case 2 -> Ops.gt(InputValues.number(input.score()), SCORE_LIMIT);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // plan, rule 1: margin < clearMargin or mitoses > mitosisLimit → INTENSIFY
                case 0 -> {
                    Truth part1 = Ops.lt(InputValues.number(input.margin()), 10.0 /* CLEAR_MARGIN in mm */);
                    Truth part2 = Ops.gt(InputValues.number(input.mitoses()), MITOSIS_LIMIT);
                    yield MissingInputs.of(part1.or(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(InputValues.number(input.margin()), 1L << 1))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(InputValues.number(input.mitoses()), 1L << 2)));
                }
                // plan, rule 2: duration in [0 months, followUpYears) and lesions >= 1 → CONTINUE
                case 1 -> {
                    Truth part1 = Ops.in(InputValues.number(input.duration()), 0.0, true, 60.0 /* FOLLOW_UP_YEARS in months */, false);
                    Truth part2 = Ops.ge(InputValues.number(input.lesions()), 1.0);
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(InputValues.number(input.duration()), 1L << 0))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(InputValues.number(input.lesions()), 1L << 3)));
                }
                // plan, rule 3: score > scoreLimit → CONTINUE
                case 2 -> MissingInputs.of(Ops.gt(InputValues.number(input.score()), SCORE_LIMIT),
                    MissingInputs.of(InputValues.number(input.score()), 1L << 4));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // plan, rule 1: margin < clearMargin or mitoses > mitosisLimit → INTENSIFY
                case 0 -> ExplainedValues.of("clearMargin", CLEAR_MARGIN, "margin", InputValues.number(input.margin()), "mitoses", InputValues.number(input.mitoses()), "mitosisLimit", MITOSIS_LIMIT);
                // plan, rule 2: duration in [0 months, followUpYears) and lesions >= 1 → CONTINUE
                case 1 -> ExplainedValues.of("duration", InputValues.number(input.duration()), "lesions", InputValues.number(input.lesions()));
                // plan, rule 3: score > scoreLimit → CONTINUE
                case 2 -> ExplainedValues.of("score", InputValues.number(input.score()), "scoreLimit", SCORE_LIMIT);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "duration" -> Unit.MONTHS;
                case "followUpYears" -> Unit.YEARS;
                case "margin" -> Unit.MM;
                case "clearMargin" -> Unit.CM;
                case "mitoses" -> Unit.COUNT;
                default -> Unit.NONE;
            };
        }
    }

    /**
     * Evaluates {@code surveillance} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Surveillance.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.plan().toOutcomeResult("plan")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Surveillance.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code surveillance} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {0.0, 60.0}, // duration
            {0.0, 10.0}, // margin
            {0.0, 21.0}, // mitoses
            {0.0, 1.0}, // lesions
            {0.0, 0.8} // score
        },
        new Object[][] {
            {0.0, 60.0}, // duration
            {10.0}, // margin
            {20.0}, // mitoses
            {1.0}, // lesions
            {0.5} // score
        },
        new Object[][] {
            {-1, 0, 0, 1, 1}, // duration
            {0, 1, 1}, // margin
            {0, 0, 1}, // mitoses
            {0, 1, 1}, // lesions
            {0, 0, 1} // score
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
                case "plan" -> List.<Object>of("STOP", "CONTINUE", "INTENSIFY");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "plan" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "plan" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Surveillance.outcomeResults(Surveillance.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.duration() : InputValues.decimal(completion[0]),
                            completion[1] == null ? given.margin() : InputValues.decimal(completion[1]),
                            completion[2] == null ? given.mitoses() : InputValues.whole(completion[2]),
                            completion[3] == null ? given.lesions() : InputValues.whole(completion[3]),
                            completion[4] == null ? given.score() : InputValues.decimal(completion[4])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.duration(),
                            input.margin(),
                            input.mitoses(),
                            input.lesions(),
                            input.score()});
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
                    case "plan" -> {
                        Plan code = evaluation.plan("plan");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "plan" -> {
                        evaluation.plan("plan");
                        yield evaluation.planMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "plan" -> {
                        evaluation.plan("plan");
                        yield evaluation.planPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
