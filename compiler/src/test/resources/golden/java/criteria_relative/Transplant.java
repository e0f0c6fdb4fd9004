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
import org.guidelang.runtime.CriteriaSetLogic;
import org.guidelang.runtime.Decided;
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
 * Transplant eligibility: the evaluator of guideline {@code transplant}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>milan: Mazzaferro V et al. Milan criteria. 2016.
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Transplant.Result result = Transplant.evaluate(Transplant.Input.builder().lesions(0).stable(true).build());
 * result.eligible().possible();
 * result.explain(); // the same steps as guidec eval
 * Transplant.evaluate(result.input().toBuilder().lesions(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "transplant 1.0.0"
)
public final class Transplant {
    /**
     * The guideline's id.
     */
    public static final String ID = "transplant";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.integer("lesions", new Range(0.0, true, 50.0, true), "Number of lesions"),
        InputSpec.bool("stable", "Stable disease"),
        InputSpec.quantity("involvement", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Liver involvement"),
        InputSpec.quantity("age", Unit.YEARS, new Range(0.0, true, 120.0, true), "Age"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("lesions", "stable", "involvement", "age"));

    private static final List<String> OUTCOMES = List.of("eligible", "urgent");

    private static final Eligible[] ELIGIBLE_VALUES = Eligible.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Eligible>> ELIGIBLE_DECIDED = List.of(
        Decided.of(Eligible.YES),
        Decided.of(Eligible.BY_EXCEPTION),
        Decided.of(Eligible.NO));

    /**
     * Eligible for transplantation (milan)
     */
    private static final CriteriaSetLogic ELIGIBLE_LOGIC = CriteriaSetLogic.builder(List.of("YES", "BY_EXCEPTION", "NO"), 2, "YES", "BY_EXCEPTION", "NO")
            .criterion(0, "few", false, "At most three lesions: lesions <= 3", "milan")
            .criterion(1, "stableDisease", false, "Stable disease: stable", "milan, criterion 4")
            .criterion(2, "limited", false, "Involvement below half: involvement < 50%", "milan")
            .criterion(3, "young", true, "Younger than 60: age < 60 years", "milan, criterion 5")
            .total()
            .build();

    private static final Urgent[] URGENT_VALUES = Urgent.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Urgent>> URGENT_DECIDED = List.of(
        Decided.of(Urgent.URGENT),
        Decided.of(Urgent.ROUTINE));

    /**
     * Urgent review
     */
    private static final CriteriaSetLogic URGENT_LOGIC = CriteriaSetLogic.builder(List.of("URGENT", "ROUTINE"), 1, "URGENT", null, "ROUTINE")
            .criterion(4, "many", false, "More than ten lesions: lesions > 10", null)
            .criterion(5, "progressing", false, "Progressing disease: not stable", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Transplant() {
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
        if (input.lesions() == null
                || input.stable() == null
                || input.involvement() == null
                || input.age() == null) {
            return null;
        }
        int eligible = Evaluation.eligibleWhenGiven(input);
        if (eligible < 0) {
            return null;
        }
        int urgent = Evaluation.urgentWhenGiven(input);
        if (urgent < 0) {
            return null;
        }
        return new Result(
                    input,
                    ELIGIBLE_DECIDED.get(eligible),
                    URGENT_DECIDED.get(urgent));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.eligible().isSettled() && result.urgent().isSettled() ? result : refined(result);
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
        Eligible eligible = evaluation.eligible("eligible");
        Urgent urgent = evaluation.urgent("urgent");
        return new Result(
                    evaluation.input,
                    eligible == null ? Decided.undetermined(evaluation.eligibleMissing(), INPUT_INDEX, evaluation.eligiblePossible(), Eligible.class) : ELIGIBLE_DECIDED.get(eligible.ordinal()),
                    urgent == null ? Decided.undetermined(evaluation.urgentMissing(), INPUT_INDEX, evaluation.urgentPossible(), Urgent.class) : URGENT_DECIDED.get(urgent.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("eligible"), Eligible.class, INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("urgent"), Urgent.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Eligible>) known[0],
                    (Decided<Urgent>) known[1]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.eligible().toOutcomeResult("eligible"),
                result.urgent().toOutcomeResult("urgent"));
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
                    InputValues.whole(values.get("lesions")),
                    InputValues.bool(values.get("stable")),
                    InputValues.decimal(values.get("involvement")),
                    InputValues.decimal(values.get("age")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.whole(checked[0]),
                    InputValues.bool(checked[1]),
                    InputValues.decimal(checked[2]),
                    InputValues.decimal(checked[3]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.lesions != null) {
            values.put("lesions", input.lesions.doubleValue());
        }
        if (input.stable != null) {
            values.put("stable", input.stable);
        }
        if (input.involvement != null) {
            values.put("involvement", input.involvement);
        }
        if (input.age != null) {
            values.put("age", input.age);
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
     * Eligible for transplantation (the codes of outcome eligible). Source: milan.
     */
    public enum Eligible implements CodeValue {
        /**
         * Eligible
         *
         * <p>When the requirement (at least) is met and every relative criterion holds.
         */
        YES("YES", "Eligible"),

        /**
         * Eligible by exception: the relative criterion fails
         *
         * <p>When the requirement is met but a relative criterion is not.
         */
        BY_EXCEPTION("BY_EXCEPTION", "Eligible by exception: the relative criterion fails"),

        /**
         * Not eligible
         *
         * <p>When too few criteria hold.
         */
        NO("NO", "Not eligible");

        private final String code;

        private final String label;

        Eligible(String code, String label) {
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
        public static Eligible ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "YES" -> YES;
                case "BY_EXCEPTION" -> BY_EXCEPTION;
                case "NO" -> NO;
                default -> throw new IllegalArgumentException("unknown code " + code + " of eligible; expected one of YES, BY_EXCEPTION, NO");
            };
        }
    }

    /**
     * Urgent review (the codes of outcome urgent).
     */
    public enum Urgent implements CodeValue {
        /**
         * Review within a week
         *
         * <p>When the requirement (any) is met.
         */
        URGENT("URGENT", "Review within a week"),

        /**
         * Routine review
         *
         * <p>When too few criteria hold.
         */
        ROUTINE("ROUTINE", "Routine review");

        private final String code;

        private final String label;

        Urgent(String code, String label) {
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
        public static Urgent ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "URGENT" -> URGENT;
                case "ROUTINE" -> ROUTINE;
                default -> throw new IllegalArgumentException("unknown code " + code + " of urgent; expected one of URGENT, ROUTINE");
            };
        }
    }

    /**
     * A patient's values for {@code transplant}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param lesions Number of lesions, in [0, 50], a whole number; null when missing
     * @param stable Stable disease; null when missing
     * @param involvement Liver involvement, in %, in [0, 100]; null when missing
     * @param age Age, in years, in [0, 120]; null when missing
     */
    public record Input(Integer lesions, Boolean stable, Double involvement, Double age) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (lesions != null && !(lesions >= 0.0 && lesions <= 50.0)) {
                requireValid(0, lesions);
            }
            if (involvement != null && !(involvement >= 0.0 && involvement <= 100.0)) {
                requireValid(2, involvement);
            }
            if (age != null && !(age >= 0.0 && age <= 120.0)) {
                requireValid(3, age);
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
            b.lesions = lesions;
            b.stable = stable;
            b.involvement = involvement;
            b.age = age;
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
            private Integer lesions;

            private Boolean stable;

            private Double involvement;

            private Double age;

            private Builder() {
            }

            /**
             * Sets Number of lesions.
             */
            public Builder lesions(int lesions) {
                this.lesions = lesions;
                return this;
            }

            /**
             * Sets Number of lesions (null: missing).
             */
            public Builder lesions(Integer lesions) {
                this.lesions = lesions;
                return this;
            }

            /**
             * Sets Stable disease.
             */
            public Builder stable(boolean stable) {
                this.stable = stable;
                return this;
            }

            /**
             * Sets Stable disease (null: missing).
             */
            public Builder stable(Boolean stable) {
                this.stable = stable;
                return this;
            }

            /**
             * Sets Liver involvement, in %.
             */
            public Builder involvement(double involvement) {
                this.involvement = involvement;
                return this;
            }

            /**
             * Sets Liver involvement, in % (null: missing).
             */
            public Builder involvement(Double involvement) {
                this.involvement = involvement;
                return this;
            }

            /**
             * Sets Age, in years.
             */
            public Builder age(double age) {
                this.age = age;
                return this;
            }

            /**
             * Sets Age, in years (null: missing).
             */
            public Builder age(Double age) {
                this.age = age;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(lesions, stable, involvement, age);
            }
        }
    }

    /**
     * The outcomes of {@code transplant} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param eligible Eligible for transplantation (milan)
     * @param urgent Urgent review
     */
    public record Result(Input input, Decided<Eligible> eligible, Decided<Urgent> urgent) {
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
            return missingInputs(eligible, urgent);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code transplant} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int eligible = PENDING;

        private long eligibleMissing;

        private long eligiblePossible;

        private int urgent = PENDING;

        private long urgentMissing;

        private long urgentPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Eligible for transplantation, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Eligible eligible(String label) {
            // Without a trace, straight-line code decides (fast); with one, ELIGIBLE_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (eligible == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                eligible = eligibleWhenGiven(input);
                if (eligible == PENDING) {
                    eligible = decideEligible();
                }
            } else if (eligible == PENDING) {
                eligible = ELIGIBLE_LOGIC.decide(this, label, trace);
                eligibleMissing = eligible < 0 ? ELIGIBLE_LOGIC.missing(this) : 0L;
                eligiblePossible = eligible < 0 ? ELIGIBLE_LOGIC.possible(this) : 0L;
            }
            return eligible < 0 ? null : ELIGIBLE_VALUES[eligible];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code eligible}, once decided.
         */
        public long eligibleMissing() {
            return eligibleMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code eligible} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long eligiblePossible() {
            return eligiblePossible;
        }

        /**
         * Decides {@code eligible} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int eligibleWhenGiven(Input input) {
            if (input.lesions() == null
                    || input.stable() == null
                    || input.involvement() == null
                    || input.age() == null) {
                return PENDING;
            }
            int held = 0;
            boolean relative = true;
            // criterion few: lesions <= 3
            if (InputValues.number(input.lesions()) <= 3.0) {
                held++;
            }
            // criterion stableDisease: stable
            if (input.stable().booleanValue()) {
                held++;
            }
            // criterion limited: involvement < 50%
            if (InputValues.number(input.involvement()) < 50.0) {
                held++;
            }
            // relative criterion young: age < 60 years
            relative &= InputValues.number(input.age()) < 60.0;
            // the same conclusion as the three-valued decision, with nothing unknown
            int code = ELIGIBLE_LOGIC.outcomeOf(held, 0, Truth.of(relative));
            return code < 0 ? PENDING : code;
        }

        /**
         * Decides {@code eligible} as {@link #ELIGIBLE_LOGIC} does, without an explanation: each criterion's truth once, and its missing inputs only when it is unknown. An explanation walks {@code ELIGIBLE_LOGIC} instead.
         */
        private int decideEligible() {
            int held = 0;
            int unknown = 0;
            long missing = 0L;
            Truth relative = Truth.TRUE;
            long relativeMissing = 0L;
            // criterion few: lesions <= 3
            Truth few = Ops.le(InputValues.number(input.lesions()), 3.0);
            if (few == Truth.TRUE) {
                held++;
            } else if (few == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(InputValues.number(input.lesions()), 1L << 0);
            }
            // criterion stableDisease: stable
            Truth stableDisease = Truth.ofNullable(input.stable());
            if (stableDisease == Truth.TRUE) {
                held++;
            } else if (stableDisease == Truth.UNKNOWN) {
                unknown++;
                missing |= 1L << 1;
            }
            // criterion limited: involvement < 50%
            Truth limited = Ops.lt(InputValues.number(input.involvement()), 50.0);
            if (limited == Truth.TRUE) {
                held++;
            } else if (limited == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(InputValues.number(input.involvement()), 1L << 2);
            }
            // relative criterion young: age < 60 years
            Truth young = Ops.lt(InputValues.number(input.age()), 60.0);
            relative = relative.and(young);
            if (young == Truth.UNKNOWN) {
                relativeMissing |= MissingInputs.of(InputValues.number(input.age()), 1L << 3);
            }
            int code = ELIGIBLE_LOGIC.outcomeOf(held, unknown, relative);
            eligibleMissing = code < 0 ? ELIGIBLE_LOGIC.missingOf(held, missing, relativeMissing) : 0L;
            eligiblePossible = code < 0 ? ELIGIBLE_LOGIC.possibleOf(held, unknown, relative) : 0L;
            return code;
        }

        /**
         * Urgent review, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Urgent urgent(String label) {
            // Without a trace, straight-line code decides (fast); with one, URGENT_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (urgent == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                urgent = urgentWhenGiven(input);
                if (urgent == PENDING) {
                    urgent = decideUrgent();
                }
            } else if (urgent == PENDING) {
                urgent = URGENT_LOGIC.decide(this, label, trace);
                urgentMissing = urgent < 0 ? URGENT_LOGIC.missing(this) : 0L;
                urgentPossible = urgent < 0 ? URGENT_LOGIC.possible(this) : 0L;
            }
            return urgent < 0 ? null : URGENT_VALUES[urgent];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code urgent}, once decided.
         */
        public long urgentMissing() {
            return urgentMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code urgent} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long urgentPossible() {
            return urgentPossible;
        }

        /**
         * Decides {@code urgent} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int urgentWhenGiven(Input input) {
            if (input.lesions() == null
                    || input.stable() == null) {
                return PENDING;
            }
            int held = 0;
            boolean relative = true;
            // criterion many: lesions > 10
            if (InputValues.number(input.lesions()) > 10.0) {
                held++;
            }
            // criterion progressing: not stable
            if (!(input.stable().booleanValue())) {
                held++;
            }
            // the same conclusion as the three-valued decision, with nothing unknown
            int code = URGENT_LOGIC.outcomeOf(held, 0, Truth.of(relative));
            return code < 0 ? PENDING : code;
        }

        /**
         * Decides {@code urgent} as {@link #URGENT_LOGIC} does, without an explanation: each criterion's truth once, and its missing inputs only when it is unknown. An explanation walks {@code URGENT_LOGIC} instead.
         */
        private int decideUrgent() {
            int held = 0;
            int unknown = 0;
            long missing = 0L;
            Truth relative = Truth.TRUE;
            long relativeMissing = 0L;
            // criterion many: lesions > 10
            Truth many = Ops.gt(InputValues.number(input.lesions()), 10.0);
            if (many == Truth.TRUE) {
                held++;
            } else if (many == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(InputValues.number(input.lesions()), 1L << 0);
            }
            // criterion progressing: not stable
            Truth progressing = Truth.ofNullable(input.stable()).not();
            if (progressing == Truth.TRUE) {
                held++;
            } else if (progressing == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(Truth.ofNullable(input.stable()), 1L << 1);
            }
            int code = URGENT_LOGIC.outcomeOf(held, unknown, relative);
            urgentMissing = code < 0 ? URGENT_LOGIC.missingOf(held, missing, relativeMissing) : 0L;
            urgentPossible = code < 0 ? URGENT_LOGIC.possibleOf(held, unknown, relative) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            eligible("eligible");
            urgent("urgent");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // eligible, criterion few: lesions <= 3
                case 0 -> Ops.le(InputValues.number(input.lesions()), 3.0);
                // eligible, criterion stableDisease: stable
                case 1 -> Truth.ofNullable(input.stable());
                // eligible, criterion limited: involvement < 50%
                case 2 -> Ops.lt(InputValues.number(input.involvement()), 50.0);
                // eligible, relative criterion young: age < 60 years
                case 3 -> Ops.lt(InputValues.number(input.age()), 60.0);
                // urgent, criterion many: lesions > 10
                case 4 -> Ops.gt(InputValues.number(input.lesions()), 10.0);
                // urgent, criterion progressing: not stable
                case 5 -> Truth.ofNullable(input.stable()).not();
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // eligible, criterion few: lesions <= 3
                case 0 -> MissingInputs.of(Ops.le(InputValues.number(input.lesions()), 3.0),
                    MissingInputs.of(InputValues.number(input.lesions()), 1L << 0));
                // eligible, criterion stableDisease: stable
                case 1 -> MissingInputs.of(Truth.ofNullable(input.stable()), 1L << 1);
                // eligible, criterion limited: involvement < 50%
                case 2 -> MissingInputs.of(Ops.lt(InputValues.number(input.involvement()), 50.0),
                    MissingInputs.of(InputValues.number(input.involvement()), 1L << 2));
                // eligible, relative criterion young: age < 60 years
                case 3 -> MissingInputs.of(Ops.lt(InputValues.number(input.age()), 60.0),
                    MissingInputs.of(InputValues.number(input.age()), 1L << 3));
                // urgent, criterion many: lesions > 10
                case 4 -> MissingInputs.of(Ops.gt(InputValues.number(input.lesions()), 10.0),
                    MissingInputs.of(InputValues.number(input.lesions()), 1L << 0));
                // urgent, criterion progressing: not stable
                case 5 -> MissingInputs.of(Truth.ofNullable(input.stable()).not(),
                    MissingInputs.of(Truth.ofNullable(input.stable()), 1L << 1));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // eligible, criterion few: lesions <= 3
                case 0 -> ExplainedValues.of("lesions", InputValues.number(input.lesions()));
                // eligible, criterion stableDisease: stable
                case 1 -> ExplainedValues.of("stable", Truth.ofNullable(input.stable()));
                // eligible, criterion limited: involvement < 50%
                case 2 -> ExplainedValues.of("involvement", InputValues.number(input.involvement()));
                // eligible, relative criterion young: age < 60 years
                case 3 -> ExplainedValues.of("age", InputValues.number(input.age()));
                // urgent, criterion many: lesions > 10
                case 4 -> ExplainedValues.of("lesions", InputValues.number(input.lesions()));
                // urgent, criterion progressing: not stable
                case 5 -> ExplainedValues.of("stable", Truth.ofNullable(input.stable()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "involvement" -> Unit.PERCENT;
                case "age" -> Unit.YEARS;
                default -> Unit.NONE;
            };
        }
    }

    /**
     * Evaluates {@code transplant} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Transplant.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.eligible().toOutcomeResult("eligible"), result.urgent().toOutcomeResult("urgent")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Transplant.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code transplant} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {0.0, 4.0, 11.0}, // lesions
            {false, true}, // stable
            {0.0, 50.0}, // involvement
            {0.0, 60.0} // age
        },
        new Object[][] {
            {3.0, 10.0}, // lesions
            null, // stable
            {50.0}, // involvement
            {60.0} // age
        },
        new Object[][] {
            {0, 0, 1, 1, 2}, // lesions
            null, // stable
            {0, 1, 1}, // involvement
            {0, 1, 1} // age
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
                case "eligible" -> List.<Object>of("YES", "BY_EXCEPTION", "NO");
                case "urgent" -> List.<Object>of("URGENT", "ROUTINE");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "eligible", "urgent" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Transplant.outcomeResults(Transplant.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.lesions() : InputValues.whole(completion[0]),
                            completion[1] == null ? given.stable() : InputValues.bool(completion[1]),
                            completion[2] == null ? given.involvement() : InputValues.decimal(completion[2]),
                            completion[3] == null ? given.age() : InputValues.decimal(completion[3])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.lesions(),
                            input.stable(),
                            input.involvement(),
                            input.age()});
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
                    case "eligible" -> {
                        Eligible code = evaluation.eligible("eligible");
                        yield code == null ? -1 : code.ordinal();
                    }
                    case "urgent" -> {
                        Urgent code = evaluation.urgent("urgent");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "eligible" -> {
                        evaluation.eligible("eligible");
                        yield evaluation.eligibleMissing();
                    }
                    case "urgent" -> {
                        evaluation.urgent("urgent");
                        yield evaluation.urgentMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "eligible" -> {
                        evaluation.eligible("eligible");
                        yield evaluation.eligiblePossible();
                    }
                    case "urgent" -> {
                        evaluation.urgent("urgent");
                        yield evaluation.urgentPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
