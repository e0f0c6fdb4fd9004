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
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.RecommendationLogic;
import org.guidelang.runtime.Truth;

/**
 * Follow-up: the evaluator of guideline {@code followup}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>esmo: ESMO guideline on follow-up, 2020.
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Followup.Result result = Followup.evaluate(Followup.Input.builder().risk(Followup.Risk.LOW).symptoms(true).build());
 * result.interval().possible();
 * result.explain(); // the same steps as guidec eval
 * Followup.evaluate(result.input().toBuilder().risk(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "followup 1.0.0"
)
public final class Followup {
    /**
     * The guideline's id.
     */
    public static final String ID = "followup";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.code("risk", List.of("LOW", "HIGH"), "Risk group"),
        InputSpec.bool("symptoms", "Symptoms"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("risk", "symptoms"));

    private static final List<String> OUTCOMES = List.of("interval", "imaging", "diary", "discuss");

    private static final Interval[] INTERVAL_VALUES = Interval.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Interval>> INTERVAL_DECIDED = List.of(
        Decided.of(Interval.YEARLY),
        Decided.of(Interval.HALF_YEARLY));

    /**
     * Follow-up interval
     */
    private static final DecisionTableLogic INTERVAL_LOGIC = DecisionTableLogic.firstHit(List.of("YEARLY", "HALF_YEARLY"), INPUT_INDEX, null)
            .rule(1, 0, "HALF_YEARLY", "risk = HIGH or symptoms", null)
            .rule(2, 1, "YEARLY", "risk = LOW and not symptoms", null)
            .total()
            .build();

    /**
     * Image the liver every six months. (esmo, recommendation 3)
     */
    private static final RecommendationLogic IMAGING_LOGIC = RecommendationLogic.when(2, "interval = HALF_YEARLY", "esmo, recommendation 3");

    /**
     * Keep a symptom diary
     */
    private static final RecommendationLogic DIARY_LOGIC = RecommendationLogic.always("Keep a symptom diary", null);

    /**
     * Discuss at the tumour board
     */
    private static final RecommendationLogic DISCUSS_LOGIC = RecommendationLogic.when(3, "risk = HIGH and (symptoms or interval = HALF_YEARLY)", null);

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Followup() {
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
        if (input.risk() == null
                || input.symptoms() == null) {
            return null;
        }
        int interval = Evaluation.intervalWhenGiven(input);
        if (interval < 0) {
            return null;
        }
        Truth imaging = Evaluation.imagingWhenGiven(input, INTERVAL_VALUES[interval]);
        if (imaging == Truth.UNKNOWN) {
            return null;
        }
        Truth discuss = Evaluation.discussWhenGiven(input, INTERVAL_VALUES[interval]);
        if (discuss == Truth.UNKNOWN) {
            return null;
        }
        return new Result(
                    input,
                    INTERVAL_DECIDED.get(interval),
                    Decided.of(imaging.isTrue()),
                    Decided.of(true),
                    Decided.of(discuss.isTrue()));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.interval().isSettled() && result.imaging().isSettled() && result.diary().isSettled() && result.discuss().isSettled() ? result : refined(result);
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
        Interval interval = evaluation.interval("interval");
        Truth imaging = evaluation.imaging("imaging");
        Truth diary = evaluation.diary("diary");
        Truth discuss = evaluation.discuss("discuss");
        return new Result(
                    evaluation.input,
                    interval == null ? Decided.undetermined(evaluation.intervalMissing(), INPUT_INDEX, evaluation.intervalPossible(), Interval.class) : INTERVAL_DECIDED.get(interval.ordinal()),
                    imaging.isUnknown() ? Decided.undetermined(evaluation.imagingMissing(), INPUT_INDEX) : Decided.of(imaging.isTrue()),
                    diary.isUnknown() ? Decided.undetermined(evaluation.diaryMissing(), INPUT_INDEX) : Decided.of(diary.isTrue()),
                    discuss.isUnknown() ? Decided.undetermined(evaluation.discussMissing(), INPUT_INDEX) : Decided.of(discuss.isTrue()));
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
                            Decided.fromOutcome(exact.outcomes().get("interval"), Interval.class, INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("imaging"), INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("diary"), INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("discuss"), INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Interval>) known[0],
                    (Decided<Boolean>) known[1],
                    (Decided<Boolean>) known[2],
                    (Decided<Boolean>) known[3]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.interval().toOutcomeResult("interval"),
                result.imaging().toOutcomeResult("imaging"),
                result.diary().toOutcomeResult("diary"),
                result.discuss().toOutcomeResult("discuss"));
    }

    /**
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, ?> values) {
        return new Input(
                    Risk.ofCode((String) values.get("risk")),
                    InputValues.bool(values.get("symptoms")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    Risk.ofCode((String) checked[0]),
                    InputValues.bool(checked[1]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.risk != null) {
            values.put("risk", input.risk.code());
        }
        if (input.symptoms != null) {
            values.put("symptoms", input.symptoms);
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
     * Risk group (the codes of input risk).
     */
    public enum Risk implements CodeValue {
        /**
         * Low risk
         */
        LOW("LOW", "Low risk"),

        /**
         * High risk
         */
        HIGH("HIGH", "High risk");

        private final String code;

        private final String label;

        Risk(String code, String label) {
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
        public static Risk ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "LOW" -> LOW;
                case "HIGH" -> HIGH;
                default -> throw new IllegalArgumentException("unknown code " + code + " of risk; expected one of LOW, HIGH");
            };
        }
    }

    /**
     * Follow-up interval (the codes of outcome interval).
     */
    public enum Interval implements CodeValue {
        /**
         * YEARLY
         *
         * <p>Rule 2: risk = LOW and not symptoms
         */
        YEARLY("YEARLY", "YEARLY"),

        /**
         * HALF_YEARLY
         *
         * <p>Rule 1: risk = HIGH or symptoms
         */
        HALF_YEARLY("HALF_YEARLY", "HALF_YEARLY");

        private final String code;

        private final String label;

        Interval(String code, String label) {
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
        public static Interval ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "YEARLY" -> YEARLY;
                case "HALF_YEARLY" -> HALF_YEARLY;
                default -> throw new IllegalArgumentException("unknown code " + code + " of interval; expected one of YEARLY, HALF_YEARLY");
            };
        }
    }

    /**
     * A patient's values for {@code followup}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param risk Risk group; null when missing
     * @param symptoms Symptoms; null when missing
     */
    public record Input(Risk risk, Boolean symptoms) {
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
            b.risk = risk;
            b.symptoms = symptoms;
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
            private Risk risk;

            private Boolean symptoms;

            private Builder() {
            }

            /**
             * Sets Risk group (null: missing).
             */
            public Builder risk(Risk risk) {
                this.risk = risk;
                return this;
            }

            /**
             * Sets Symptoms.
             */
            public Builder symptoms(boolean symptoms) {
                this.symptoms = symptoms;
                return this;
            }

            /**
             * Sets Symptoms (null: missing).
             */
            public Builder symptoms(Boolean symptoms) {
                this.symptoms = symptoms;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(risk, symptoms);
            }
        }
    }

    /**
     * The outcomes of {@code followup} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param interval Follow-up interval
     * @param imaging Image the liver every six months. (esmo, recommendation 3)
     * @param diary Keep a symptom diary
     * @param discuss Discuss at the tumour board
     */
    public record Result(Input input, Decided<Interval> interval, Decided<Boolean> imaging,
            Decided<Boolean> diary, Decided<Boolean> discuss) {
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
            return missingInputs(interval, imaging, diary, discuss);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code followup} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int interval = PENDING;

        private long intervalMissing;

        private long intervalPossible;

        private Truth imaging;

        private long imagingMissing;

        private Truth diary;

        private long diaryMissing;

        private Truth discuss;

        private long discussMissing;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Follow-up interval, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Interval interval(String label) {
            // Without a trace, straight-line code decides (fast); with one, INTERVAL_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (interval == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                interval = intervalWhenGiven(input);
                if (interval == PENDING) {
                    interval = decideInterval();
                }
            } else if (interval == PENDING) {
                interval = INTERVAL_LOGIC.decide(this, label, trace);
                intervalMissing = interval < 0 ? INTERVAL_LOGIC.missing(this) : 0L;
                intervalPossible = interval < 0 ? INTERVAL_LOGIC.possible(this) : 0L;
            }
            return interval < 0 ? null : INTERVAL_VALUES[interval];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code interval}, once decided.
         */
        public long intervalMissing() {
            return intervalMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code interval} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long intervalPossible() {
            return intervalPossible;
        }

        /**
         * Decides {@code interval} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int intervalWhenGiven(Input input) {
            if (input.risk() == null
                    || input.symptoms() == null) {
                return PENDING;
            }
            // rule 1: risk = HIGH or symptoms → HALF_YEARLY
            if (input.risk() == Risk.HIGH || input.symptoms().booleanValue()) {
                return 1;
            }
            // rule 2: risk = LOW and not symptoms → YEARLY
            if (input.risk() == Risk.LOW && !(input.symptoms().booleanValue())) {
                return 0;
            }
            // no rule held: the table has no code
            return INTERVAL_LOGIC.outcomeOf(1L << 2);
        }

        /**
         * Decides {@code interval} as {@link #INTERVAL_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code INTERVAL_LOGIC} instead.
         */
        private int decideInterval() {
            // bits over the codes that may result; 1L << 2: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: risk = HIGH or symptoms → HALF_YEARLY
            Truth rule1 = Ops.eq(input.risk(), Risk.HIGH).or(Truth.ofNullable(input.symptoms()));
            if (rule1 == Truth.TRUE) {
                return intervalFrom(candidates | 1L << 1, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Ops.eq(input.risk(), Risk.HIGH),
                            MissingInputs.of(input.risk(), 1L << 0))
                        | MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1);
            }
            // rule 2: risk = LOW and not symptoms → YEARLY
            Truth rule2 = Ops.eq(input.risk(), Risk.LOW).and(Truth.ofNullable(input.symptoms()).not());
            if (rule2 == Truth.TRUE) {
                return intervalFrom(candidates | 1L << 0, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(Ops.eq(input.risk(), Risk.LOW),
                            MissingInputs.of(input.risk(), 1L << 0))
                        | MissingInputs.of(Truth.ofNullable(input.symptoms()).not(),
                            MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1));
            }
            // no rule held: the table may have no code
            return intervalFrom(candidates | 1L << 2, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int intervalFrom(long candidates, long missing) {
            int code = INTERVAL_LOGIC.outcomeOf(candidates);
            intervalMissing = code < 0 ? missing : 0L;
            intervalPossible = code < 0 ? INTERVAL_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Image the liver every six months. Decided on first use ({@code label} names it in the explanation); {@code UNKNOWN} when undetermined.
         */
        public Truth imaging(String label) {
            // Without a trace, straight-line code decides (fast); with one, IMAGING_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (imaging == null && trace == null) {
                // recommendation: interval = HALF_YEARLY
                imaging = PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L);
                imagingMissing = imaging.isUnknown() ? intervalMissing() : 0L;
            } else if (imaging == null) {
                imaging = IMAGING_LOGIC.decide(this, label, trace);
                imagingMissing = imaging.isUnknown() ? IMAGING_LOGIC.missing(this) : 0L;
            }
            return imaging;
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code imaging}, once decided.
         */
        public long imagingMissing() {
            return imagingMissing;
        }

        /**
         * Decides {@code imaging} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code Truth.UNKNOWN} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static Truth imagingWhenGiven(Input input, Interval interval_) {
            if (interval_ == null) {
                return Truth.UNKNOWN;
            }
            // recommendation: interval = HALF_YEARLY
            return Truth.of(interval_ == Interval.HALF_YEARLY);
        }

        /**
         * Keep a symptom diary, decided on first use ({@code label} names it in the explanation); {@code UNKNOWN} when undetermined.
         */
        public Truth diary(String label) {
            // Without a trace, straight-line code decides (fast); with one, DIARY_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (diary == null && trace == null) {
                diary = Truth.TRUE;
                diaryMissing = 0L;
            } else if (diary == null) {
                diary = DIARY_LOGIC.decide(this, label, trace);
                diaryMissing = diary.isUnknown() ? DIARY_LOGIC.missing(this) : 0L;
            }
            return diary;
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code diary}, once decided.
         */
        public long diaryMissing() {
            return diaryMissing;
        }

        /**
         * Discuss at the tumour board, decided on first use ({@code label} names it in the explanation); {@code UNKNOWN} when undetermined.
         */
        public Truth discuss(String label) {
            // Without a trace, straight-line code decides (fast); with one, DISCUSS_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (discuss == null && trace == null) {
                // recommendation: risk = HIGH and (symptoms or interval = HALF_YEARLY)
                discuss = Ops.eq(input.risk(), Risk.HIGH).and(Truth.ofNullable(input.symptoms()).or(PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L)));
                if (discuss.isUnknown()) {
                    Truth part1 = PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L);
                    discussMissing = MissingInputs.of(Ops.eq(input.risk(), Risk.HIGH),
                                MissingInputs.of(input.risk(), 1L << 0))
                            | MissingInputs.of(Truth.ofNullable(input.symptoms()).or(part1),
                                MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1)
                                | MissingInputs.of(part1,
                                    intervalMissing()));
                }
            } else if (discuss == null) {
                discuss = DISCUSS_LOGIC.decide(this, label, trace);
                discussMissing = discuss.isUnknown() ? DISCUSS_LOGIC.missing(this) : 0L;
            }
            return discuss;
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code discuss}, once decided.
         */
        public long discussMissing() {
            return discussMissing;
        }

        /**
         * Decides {@code discuss} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code Truth.UNKNOWN} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static Truth discussWhenGiven(Input input, Interval interval_) {
            if (input.risk() == null
                    || input.symptoms() == null
                    || interval_ == null) {
                return Truth.UNKNOWN;
            }
            // recommendation: risk = HIGH and (symptoms or interval = HALF_YEARLY)
            return Truth.of(input.risk() == Risk.HIGH && (input.symptoms().booleanValue() || interval_ == Interval.HALF_YEARLY));
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            interval("interval");
            imaging("imaging");
            diary("diary");
            discuss("discuss");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // interval, rule 1: risk = HIGH or symptoms → HALF_YEARLY
                case 0 -> Ops.eq(input.risk(), Risk.HIGH).or(Truth.ofNullable(input.symptoms()));
                // interval, rule 2: risk = LOW and not symptoms → YEARLY
                case 1 -> Ops.eq(input.risk(), Risk.LOW).and(Truth.ofNullable(input.symptoms()).not());
                // imaging, recommendation: interval = HALF_YEARLY
                case 2 -> PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L);
                // discuss, recommendation: risk = HIGH and (symptoms or interval = HALF_YEARLY)
                case 3 -> Ops.eq(input.risk(), Risk.HIGH).and(Truth.ofNullable(input.symptoms()).or(PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L)));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // interval, rule 1: risk = HIGH or symptoms → HALF_YEARLY
                case 0 -> {
                    Truth part1 = Ops.eq(input.risk(), Risk.HIGH);
                    yield MissingInputs.of(part1.or(Truth.ofNullable(input.symptoms())),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.risk(), 1L << 0))
                                | MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1));
                }
                // interval, rule 2: risk = LOW and not symptoms → YEARLY
                case 1 -> {
                    Truth part1 = Ops.eq(input.risk(), Risk.LOW);
                    Truth part2 = Truth.ofNullable(input.symptoms()).not();
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.risk(), 1L << 0))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1)));
                }
                // imaging, recommendation: interval = HALF_YEARLY
                case 2 -> MissingInputs.of(PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L),
                    intervalMissing());
                // discuss, recommendation: risk = HIGH and (symptoms or interval = HALF_YEARLY)
                case 3 -> {
                    Truth part1 = Ops.eq(input.risk(), Risk.HIGH);
                    Truth part2 = PossibleCodes.in(Ops.eq(interval("interval"), Interval.HALF_YEARLY), intervalPossible(), 2L);
                    Truth part3 = Truth.ofNullable(input.symptoms()).or(part2);
                    yield MissingInputs.of(part1.and(part3),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.risk(), 1L << 0))
                                | MissingInputs.of(part3,
                                    MissingInputs.of(Truth.ofNullable(input.symptoms()), 1L << 1)
                                    | MissingInputs.of(part2,
                                        intervalMissing())));
                }
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // interval, rule 1: risk = HIGH or symptoms → HALF_YEARLY
                case 0 -> ExplainedValues.of("risk", input.risk(), "symptoms", Truth.ofNullable(input.symptoms()));
                // interval, rule 2: risk = LOW and not symptoms → YEARLY
                case 1 -> ExplainedValues.of("risk", input.risk(), "symptoms", Truth.ofNullable(input.symptoms()));
                // imaging, recommendation: interval = HALF_YEARLY
                case 2 -> ExplainedValues.of("interval", PossibleCodes.shown(interval("interval"), intervalPossible(), Interval.values()));
                // discuss, recommendation: risk = HIGH and (symptoms or interval = HALF_YEARLY)
                case 3 -> ExplainedValues.of("interval", PossibleCodes.shown(interval("interval"), intervalPossible(), Interval.values()), "risk", input.risk(), "symptoms", Truth.ofNullable(input.symptoms()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }
    }

    /**
     * Evaluates {@code followup} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Followup.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.interval().toOutcomeResult("interval"), result.imaging().toOutcomeResult("imaging"), result.diary().toOutcomeResult("diary"), result.discuss().toOutcomeResult("discuss")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Followup.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code followup} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {"LOW", "HIGH"}, // risk
            {false, true} // symptoms
        },
        new Object[][] {
            null, // risk
            null // symptoms
        },
        new Object[][] {
            null, // risk
            null // symptoms
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
                case "interval" -> List.<Object>of("YEARLY", "HALF_YEARLY");
                case "imaging" -> List.<Object>of(false, true);
                case "diary" -> List.<Object>of(false, true);
                case "discuss" -> List.<Object>of(false, true);
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "interval", "imaging", "diary", "discuss" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "interval" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Followup.outcomeResults(Followup.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.risk() : Risk.ofCode((String) completion[0]),
                            completion[1] == null ? given.symptoms() : InputValues.bool(completion[1])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.risk() == null ? null : input.risk().code(),
                            input.symptoms()});
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
                    case "interval" -> {
                        Interval code = evaluation.interval("interval");
                        yield code == null ? -1 : code.ordinal();
                    }
                    case "imaging" -> {
                        Truth truth = evaluation.imaging("imaging");
                        yield truth.isUnknown() ? -1 : truth.isTrue() ? 1 : 0;
                    }
                    case "diary" -> {
                        Truth truth = evaluation.diary("diary");
                        yield truth.isUnknown() ? -1 : truth.isTrue() ? 1 : 0;
                    }
                    case "discuss" -> {
                        Truth truth = evaluation.discuss("discuss");
                        yield truth.isUnknown() ? -1 : truth.isTrue() ? 1 : 0;
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "interval" -> {
                        evaluation.interval("interval");
                        yield evaluation.intervalMissing();
                    }
                    case "imaging" -> {
                        evaluation.imaging("imaging");
                        yield evaluation.imagingMissing();
                    }
                    case "diary" -> {
                        evaluation.diary("diary");
                        yield evaluation.diaryMissing();
                    }
                    case "discuss" -> {
                        evaluation.discuss("discuss");
                        yield evaluation.discussMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "interval" -> {
                        evaluation.interval("interval");
                        yield evaluation.intervalPossible();
                    }
                    case "imaging" -> 0L;
                    case "diary" -> 0L;
                    case "discuss" -> 0L;
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
