package org.guidelang.generated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Generated;
import org.guidelang.runtime.CodeValue;
import org.guidelang.runtime.Conditions;
import org.guidelang.runtime.CriteriaSetLogic;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplainedValues;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.MissingInputs;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Milan-NEN criteria for liver transplantation: the evaluator of guideline {@code milan_nen}, version 1.0.0 (active).
 *
 * <p>Authors: GuideLang NEN working group. Committee: GEP-NEN surgical criteria committee. Issued 2025-06-01.
 *
 * <p>Selects patients with liver metastases of a gastroenteropancreatic neuroendocrine neoplasm for liver transplantation by the five Milan-NEN criteria of Table 2 of the review by Que et al. Criteria 1 to 4 are required; criterion 5, age below 60 years, is relative: a patient who meets criteria 1 to 4 but not 5 is eligible by exception. Readings chosen: a low-grade NEN is WHO NET G1 or NET G2, as graded by who_grading; criterion 2 holds when the primary tumour drains through the portal system and no extrahepatic disease remains; 'stable disease over 6 months' is read as at least 6 months of stable disease.
 *
 * <p>Sources:
 * <ul>
 *   <li>que2022: Que QY, Zhang LC, Bao JQ, Ling SB, Xu X. Role of surgical treatments in high-grade or advanced gastroenteropancreatic neuroendocrine neoplasms. World J Gastrointest Surg 2022;14(5):397-408. doi:10.4240/wjgs.v14.i5.397
 * </ul>
 *
 * <p>Uses the outcomes of {@code who_grading} as {@code who}, evaluated on the same patient.
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * MilanNen.Result result = MilanNen.evaluate(MilanNen.Input.builder().differentiation(WhoGrading.Differentiation.WELL).ki67(0.0).build());
 * result.eligibility().isDetermined();
 * result.explain(); // the same steps as guidec eval
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "milan_nen 1.0.0"
)
public final class MilanNen {
    /**
     * The guideline's id.
     */
    public static final String ID = "milan_nen";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.code("differentiation", List.of("WELL", "POOR"), "Histological differentiation"),
        InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 proliferation index"),
        InputSpec.quantity("mitoticCount", Unit.COUNT, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Mitotic count per 2 mm²"),
        InputSpec.bool("portalDrainage", "Primary tumour drains through the portal system"),
        InputSpec.bool("extrahepaticDiseaseCleared", "No extrahepatic disease remains (none present, or completely resected)"),
        InputSpec.quantity("liverInvolvement", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Share of liver volume involved by tumour"),
        InputSpec.quantity("stableDiseaseMonths", Unit.MONTHS, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Duration of stable disease"),
        InputSpec.quantity("age", Unit.YEARS, new Range(0.0, true, 120.0, true), "Age at evaluation"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("differentiation", "ki67", "mitoticCount", "portalDrainage", "extrahepaticDiseaseCleared", "liverInvolvement", "stableDiseaseMonths", "age"));

    /**
     * Parameter {@code liverInvolvementLimit} = 50%. Liver involvement must stay below half of the liver volume.
     *
     * <p>Source: que2022, Table 2, criterion 3.
     *
     * <p>In %.
     */
    public static final double LIVER_INVOLVEMENT_LIMIT = 50.0;

    /**
     * Parameter {@code stableDiseaseMinimum} = 6 months. Six months of stable disease select tumours of indolent biology.
     *
     * <p>Source: que2022, Table 2, criterion 4.
     *
     * <p>In months.
     */
    public static final double STABLE_DISEASE_MINIMUM = 6.0;

    /**
     * Parameter {@code ageLimit} = 60 years. Age below 60 years is a relative criterion: older patients meeting criteria 1 to 4 are eligible by exception, at the committee's discretion.
     *
     * <p>Source: que2022, Table 2, criterion 5.
     *
     * <p>In years.
     */
    public static final double AGE_LIMIT = 60.0;

    private static final List<String> OUTCOMES = List.of("eligibility");

    private static final Eligibility[] ELIGIBILITY_VALUES = Eligibility.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Eligibility>> ELIGIBILITY_DECIDED = List.of(
        Decided.of(Eligibility.ELIGIBLE),
        Decided.of(Eligibility.ELIGIBLE_RELATIVE_EXCEPTION),
        Decided.of(Eligibility.NOT_ELIGIBLE));

    /**
     * Milan-NEN eligibility for liver transplantation (que2022, Table 2)
     */
    private static final CriteriaSetLogic ELIGIBILITY_LOGIC = CriteriaSetLogic.builder(List.of("ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE"), 4, "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE")
            .criterion(0, "lowGrade", false, "Low-grade NEN (WHO NET G1 or NET G2): who.grade in {NET_G1, NET_G2}", "que2022, Table 2, criterion 1")
            .criterion(1, "portalDrainageCleared", false, "Portal drainage of the primary tumour with complete resection of extrahepatic disease: portalDrainage and extrahepaticDiseaseCleared", "que2022, Table 2, criterion 2")
            .criterion(2, "limitedLiverInvolvement", false, "Liver involvement < 50%: liverInvolvement < liverInvolvementLimit", "que2022, Table 2, criterion 3")
            .criterion(3, "stableDisease", false, "Stable disease for at least 6 months: stableDiseaseMonths >= stableDiseaseMinimum", "que2022, Table 2, criterion 4")
            .criterion(4, "belowAgeLimit", true, "Age < 60 years (relative criterion): age < ageLimit", "que2022, Table 2, criterion 5")
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private MilanNen() {
    }

    /**
     * Decides every outcome for one patient. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     */
    public static Result evaluate(Input input) {
        Evaluation evaluation = new Evaluation(input, null);
        Eligibility eligibility = evaluation.eligibility("eligibility");
        return new Result(
                    input,
                    eligibility == null ? Decided.undetermined(evaluation.eligibilityMissing(), INPUT_INDEX) : ELIGIBILITY_DECIDED.get(eligibility.ordinal()));
    }

    /**
     * The map and JSON entry point: patients as maps from input names to values, results as {@code EvaluationResult}. Thread-safe.
     */
    public static GuidelineEvaluator evaluator() {
        return EVALUATOR;
    }

    /**
     * Checks input {@code index} against its range, for the input record (whose fields, named after the inputs, may hide any type).
     */
    private static void requireValid(int index, double value) {
        InputValidator.requireValid(INPUTS.get(index), value);
    }

    /**
     * A missing number, for the builder (whose fields, named after the inputs, may hide any type).
     */
    private static double missingNumber() {
        return Ops.missing();
    }

    /**
     * A number, missing for null, for the builder.
     */
    private static double numberOf(Double value) {
        return value == null ? Ops.missing() : value;
    }

    /**
     * A missing yes-or-no, for the builder.
     */
    private static Truth unknown() {
        return Truth.UNKNOWN;
    }

    /**
     * A yes-or-no, missing for null, for the builder.
     */
    private static Truth truthOf(Boolean value) {
        return Truth.ofNullable(value);
    }

    /**
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, Object> values) {
        return new Input(
                    WhoGrading.Differentiation.ofCode((String) values.get("differentiation")),
                    Ops.number(values.get("ki67")),
                    Ops.number(values.get("mitoticCount")),
                    Ops.truth(values.get("portalDrainage")),
                    Ops.truth(values.get("extrahepaticDiseaseCleared")),
                    Ops.number(values.get("liverInvolvement")),
                    Ops.number(values.get("stableDiseaseMonths")),
                    Ops.number(values.get("age")));
    }

    /**
     * The body of {@link Result#explain()}, kept out of the record, whose fields, named after the outcomes, may hide any type.
     */
    private static List<ExplanationStep> explanation(Input input) {
        return List.copyOf(new Evaluation(input, new ArrayList<>()).evaluateAll());
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
        return EvaluationResult.of(ID, VERSION, List.of(result.eligibility().toOutcomeResult("eligibility")), result.explain());
    }

    /**
     * Milan-NEN eligibility for liver transplantation (the codes of outcome eligibility). Source: que2022, Table 2.
     */
    public enum Eligibility implements CodeValue {
        /**
         * Eligible: all five Milan-NEN criteria are met
         *
         * <p>When the requirement (all) is met and every relative criterion holds.
         */
        ELIGIBLE("ELIGIBLE", "Eligible: all five Milan-NEN criteria are met"),

        /**
         * Eligible by exception: criteria 1 to 4 are met, the relative age criterion is not
         *
         * <p>When the requirement is met but a relative criterion is not.
         */
        ELIGIBLE_RELATIVE_EXCEPTION("ELIGIBLE_RELATIVE_EXCEPTION", "Eligible by exception: criteria 1 to 4 are met, the relative age criterion is not"),

        /**
         * Not eligible: one of criteria 1 to 4 is not met
         *
         * <p>When too few criteria hold.
         */
        NOT_ELIGIBLE("NOT_ELIGIBLE", "Not eligible: one of criteria 1 to 4 is not met");

        private final String code;

        private final String label;

        Eligibility(String code, String label) {
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
        public static Eligibility ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "ELIGIBLE" -> ELIGIBLE;
                case "ELIGIBLE_RELATIVE_EXCEPTION" -> ELIGIBLE_RELATIVE_EXCEPTION;
                case "NOT_ELIGIBLE" -> NOT_ELIGIBLE;
                default -> throw new IllegalArgumentException("unknown code " + code + " of eligibility; expected one of ELIGIBLE, ELIGIBLE_RELATIVE_EXCEPTION, NOT_ELIGIBLE");
            };
        }
    }

    /**
     * A patient's values for {@code milan_nen}. Every value may be missing; build one with {@link #builder()}.
     *
     * @param differentiation Histological differentiation; null when missing
     * @param ki67 Ki-67 proliferation index, in %, in [0, 100]; NaN when missing
     * @param mitoticCount Mitotic count per 2 mm², in count per 2 mm², in [0, *); NaN when missing
     * @param portalDrainage Primary tumour drains through the portal system; {@code Truth.UNKNOWN} when missing
     * @param extrahepaticDiseaseCleared No extrahepatic disease remains (none present, or completely resected); {@code Truth.UNKNOWN} when missing
     * @param liverInvolvement Share of liver volume involved by tumour, in %, in [0, 100]; NaN when missing
     * @param stableDiseaseMonths Duration of stable disease, in months, in [0, *); NaN when missing
     * @param age Age at evaluation, in years, in [0, 120]; NaN when missing
     */
    public record Input(WhoGrading.Differentiation differentiation, double ki67,
            double mitoticCount, Truth portalDrainage, Truth extrahepaticDiseaseCleared,
            double liverInvolvement, double stableDiseaseMonths, double age) {
        /**
         * Checks every number against its declared range.
         *
         * @throws IllegalArgumentException for a number out of range, or not whole where it must be
         */
        public Input {
            requireValid(1, ki67);
            requireValid(2, mitoticCount);
            requireValid(5, liverInvolvement);
            requireValid(6, stableDiseaseMonths);
            requireValid(7, age);
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
            b.differentiation = differentiation;
            b.ki67 = ki67;
            b.mitoticCount = mitoticCount;
            b.portalDrainage = portalDrainage;
            b.extrahepaticDiseaseCleared = extrahepaticDiseaseCleared;
            b.liverInvolvement = liverInvolvement;
            b.stableDiseaseMonths = stableDiseaseMonths;
            b.age = age;
            return b;
        }

        /**
         * The input from validated values ({@code InputValidator}): input names to Double, Boolean or code String; an absent name is missing.
         */
        public static Input fromValues(Map<String, Object> values) {
            return inputOf(values);
        }

        /**
         * Builds an {@link Input}; a value never set stays missing. Not thread-safe.
         */
        public static final class Builder {
            private WhoGrading.Differentiation differentiation;

            private double ki67 = missingNumber();

            private double mitoticCount = missingNumber();

            private Truth portalDrainage = unknown();

            private Truth extrahepaticDiseaseCleared = unknown();

            private double liverInvolvement = missingNumber();

            private double stableDiseaseMonths = missingNumber();

            private double age = missingNumber();

            private Builder() {
            }

            /**
             * Sets Histological differentiation (null: missing).
             */
            public Builder differentiation(WhoGrading.Differentiation differentiation) {
                this.differentiation = differentiation;
                return this;
            }

            /**
             * Sets Ki-67 proliferation index, in % (NaN: missing).
             */
            public Builder ki67(double ki67) {
                this.ki67 = ki67;
                return this;
            }

            /**
             * Sets Ki-67 proliferation index, in % (null: missing).
             */
            public Builder ki67(Double ki67) {
                this.ki67 = numberOf(ki67);
                return this;
            }

            /**
             * Sets Mitotic count per 2 mm², in count (NaN: missing).
             */
            public Builder mitoticCount(double mitoticCount) {
                this.mitoticCount = mitoticCount;
                return this;
            }

            /**
             * Sets Mitotic count per 2 mm², in count (null: missing).
             */
            public Builder mitoticCount(Double mitoticCount) {
                this.mitoticCount = numberOf(mitoticCount);
                return this;
            }

            /**
             * Sets Primary tumour drains through the portal system ({@code Truth.UNKNOWN}: missing).
             */
            public Builder portalDrainage(Truth portalDrainage) {
                this.portalDrainage = portalDrainage;
                return this;
            }

            /**
             * Sets Primary tumour drains through the portal system.
             */
            public Builder portalDrainage(boolean portalDrainage) {
                this.portalDrainage = truthOf(portalDrainage);
                return this;
            }

            /**
             * Sets Primary tumour drains through the portal system (null: missing).
             */
            public Builder portalDrainage(Boolean portalDrainage) {
                this.portalDrainage = truthOf(portalDrainage);
                return this;
            }

            /**
             * Sets No extrahepatic disease remains (none present, or completely resected) ({@code Truth.UNKNOWN}: missing).
             */
            public Builder extrahepaticDiseaseCleared(Truth extrahepaticDiseaseCleared) {
                this.extrahepaticDiseaseCleared = extrahepaticDiseaseCleared;
                return this;
            }

            /**
             * Sets No extrahepatic disease remains (none present, or completely resected).
             */
            public Builder extrahepaticDiseaseCleared(boolean extrahepaticDiseaseCleared) {
                this.extrahepaticDiseaseCleared = truthOf(extrahepaticDiseaseCleared);
                return this;
            }

            /**
             * Sets No extrahepatic disease remains (none present, or completely resected) (null: missing).
             */
            public Builder extrahepaticDiseaseCleared(Boolean extrahepaticDiseaseCleared) {
                this.extrahepaticDiseaseCleared = truthOf(extrahepaticDiseaseCleared);
                return this;
            }

            /**
             * Sets Share of liver volume involved by tumour, in % (NaN: missing).
             */
            public Builder liverInvolvement(double liverInvolvement) {
                this.liverInvolvement = liverInvolvement;
                return this;
            }

            /**
             * Sets Share of liver volume involved by tumour, in % (null: missing).
             */
            public Builder liverInvolvement(Double liverInvolvement) {
                this.liverInvolvement = numberOf(liverInvolvement);
                return this;
            }

            /**
             * Sets Duration of stable disease, in months (NaN: missing).
             */
            public Builder stableDiseaseMonths(double stableDiseaseMonths) {
                this.stableDiseaseMonths = stableDiseaseMonths;
                return this;
            }

            /**
             * Sets Duration of stable disease, in months (null: missing).
             */
            public Builder stableDiseaseMonths(Double stableDiseaseMonths) {
                this.stableDiseaseMonths = numberOf(stableDiseaseMonths);
                return this;
            }

            /**
             * Sets Age at evaluation, in years (NaN: missing).
             */
            public Builder age(double age) {
                this.age = age;
                return this;
            }

            /**
             * Sets Age at evaluation, in years (null: missing).
             */
            public Builder age(Double age) {
                this.age = numberOf(age);
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number out of its range
             */
            public Input build() {
                return new Input(differentiation, ki67, mitoticCount, portalDrainage, extrahepaticDiseaseCleared, liverInvolvement, stableDiseaseMonths, age);
            }
        }
    }

    /**
     * The outcomes of {@code milan_nen} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param eligibility Milan-NEN eligibility for liver transplantation (que2022, Table 2)
     */
    public record Result(Input input, Decided<Eligibility> eligibility) {
        /**
         * How each outcome was reached: the same steps, in the same order, as the reference interpreter ({@code guidec eval}) gives. Built on each call.
         */
        public List<ExplanationStep> explain() {
            return explanation(input);
        }

        /**
         * Every input that could decide an undetermined outcome, sorted: what to ask for next; empty when every outcome is decided.
         */
        public SortedSet<String> missing() {
            return missingInputs(eligibility);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code milan_nen} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private final WhoGrading.Evaluation who;

        private int eligibility = PENDING;

        private long eligibilityMissing;

        private long eligibilityPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            WhoGrading.Evaluation whoGrading = new WhoGrading.Evaluation(new WhoGrading.Input(input.differentiation(), input.ki67(), input.mitoticCount()), trace);
            this.who = whoGrading;
        }

        /**
         * An evaluation of {@code input} that shares the given evaluations of the imported guidelines (of the same patient), as an importing guideline's evaluation does.
         */
        public Evaluation(Input input, List<ExplanationStep> trace, WhoGrading.Evaluation who) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
            this.who = Objects.requireNonNull(who, "who");
        }

        /**
         * Milan-NEN eligibility for liver transplantation, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Eligibility eligibility(String label) {
            if (eligibility == PENDING && trace == null) {
                eligibility = decideEligibility();
            } else if (eligibility == PENDING) {
                eligibility = ELIGIBILITY_LOGIC.decide(this, label, trace);
                eligibilityMissing = eligibility < 0 ? ELIGIBILITY_LOGIC.missing(this) : 0L;
                eligibilityPossible = eligibility < 0 ? ELIGIBILITY_LOGIC.possible(this) : 0L;
            }
            return eligibility < 0 ? null : ELIGIBILITY_VALUES[eligibility];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code eligibility}, once decided.
         */
        public long eligibilityMissing() {
            return eligibilityMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code eligibility} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long eligibilityPossible() {
            return eligibilityPossible;
        }

        /**
         * Decides {@code eligibility} as {@link #ELIGIBILITY_LOGIC} does, without an explanation: each criterion's truth once, and its missing inputs only when it is unknown.
         */
        private int decideEligibility() {
            int held = 0;
            int unknown = 0;
            long missing = 0L;
            Truth relative = Truth.TRUE;
            long relativeMissing = 0L;
            // criterion lowGrade: who.grade in {NET_G1, NET_G2}
            Truth lowGrade = PossibleCodes.in(Truth.FALSE.or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G1)).or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G2)), who.gradePossible(), 3L);
            if (lowGrade == Truth.TRUE) {
                held++;
            } else if (lowGrade == Truth.UNKNOWN) {
                unknown++;
                missing |= who.gradeMissing();
            }
            // criterion portalDrainageCleared: portalDrainage and extrahepaticDiseaseCleared
            Truth portalDrainageCleared = input.portalDrainage().and(input.extrahepaticDiseaseCleared());
            if (portalDrainageCleared == Truth.TRUE) {
                held++;
            } else if (portalDrainageCleared == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(input.portalDrainage(), 1L << 3)
                        | MissingInputs.of(input.extrahepaticDiseaseCleared(), 1L << 4);
            }
            // criterion limitedLiverInvolvement: liverInvolvement < liverInvolvementLimit
            Truth limitedLiverInvolvement = Ops.lt(input.liverInvolvement(), LIVER_INVOLVEMENT_LIMIT);
            if (limitedLiverInvolvement == Truth.TRUE) {
                held++;
            } else if (limitedLiverInvolvement == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(input.liverInvolvement(), 1L << 5);
            }
            // criterion stableDisease: stableDiseaseMonths >= stableDiseaseMinimum
            Truth stableDisease = Ops.ge(input.stableDiseaseMonths(), STABLE_DISEASE_MINIMUM);
            if (stableDisease == Truth.TRUE) {
                held++;
            } else if (stableDisease == Truth.UNKNOWN) {
                unknown++;
                missing |= MissingInputs.of(input.stableDiseaseMonths(), 1L << 6);
            }
            // relative criterion belowAgeLimit: age < ageLimit
            Truth belowAgeLimit = Ops.lt(input.age(), AGE_LIMIT);
            relative = relative.and(belowAgeLimit);
            if (belowAgeLimit == Truth.UNKNOWN) {
                relativeMissing |= MissingInputs.of(input.age(), 1L << 7);
            }
            int code = ELIGIBILITY_LOGIC.outcomeOf(held, unknown, relative);
            eligibilityMissing = code < 0 ? ELIGIBILITY_LOGIC.missingOf(held, missing, relativeMissing) : 0L;
            eligibilityPossible = code < 0 ? ELIGIBILITY_LOGIC.possibleOf(held, unknown, relative) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            eligibility("eligibility");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // eligibility, criterion lowGrade: who.grade in {NET_G1, NET_G2}
                case 0 -> PossibleCodes.in(Truth.FALSE.or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G1)).or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G2)), who.gradePossible(), 3L);
                // eligibility, criterion portalDrainageCleared: portalDrainage and extrahepaticDiseaseCleared
                case 1 -> input.portalDrainage().and(input.extrahepaticDiseaseCleared());
                // eligibility, criterion limitedLiverInvolvement: liverInvolvement < liverInvolvementLimit
                case 2 -> Ops.lt(input.liverInvolvement(), LIVER_INVOLVEMENT_LIMIT);
                // eligibility, criterion stableDisease: stableDiseaseMonths >= stableDiseaseMinimum
                case 3 -> Ops.ge(input.stableDiseaseMonths(), STABLE_DISEASE_MINIMUM);
                // eligibility, relative criterion belowAgeLimit: age < ageLimit
                case 4 -> Ops.lt(input.age(), AGE_LIMIT);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // eligibility, criterion lowGrade: who.grade in {NET_G1, NET_G2}
                case 0 -> MissingInputs.of(PossibleCodes.in(Truth.FALSE.or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G1)).or(Ops.eq(who.grade("who.grade"), WhoGrading.Grade.NET_G2)), who.gradePossible(), 3L),
                    who.gradeMissing());
                // eligibility, criterion portalDrainageCleared: portalDrainage and extrahepaticDiseaseCleared
                case 1 -> MissingInputs.of(input.portalDrainage().and(input.extrahepaticDiseaseCleared()),
                    MissingInputs.of(input.portalDrainage(), 1L << 3)
                    | MissingInputs.of(input.extrahepaticDiseaseCleared(), 1L << 4));
                // eligibility, criterion limitedLiverInvolvement: liverInvolvement < liverInvolvementLimit
                case 2 -> MissingInputs.of(Ops.lt(input.liverInvolvement(), LIVER_INVOLVEMENT_LIMIT),
                    MissingInputs.of(input.liverInvolvement(), 1L << 5));
                // eligibility, criterion stableDisease: stableDiseaseMonths >= stableDiseaseMinimum
                case 3 -> MissingInputs.of(Ops.ge(input.stableDiseaseMonths(), STABLE_DISEASE_MINIMUM),
                    MissingInputs.of(input.stableDiseaseMonths(), 1L << 6));
                // eligibility, relative criterion belowAgeLimit: age < ageLimit
                case 4 -> MissingInputs.of(Ops.lt(input.age(), AGE_LIMIT),
                    MissingInputs.of(input.age(), 1L << 7));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // eligibility, criterion lowGrade: who.grade in {NET_G1, NET_G2}
                case 0 -> ExplainedValues.of("who.grade", PossibleCodes.shown(who.grade("who.grade"), who.gradePossible(), WhoGrading.Grade.values()));
                // eligibility, criterion portalDrainageCleared: portalDrainage and extrahepaticDiseaseCleared
                case 1 -> ExplainedValues.of("extrahepaticDiseaseCleared", input.extrahepaticDiseaseCleared(), "portalDrainage", input.portalDrainage());
                // eligibility, criterion limitedLiverInvolvement: liverInvolvement < liverInvolvementLimit
                case 2 -> ExplainedValues.of("liverInvolvement", input.liverInvolvement(), "liverInvolvementLimit", LIVER_INVOLVEMENT_LIMIT);
                // eligibility, criterion stableDisease: stableDiseaseMonths >= stableDiseaseMinimum
                case 3 -> ExplainedValues.of("stableDiseaseMinimum", STABLE_DISEASE_MINIMUM, "stableDiseaseMonths", input.stableDiseaseMonths());
                // eligibility, relative criterion belowAgeLimit: age < ageLimit
                case 4 -> ExplainedValues.of("age", input.age(), "ageLimit", AGE_LIMIT);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }
    }

    /**
     * Evaluates {@code milan_nen} for patients given as maps (parsed JSON); stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Input input = Input.fromValues(VALIDATOR.validate(patient).valuesOrThrow());
            return MilanNen.evaluate(input).toEvaluationResult();
        }
    }
}
