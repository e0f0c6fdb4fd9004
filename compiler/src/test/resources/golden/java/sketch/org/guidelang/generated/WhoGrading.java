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
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.DecisionTableLogic;
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
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * WHO grading of gastroenteropancreatic neuroendocrine neoplasms: the evaluator of guideline {@code who_grading}, version 2019.1.0 (active).
 *
 * <p>Authors: GuideLang NEN working group. Committee: GEP-NEN surgical criteria committee. Issued 2025-06-01. Updated 2025-09-15.
 *
 * <p>Grades a GEP-NEN as NET G1, NET G2, NET G3 or NEC G3 from its differentiation, its Ki-67 index and its mitotic count, following Table 1 of the review by Que et al., which reproduces the WHO 2019 classification. When the two indices disagree, the higher one decides the grade. Reading chosen for the gap in Table 1: the table defines NEC G3 only for poorly differentiated tumours with Ki-67 &gt; 20% or more than 20 mitoses per 2 mm², and leaves poorly differentiated tumours with lower indices unclassified. In WHO 2019, neuroendocrine carcinomas are poorly differentiated and high grade by definition, whatever their Ki-67 index, so this guideline grades every poorly differentiated tumour as NEC G3 (the last rule of the table).
 *
 * <p>Sources:
 * <ul>
 *   <li>que2022: Que QY, Zhang LC, Bao JQ, Ling SB, Xu X. Role of surgical treatments in high-grade or advanced gastroenteropancreatic neuroendocrine neoplasms. World J Gastrointest Surg 2022;14(5):397-408. doi:10.4240/wjgs.v14.i5.397
 *   <li>who2019: WHO Classification of Tumours Editorial Board. Digestive System Tumours. WHO Classification of Tumours, 5th edition, volume 1. Lyon: International Agency for Research on Cancer; 2019.
 *   <li>nagtegaal2020: Nagtegaal ID, Odze RD, Klimstra D, et al. The 2019 WHO classification of tumours of the digestive system. Histopathology 2020;76(2):182-188. doi:10.1111/his.13975
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * WhoGrading.Result result = WhoGrading.evaluate(WhoGrading.Input.builder().differentiation(WhoGrading.Differentiation.WELL).ki67(0.0).build());
 * result.grade().isDetermined();
 * result.explain(); // the same steps as guidec eval
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "who_grading 2019.1.0"
)
public final class WhoGrading {
    /**
     * The guideline's id.
     */
    public static final String ID = "who_grading";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "2019.1.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.code("differentiation", List.of("WELL", "POOR"), "Histological differentiation"),
        InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 proliferation index"),
        InputSpec.quantity("mitoticCount", Unit.COUNT, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Mitotic count per 2 mm²"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("differentiation", "ki67", "mitoticCount"));

    private static final List<String> OUTCOMES = List.of("grade");

    private static final Grade[] GRADE_VALUES = Grade.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Grade>> GRADE_DECIDED = List.of(
        Decided.of(Grade.NET_G1),
        Decided.of(Grade.NET_G2),
        Decided.of(Grade.NET_G3),
        Decided.of(Grade.NEC_G3));

    /**
     * WHO 2019 grade (que2022, Table 1; who2019)
     */
    private static final DecisionTableLogic GRADE_LOGIC = DecisionTableLogic.firstHit(List.of("NET_G1", "NET_G2", "NET_G3", "NEC_G3"), INPUT_INDEX, "que2022, Table 1; who2019")
            .rule(1, 0, "NEC_G3", "differentiation = POOR and highProliferation", "que2022, Table 1; who2019")
            .rule(2, 1, "NET_G3", "differentiation = WELL and highProliferation", "que2022, Table 1; who2019")
            .rule(3, 2, "NET_G2", "differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20])", "que2022, Table 1; who2019")
            .rule(4, 3, "NET_G1", "differentiation = WELL and ki67 < 3% and mitoticCount < 2", "que2022, Table 1; who2019")
            .rule(5, 4, "NEC_G3", "differentiation = POOR", "who2019, Classification of neuroendocrine neoplasms of the digestive system; nagtegaal2020")
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private WhoGrading() {
    }

    /**
     * Decides every outcome for one patient. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     */
    public static Result evaluate(Input input) {
        Evaluation evaluation = new Evaluation(input, null);
        Grade grade = evaluation.grade("grade");
        return new Result(
                    input,
                    grade == null ? Decided.undetermined(evaluation.gradeMissing(), INPUT_INDEX) : GRADE_DECIDED.get(grade.ordinal()));
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
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, Object> values) {
        return new Input(
                    Differentiation.ofCode((String) values.get("differentiation")),
                    Ops.number(values.get("ki67")),
                    Ops.number(values.get("mitoticCount")));
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
        return EvaluationResult.of(ID, VERSION, List.of(result.grade().toOutcomeResult("grade")), result.explain());
    }

    /**
     * Histological differentiation (the codes of input differentiation).
     */
    public enum Differentiation implements CodeValue {
        /**
         * Well differentiated
         */
        WELL("WELL", "Well differentiated"),

        /**
         * Poorly differentiated
         */
        POOR("POOR", "Poorly differentiated");

        private final String code;

        private final String label;

        Differentiation(String code, String label) {
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
        public static Differentiation ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "WELL" -> WELL;
                case "POOR" -> POOR;
                default -> throw new IllegalArgumentException("unknown code " + code + " of differentiation; expected one of WELL, POOR");
            };
        }
    }

    /**
     * WHO 2019 grade (the codes of outcome grade). Source: que2022, Table 1; who2019.
     */
    public enum Grade implements CodeValue {
        /**
         * NET, G1: well differentiated, low grade
         *
         * <p>Rule 4: differentiation = WELL and ki67 &lt; 3% and mitoticCount &lt; 2
         */
        NET_G1("NET_G1", "NET, G1: well differentiated, low grade"),

        /**
         * NET, G2: well differentiated, intermediate grade
         *
         * <p>Rule 3: differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20])
         */
        NET_G2("NET_G2", "NET, G2: well differentiated, intermediate grade"),

        /**
         * NET, G3: well differentiated, high grade
         *
         * <p>Rule 2: differentiation = WELL and highProliferation
         */
        NET_G3("NET_G3", "NET, G3: well differentiated, high grade"),

        /**
         * NEC, G3: poorly differentiated, high grade
         *
         * <p>Rule 1: differentiation = POOR and highProliferation
         *
         * <p>Rule 5: differentiation = POOR (who2019, Classification of neuroendocrine neoplasms of the digestive system; nagtegaal2020)
         */
        NEC_G3("NEC_G3", "NEC, G3: poorly differentiated, high grade");

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
                case "NET_G1" -> NET_G1;
                case "NET_G2" -> NET_G2;
                case "NET_G3" -> NET_G3;
                case "NEC_G3" -> NEC_G3;
                default -> throw new IllegalArgumentException("unknown code " + code + " of grade; expected one of NET_G1, NET_G2, NET_G3, NEC_G3");
            };
        }
    }

    /**
     * A patient's values for {@code who_grading}. Every value may be missing; build one with {@link #builder()}.
     *
     * @param differentiation Histological differentiation; null when missing
     * @param ki67 Ki-67 proliferation index, in %, in [0, 100]; NaN when missing
     * @param mitoticCount Mitotic count per 2 mm², in count per 2 mm², in [0, *); NaN when missing
     */
    public record Input(Differentiation differentiation, double ki67, double mitoticCount) {
        /**
         * Checks every number against its declared range.
         *
         * @throws IllegalArgumentException for a number out of range, or not whole where it must be
         */
        public Input {
            requireValid(1, ki67);
            requireValid(2, mitoticCount);
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
            private Differentiation differentiation;

            private double ki67 = missingNumber();

            private double mitoticCount = missingNumber();

            private Builder() {
            }

            /**
             * Sets Histological differentiation (null: missing).
             */
            public Builder differentiation(Differentiation differentiation) {
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
             * The input.
             *
             * @throws IllegalArgumentException for a number out of its range
             */
            public Input build() {
                return new Input(differentiation, ki67, mitoticCount);
            }
        }
    }

    /**
     * The outcomes of {@code who_grading} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param grade WHO 2019 grade (que2022, Table 1; who2019)
     */
    public record Result(Input input, Decided<Grade> grade) {
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
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code who_grading} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
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
         * WHO 2019 grade, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Grade grade(String label) {
            if (grade == PENDING && trace == null) {
                grade = decideGrade();
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
         * Decides {@code grade} as {@link #GRADE_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown.
         */
        private int decideGrade() {
            // bits over the codes that may result; 1L << 4: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: differentiation = POOR and highProliferation → NEC_G3
            Truth rule1 = Ops.eq(input.differentiation(), Differentiation.POOR).and(highProliferation());
            if (rule1 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 3, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 3;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.POOR),
                            MissingInputs.of(input.differentiation(), 1L << 0))
                        | highProliferationMissing();
            }
            // rule 2: differentiation = WELL and highProliferation → NET_G3
            Truth rule2 = Ops.eq(input.differentiation(), Differentiation.WELL).and(highProliferation());
            if (rule2 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 2, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                            MissingInputs.of(input.differentiation(), 1L << 0))
                        | highProliferationMissing();
            }
            // rule 3: differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20]) → NET_G2
            Truth rule3 = Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.in(input.ki67(), 3.0, true, 20.0, true).or(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true)));
            if (rule3 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 1, missing);
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                            MissingInputs.of(input.differentiation(), 1L << 0))
                        | MissingInputs.of(Ops.in(input.ki67(), 3.0, true, 20.0, true).or(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true)),
                            MissingInputs.of(Ops.in(input.ki67(), 3.0, true, 20.0, true),
                                MissingInputs.of(input.ki67(), 1L << 1))
                            | MissingInputs.of(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true),
                                MissingInputs.of(input.mitoticCount(), 1L << 2)));
            }
            // rule 4: differentiation = WELL and ki67 < 3% and mitoticCount < 2 → NET_G1
            Truth rule4 = Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.lt(input.ki67(), 3.0)).and(Ops.lt(input.mitoticCount(), 2.0));
            if (rule4 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 0, missing);
            } else if (rule4 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.lt(input.ki67(), 3.0)),
                            MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                                MissingInputs.of(input.differentiation(), 1L << 0))
                            | MissingInputs.of(Ops.lt(input.ki67(), 3.0),
                                MissingInputs.of(input.ki67(), 1L << 1)))
                        | MissingInputs.of(Ops.lt(input.mitoticCount(), 2.0),
                            MissingInputs.of(input.mitoticCount(), 1L << 2));
            }
            // rule 5: differentiation = POOR → NEC_G3
            Truth rule5 = Ops.eq(input.differentiation(), Differentiation.POOR);
            if (rule5 == Truth.TRUE) {
                return gradeFrom(candidates | 1L << 3, missing);
            } else if (rule5 == Truth.UNKNOWN) {
                candidates |= 1L << 3;
                missing |= MissingInputs.of(input.differentiation(), 1L << 0);
            }
            // no rule held: the table may have no code
            return gradeFrom(candidates | 1L << 4, missing);
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
         * highProliferation: Ki-67 above 20% or more than 20 mitoses per 2 mm²
         */
        private Truth highProliferation() {
            return Ops.gt(input.ki67(), 20.0).or(Ops.gt(input.mitoticCount(), 20.0));
        }

        private long highProliferationMissing() {
            return MissingInputs.of(Ops.gt(input.ki67(), 20.0).or(Ops.gt(input.mitoticCount(), 20.0)),
                        MissingInputs.of(Ops.gt(input.ki67(), 20.0),
                            MissingInputs.of(input.ki67(), 1L << 1))
                        | MissingInputs.of(Ops.gt(input.mitoticCount(), 20.0),
                            MissingInputs.of(input.mitoticCount(), 1L << 2)));
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
                // grade, rule 1: differentiation = POOR and highProliferation → NEC_G3
                case 0 -> Ops.eq(input.differentiation(), Differentiation.POOR).and(highProliferation());
                // grade, rule 2: differentiation = WELL and highProliferation → NET_G3
                case 1 -> Ops.eq(input.differentiation(), Differentiation.WELL).and(highProliferation());
                // grade, rule 3: differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20]) → NET_G2
                case 2 -> Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.in(input.ki67(), 3.0, true, 20.0, true).or(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true)));
                // grade, rule 4: differentiation = WELL and ki67 < 3% and mitoticCount < 2 → NET_G1
                case 3 -> Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.lt(input.ki67(), 3.0)).and(Ops.lt(input.mitoticCount(), 2.0));
                // grade, rule 5: differentiation = POOR → NEC_G3
                case 4 -> Ops.eq(input.differentiation(), Differentiation.POOR);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // grade, rule 1: differentiation = POOR and highProliferation → NEC_G3
                case 0 -> MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.POOR).and(highProliferation()),
                    MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.POOR),
                        MissingInputs.of(input.differentiation(), 1L << 0))
                    | highProliferationMissing());
                // grade, rule 2: differentiation = WELL and highProliferation → NET_G3
                case 1 -> MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL).and(highProliferation()),
                    MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                        MissingInputs.of(input.differentiation(), 1L << 0))
                    | highProliferationMissing());
                // grade, rule 3: differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20]) → NET_G2
                case 2 -> MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.in(input.ki67(), 3.0, true, 20.0, true).or(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true))),
                    MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                        MissingInputs.of(input.differentiation(), 1L << 0))
                    | MissingInputs.of(Ops.in(input.ki67(), 3.0, true, 20.0, true).or(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true)),
                        MissingInputs.of(Ops.in(input.ki67(), 3.0, true, 20.0, true),
                            MissingInputs.of(input.ki67(), 1L << 1))
                        | MissingInputs.of(Ops.in(input.mitoticCount(), 2.0, true, 20.0, true),
                            MissingInputs.of(input.mitoticCount(), 1L << 2))));
                // grade, rule 4: differentiation = WELL and ki67 < 3% and mitoticCount < 2 → NET_G1
                case 3 -> MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.lt(input.ki67(), 3.0)).and(Ops.lt(input.mitoticCount(), 2.0)),
                    MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL).and(Ops.lt(input.ki67(), 3.0)),
                        MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                            MissingInputs.of(input.differentiation(), 1L << 0))
                        | MissingInputs.of(Ops.lt(input.ki67(), 3.0),
                            MissingInputs.of(input.ki67(), 1L << 1)))
                    | MissingInputs.of(Ops.lt(input.mitoticCount(), 2.0),
                        MissingInputs.of(input.mitoticCount(), 1L << 2)));
                // grade, rule 5: differentiation = POOR → NEC_G3
                case 4 -> MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.POOR),
                    MissingInputs.of(input.differentiation(), 1L << 0));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // grade, rule 1: differentiation = POOR and highProliferation → NEC_G3
                case 0 -> ExplainedValues.of("differentiation", input.differentiation(), "ki67", input.ki67(), "mitoticCount", input.mitoticCount());
                // grade, rule 2: differentiation = WELL and highProliferation → NET_G3
                case 1 -> ExplainedValues.of("differentiation", input.differentiation(), "ki67", input.ki67(), "mitoticCount", input.mitoticCount());
                // grade, rule 3: differentiation = WELL and (ki67 in [3%, 20%] or mitoticCount in [2, 20]) → NET_G2
                case 2 -> ExplainedValues.of("differentiation", input.differentiation(), "ki67", input.ki67(), "mitoticCount", input.mitoticCount());
                // grade, rule 4: differentiation = WELL and ki67 < 3% and mitoticCount < 2 → NET_G1
                case 3 -> ExplainedValues.of("differentiation", input.differentiation(), "ki67", input.ki67(), "mitoticCount", input.mitoticCount());
                // grade, rule 5: differentiation = POOR → NEC_G3
                case 4 -> ExplainedValues.of("differentiation", input.differentiation());
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }
    }

    /**
     * Evaluates {@code who_grading} for patients given as maps (parsed JSON); stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            return WhoGrading.evaluate(input).toEvaluationResult();
        }
    }
}
