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
import org.guidelang.golden.grading.Grading;
import org.guidelang.runtime.AnswerMemo;
import org.guidelang.runtime.CodeValue;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.Conditions;
import org.guidelang.runtime.CriteriaSetLogic;
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
import org.guidelang.runtime.Range;
import org.guidelang.runtime.ScopedTrace;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Referral: the evaluator of guideline {@code referral}, version 1.0.0 (draft).
 *
 * <p>Uses the outcomes of {@code grading} as {@code g}, evaluated on the same patient.
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Referral.Result result = Referral.evaluate(Referral.Input.builder().ki67(0.0).size(0.0).build());
 * result.refer().possible();
 * result.g().grade().isDetermined(); // imported, from the same evaluation
 * result.explain(); // the same steps as guidec eval
 * Referral.evaluate(result.input().toBuilder().ki67(null).build()).missing(); // null: missing
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
        InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 index"),
        InputSpec.quantity("size", Unit.CM, new Range(0.0, true, 30.0, true), "Tumour size"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("ki67", "size"));

    private static final List<String> OUTCOMES = List.of("refer", "fit");

    private static final Refer[] REFER_VALUES = Refer.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Refer>> REFER_DECIDED = List.of(
        Decided.of(Refer.LOCAL),
        Decided.of(Refer.CENTRE));

    /**
     * Referral
     */
    private static final DecisionTableLogic REFER_LOGIC = DecisionTableLogic.firstHit(List.of("LOCAL", "CENTRE"), INPUT_INDEX, null)
            .rule(1, 0, "CENTRE", "g.grade in {G2, G3} or size > 2 cm", null)
            .rule(2, 1, "LOCAL", "g.grade = G1 and ki67 < 2%", null)
            .otherwise("LOCAL", null)
            .total()
            .build();

    private static final Fit[] FIT_VALUES = Fit.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Fit>> FIT_DECIDED = List.of(
        Decided.of(Fit.FIT),
        Decided.of(Fit.UNFIT));

    /**
     * Fit for local surgery
     */
    private static final CriteriaSetLogic FIT_LOGIC = CriteriaSetLogic.builder(List.of("FIT", "UNFIT"), 2, "FIT", null, "UNFIT")
            .criterion(2, "lowGrade", false, "Grade 1 or 2: g.grade in {G1, G2}", null)
            .criterion(3, "small", false, "Smaller than 5 cm: size < 5 cm", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Referral() {
    }

    /**
     * Decides every outcome for one patient, and those of the guidelines it imports: determined exactly when every completion of the missing inputs gives it one value, else with the values it can still take and the missing inputs that decide between them. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     */
    public static Result evaluate(Input input) {
        // A patient who gives every input is decided in plain Java, without an evaluation.
        Result given = resultWhenGiven(Objects.requireNonNull(input, "input"));
        return given != null ? given : resultOf(new Evaluation(input, null));
    }

    /**
     * The result of {@code input} when it gives every input, each outcome decided in plain Java (those of the imported guidelines by their own {@code resultWhenGiven}), as {@link #evaluate} gives it; null for any other patient, and where an outcome has no value. Does not check the constraints between inputs, which {@code evaluate} checks first. Public for the generated classes of importing guidelines; callers use {@code evaluate}.
     */
    public static Result resultWhenGiven(Input input) {
        if (input.ki67() == null
                || input.size() == null) {
            return null;
        }
        Grading.Result g = Grading.resultWhenGiven(new Grading.Input(input.ki67()));
        if (g == null) {
            return null;
        }
        int refer = Evaluation.referWhenGiven(input, g.grade().orElse(null));
        if (refer < 0) {
            return null;
        }
        int fit = Evaluation.fitWhenGiven(input, g.grade().orElse(null));
        if (fit < 0) {
            return null;
        }
        return new Result(
                    input,
                    REFER_DECIDED.get(refer),
                    FIT_DECIDED.get(fit),
                    g);
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation, Grading.resultOf(evaluation.g));
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.refer().isSettled() && result.fit().isSettled() ? result : refined(result);
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
    private static Result onePass(Evaluation evaluation, Grading.Result g) {
        Refer refer = evaluation.refer("refer");
        Fit fit = evaluation.fit("fit");
        return new Result(
                    evaluation.input,
                    refer == null ? Decided.undetermined(evaluation.referMissing(), INPUT_INDEX, evaluation.referPossible(), Refer.class) : REFER_DECIDED.get(refer.ordinal()),
                    fit == null ? Decided.undetermined(evaluation.fitMissing(), INPUT_INDEX, evaluation.fitPossible(), Fit.class) : FIT_DECIDED.get(fit.ordinal()),
                    g);
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
                            Decided.fromOutcome(exact.outcomes().get("refer"), Refer.class, INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("fit"), Fit.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Refer>) known[0],
                    (Decided<Fit>) known[1],
                    result.g());
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.refer().toOutcomeResult("refer"),
                result.fit().toOutcomeResult("fit"));
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
                    InputValues.decimal(values.get("ki67")),
                    InputValues.decimal(values.get("size")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.decimal(checked[1]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.ki67 != null) {
            values.put("ki67", input.ki67);
        }
        if (input.size != null) {
            values.put("size", input.size);
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
     * Referral (the codes of outcome refer).
     */
    public enum Refer implements CodeValue {
        /**
         * LOCAL
         *
         * <p>Rule 2: g.grade = G1 and ki67 &lt; 2%
         *
         * <p>Otherwise.
         */
        LOCAL("LOCAL", "LOCAL"),

        /**
         * CENTRE
         *
         * <p>Rule 1: g.grade in {G2, G3} or size &gt; 2 cm
         */
        CENTRE("CENTRE", "CENTRE");

        private final String code;

        private final String label;

        Refer(String code, String label) {
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
        public static Refer ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "LOCAL" -> LOCAL;
                case "CENTRE" -> CENTRE;
                default -> throw new IllegalArgumentException("unknown code " + code + " of refer; expected one of LOCAL, CENTRE");
            };
        }
    }

    /**
     * Fit for local surgery (the codes of outcome fit).
     */
    public enum Fit implements CodeValue {
        /**
         * Fit
         *
         * <p>When the requirement (all) is met.
         */
        FIT("FIT", "Fit"),

        /**
         * Unfit
         *
         * <p>When too few criteria hold.
         */
        UNFIT("UNFIT", "Unfit");

        private final String code;

        private final String label;

        Fit(String code, String label) {
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
        public static Fit ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "FIT" -> FIT;
                case "UNFIT" -> UNFIT;
                default -> throw new IllegalArgumentException("unknown code " + code + " of fit; expected one of FIT, UNFIT");
            };
        }
    }

    /**
     * A patient's values for {@code referral}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param ki67 Ki-67 index, in %, in [0, 100]; null when missing
     * @param size Tumour size, in cm, in [0, 30]; null when missing
     */
    public record Input(Double ki67, Double size) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (ki67 != null && !(ki67 >= 0.0 && ki67 <= 100.0)) {
                requireValid(0, ki67);
            }
            if (size != null && !(size >= 0.0 && size <= 30.0)) {
                requireValid(1, size);
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
            b.size = size;
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

            private Double size;

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
             * Sets Tumour size, in cm.
             */
            public Builder size(double size) {
                this.size = size;
                return this;
            }

            /**
             * Sets Tumour size, in cm (null: missing).
             */
            public Builder size(Double size) {
                this.size = size;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(ki67, size);
            }
        }
    }

    /**
     * The outcomes of {@code referral} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param refer Referral
     * @param fit Fit for local surgery
     * @param g the outcomes of {@code grading} (imported as {@code g}), decided on the same patient in the same evaluation
     */
    public record Result(Input input, Decided<Refer> refer, Decided<Fit> fit, Grading.Result g) {
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
            return missingInputs(refer, fit);
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

        private final Grading.Evaluation g;

        private int refer = PENDING;

        private long referMissing;

        private long referPossible;

        private int fit = PENDING;

        private long fitMissing;

        private long fitPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            Grading.Evaluation grading = new Grading.Evaluation(new Grading.Input(input.ki67()), ScopedTrace.of(trace, "g."));
            this.g = grading;
        }

        /**
         * An evaluation of {@code input} that shares the given evaluations of the imported guidelines (of the same patient), as an importing guideline's evaluation does.
         */
        public Evaluation(Input input, List<ExplanationStep> trace, Grading.Evaluation g) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            this.g = Objects.requireNonNull(g, "g");
        }

        /**
         * Referral, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Refer refer(String label) {
            // Without a trace, straight-line code decides (fast); with one, REFER_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (refer == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                refer = referWhenGiven(input, g.grade("g.grade"));
                if (refer == PENDING) {
                    refer = decideRefer();
                }
            } else if (refer == PENDING) {
                refer = REFER_LOGIC.decide(this, label, trace);
                referMissing = refer < 0 ? REFER_LOGIC.missing(this) : 0L;
                referPossible = refer < 0 ? REFER_LOGIC.possible(this) : 0L;
            }
            return refer < 0 ? null : REFER_VALUES[refer];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code refer}, once decided.
         */
        public long referMissing() {
            return referMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code refer} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long referPossible() {
            return referPossible;
        }

        /**
         * Decides {@code refer} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int referWhenGiven(Input input, Grading.Grade gGrade) {
            if (input.size() == null
                    || input.ki67() == null
                    || gGrade == null) {
                return PENDING;
            }
            // rule 1: g.grade in {G2, G3} or size > 2 cm → CENTRE
            if ((gGrade == Grading.Grade.G2 || gGrade == Grading.Grade.G3) || InputValues.number(input.size()) > 2.0) {
                return 1;
            }
            // rule 2: g.grade = G1 and ki67 < 2% → LOCAL
            if (gGrade == Grading.Grade.G1 && InputValues.number(input.ki67()) < 2.0) {
                return 0;
            }
            // no rule held: otherwise LOCAL
            return REFER_LOGIC.outcomeOf(1L << 0);
        }

        /**
         * Decides {@code refer} as {@link #REFER_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code REFER_LOGIC} instead.
         */
        private int decideRefer() {
            // bits over the codes that may result; 1L << 2: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: g.grade in {G2, G3} or size > 2 cm → CENTRE
            Truth rule1 = PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G3)), g.gradePossible(), 6L).or(Ops.gt(InputValues.number(input.size()), 2.0));
            if (rule1 == Truth.TRUE) {
                return referFrom(candidates | 1L << 1, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G3)), g.gradePossible(), 6L),
                            g.gradeMissing())
                        | MissingInputs.of(Ops.gt(InputValues.number(input.size()), 2.0),
                            MissingInputs.of(InputValues.number(input.size()), 1L << 1));
            }
            // rule 2: g.grade = G1 and ki67 < 2% → LOCAL
            Truth rule2 = PossibleCodes.in(Ops.eq(g.grade("g.grade"), Grading.Grade.G1), g.gradePossible(), 1L).and(Ops.lt(InputValues.number(input.ki67()), 2.0));
            if (rule2 == Truth.TRUE) {
                return referFrom(candidates | 1L << 0, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(PossibleCodes.in(Ops.eq(g.grade("g.grade"), Grading.Grade.G1), g.gradePossible(), 1L),
                            g.gradeMissing())
                        | MissingInputs.of(Ops.lt(InputValues.number(input.ki67()), 2.0),
                            MissingInputs.of(InputValues.number(input.ki67()), 1L << 0));
            }
            // no rule held: otherwise LOCAL
            return referFrom(candidates | 1L << 0, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int referFrom(long candidates, long missing) {
            int code = REFER_LOGIC.outcomeOf(candidates);
            referMissing = code < 0 ? missing : 0L;
            referPossible = code < 0 ? REFER_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Fit for local surgery, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Fit fit(String label) {
            // Without a trace, straight-line code decides (fast); with one, FIT_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (fit == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                fit = fitWhenGiven(input, g.grade("g.grade"));
                if (fit == PENDING) {
                    fit = decideFit();
                }
            } else if (fit == PENDING) {
                fit = FIT_LOGIC.decide(this, label, trace);
                fitMissing = fit < 0 ? FIT_LOGIC.missing(this) : 0L;
                fitPossible = fit < 0 ? FIT_LOGIC.possible(this) : 0L;
            }
            return fit < 0 ? null : FIT_VALUES[fit];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code fit}, once decided.
         */
        public long fitMissing() {
            return fitMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code fit} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long fitPossible() {
            return fitPossible;
        }

        /**
         * Decides {@code fit} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int fitWhenGiven(Input input, Grading.Grade gGrade) {
            if (input.size() == null
                    || gGrade == null) {
                return PENDING;
            }
            int held = 0;
            boolean relative = true;
            // criterion lowGrade: g.grade in {G1, G2}
            if ((gGrade == Grading.Grade.G1 || gGrade == Grading.Grade.G2)) {
                held++;
            }
            // criterion small: size < 5 cm
            if (InputValues.number(input.size()) < 5.0) {
                held++;
            }
            // the same conclusion as the three-valued decision, with nothing unknown
            int code = FIT_LOGIC.outcomeOf(held, 0, Truth.of(relative));
            return code < 0 ? PENDING : code;
        }

        /**
         * Decides {@code fit} as {@link #FIT_LOGIC} does, without an explanation: each criterion's truth once, and its missing inputs only when it is unknown. An explanation walks {@code FIT_LOGIC} instead.
         */
        private int decideFit() {
            int held = 0;
            int unknown = 0;
            long missing = 0L;
            Truth relative = Truth.TRUE;
            long relativeMissing = 0L;
            // criterion lowGrade: g.grade in {G1, G2}
            Truth lowGrade = PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G1)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)), g.gradePossible(), 3L);
            if (lowGrade == Truth.TRUE) {
                held++;
            } else if (lowGrade == Truth.UNKNOWN) {
                unknown++;
                missing |= g.gradeMissing();
            }
            // criterion small: size < 5 cm
            Truth small = Ops.lt(InputValues.number(input.size()), 5.0);
            if (small == Truth.TRUE) {
                held++;
            } else if (small == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(InputValues.number(input.size()), 1L << 1);
            }
            int code = FIT_LOGIC.outcomeOf(held, unknown, relative);
            fitMissing = code < 0 ? FIT_LOGIC.missingOf(held, missing, relativeMissing) : 0L;
            fitPossible = code < 0 ? FIT_LOGIC.possibleOf(held, unknown, relative) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            refer("refer");
            fit("fit");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // refer, rule 1: g.grade in {G2, G3} or size > 2 cm → CENTRE
                case 0 -> PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G3)), g.gradePossible(), 6L).or(Ops.gt(InputValues.number(input.size()), 2.0));
                // refer, rule 2: g.grade = G1 and ki67 < 2% → LOCAL
                case 1 -> PossibleCodes.in(Ops.eq(g.grade("g.grade"), Grading.Grade.G1), g.gradePossible(), 1L).and(Ops.lt(InputValues.number(input.ki67()), 2.0));
                // fit, criterion lowGrade: g.grade in {G1, G2}
                case 2 -> PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G1)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)), g.gradePossible(), 3L);
                // fit, criterion small: size < 5 cm
                case 3 -> Ops.lt(InputValues.number(input.size()), 5.0);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // refer, rule 1: g.grade in {G2, G3} or size > 2 cm → CENTRE
                case 0 -> {
                    Truth part1 = PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G3)), g.gradePossible(), 6L);
                    Truth part2 = Ops.gt(InputValues.number(input.size()), 2.0);
                    yield MissingInputs.of(part1.or(part2),
                                MissingInputs.of(part1,
                                    g.gradeMissing())
                                | MissingInputs.of(part2,
                                    MissingInputs.of(InputValues.number(input.size()), 1L << 1)));
                }
                // refer, rule 2: g.grade = G1 and ki67 < 2% → LOCAL
                case 1 -> {
                    Truth part1 = PossibleCodes.in(Ops.eq(g.grade("g.grade"), Grading.Grade.G1), g.gradePossible(), 1L);
                    Truth part2 = Ops.lt(InputValues.number(input.ki67()), 2.0);
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    g.gradeMissing())
                                | MissingInputs.of(part2,
                                    MissingInputs.of(InputValues.number(input.ki67()), 1L << 0)));
                }
                // fit, criterion lowGrade: g.grade in {G1, G2}
                case 2 -> MissingInputs.of(PossibleCodes.in(Truth.FALSE.or(Ops.eq(g.grade("g.grade"), Grading.Grade.G1)).or(Ops.eq(g.grade("g.grade"), Grading.Grade.G2)), g.gradePossible(), 3L),
                    g.gradeMissing());
                // fit, criterion small: size < 5 cm
                case 3 -> MissingInputs.of(Ops.lt(InputValues.number(input.size()), 5.0),
                    MissingInputs.of(InputValues.number(input.size()), 1L << 1));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // refer, rule 1: g.grade in {G2, G3} or size > 2 cm → CENTRE
                case 0 -> ExplainedValues.of("g.grade", PossibleCodes.shown(g.grade("g.grade"), g.gradePossible(), Grading.Grade.values()), "size", InputValues.number(input.size()));
                // refer, rule 2: g.grade = G1 and ki67 < 2% → LOCAL
                case 1 -> ExplainedValues.of("g.grade", PossibleCodes.shown(g.grade("g.grade"), g.gradePossible(), Grading.Grade.values()), "ki67", InputValues.number(input.ki67()));
                // fit, criterion lowGrade: g.grade in {G1, G2}
                case 2 -> ExplainedValues.of("g.grade", PossibleCodes.shown(g.grade("g.grade"), g.gradePossible(), Grading.Grade.values()));
                // fit, criterion small: size < 5 cm
                case 3 -> ExplainedValues.of("size", InputValues.number(input.size()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "ki67" -> Unit.PERCENT;
                case "size" -> Unit.CM;
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
            return EvaluationResult.of(ID, VERSION, List.of(result.refer().toOutcomeResult("refer"), result.fit().toOutcomeResult("fit")), List.of());
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
            {0.0, 2.0, 3.0, 60.0}, // ki67
            {0.0, 4.0, 5.0} // size
        },
        new Object[][] {
            {2.0, 3.0, 20.0}, // ki67
            {2.0, 5.0} // size
        },
        new Object[][] {
            {0, 1, 1, 2, 2, 2, 3}, // ki67
            {0, 0, 1, 2, 2} // size
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
                case "refer" -> List.<Object>of("LOCAL", "CENTRE");
                case "fit" -> List.<Object>of("FIT", "UNFIT");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "refer", "fit" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "refer" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Referral.outcomeResults(Referral.onePass(new Evaluation(input, null), null)), List.of());
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return switch (alias) {
                case "g" -> Grading.exactAnswers();
                default -> null;
            };
        }

        @Override
        public ExactAnswers.Completer completer(Map<String, ?> patient) {
            // The input as onePass reads the completed map, without the map.
            Input given = Input.fromValues(patient);
            return completion -> new Answers(new Evaluation(new Input(
                            completion[0] == null ? given.ki67() : InputValues.decimal(completion[0]),
                            completion[1] == null ? given.size() : InputValues.decimal(completion[1])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.ki67(),
                            input.size()});
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
                    case "refer" -> {
                        Refer code = evaluation.refer("refer");
                        yield code == null ? -1 : code.ordinal();
                    }
                    case "fit" -> {
                        Fit code = evaluation.fit("fit");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "refer" -> {
                        evaluation.refer("refer");
                        yield evaluation.referMissing();
                    }
                    case "fit" -> {
                        evaluation.fit("fit");
                        yield evaluation.fitMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "refer" -> {
                        evaluation.refer("refer");
                        yield evaluation.referPossible();
                    }
                    case "fit" -> {
                        evaluation.fit("fit");
                        yield evaluation.fitPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
