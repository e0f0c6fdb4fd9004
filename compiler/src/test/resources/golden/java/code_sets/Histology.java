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
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.MissingInputs;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Truth;

/**
 * Histology: the evaluator of guideline {@code histology}, version 1.0.0 (draft).
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Histology.Result result = Histology.evaluate(Histology.Input.builder().site(Histology.Site.PANCREAS).differentiation(Histology.Differentiation.WELL).build());
 * result.family().possible();
 * result.explain(); // the same steps as guidec eval
 * Histology.evaluate(result.input().toBuilder().site(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "histology 1.0.0"
)
public final class Histology {
    /**
     * The guideline's id.
     */
    public static final String ID = "histology";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.code("site", List.of("PANCREAS", "ILEUM", "RECTUM", "OTHER"), "Primary site"),
        InputSpec.code("differentiation", List.of("WELL", "POOR"), "Differentiation"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("site", "differentiation"));

    private static final List<String> OUTCOMES = List.of("family", "surgery");

    private static final Family[] FAMILY_VALUES = Family.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Family>> FAMILY_DECIDED = List.of(
        Decided.of(Family.NET),
        Decided.of(Family.NEC),
        Decided.of(Family.MINEN));

    /**
     * Family
     */
    private static final DecisionTableLogic FAMILY_LOGIC = DecisionTableLogic.firstHit(List.of("NET", "NEC", "MINEN"), INPUT_INDEX, null)
            .rule(1, 0, "NEC", "differentiation = POOR and site != OTHER", null)
            .rule(2, 1, "NET", "differentiation = WELL and site in {PANCREAS, ILEUM}", null)
            .rule(3, 2, "MINEN", "site not in {PANCREAS, ILEUM, RECTUM}", null)
            .otherwise("NET", null)
            .total()
            .build();

    private static final Surgery[] SURGERY_VALUES = Surgery.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Surgery>> SURGERY_DECIDED = List.of(
        Decided.of(Surgery.RESECT),
        Decided.of(Surgery.REFER));

    /**
     * Surgery
     */
    private static final DecisionTableLogic SURGERY_LOGIC = DecisionTableLogic.firstHit(List.of("RESECT", "REFER"), INPUT_INDEX, null)
            .rule(1, 3, "RESECT", "family in {NET, MINEN}", null)
            .rule(2, 4, "REFER", "family = NEC", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Histology() {
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
        if (input.site() == null
                || input.differentiation() == null) {
            return null;
        }
        int family = Evaluation.familyWhenGiven(input);
        if (family < 0) {
            return null;
        }
        int surgery = Evaluation.surgeryWhenGiven(input, FAMILY_VALUES[family]);
        if (surgery < 0) {
            return null;
        }
        return new Result(
                    input,
                    FAMILY_DECIDED.get(family),
                    SURGERY_DECIDED.get(surgery));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.family().isSettled() && result.surgery().isSettled() ? result : refined(result);
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
        Family family = evaluation.family("family");
        Surgery surgery = evaluation.surgery("surgery");
        return new Result(
                    evaluation.input,
                    family == null ? Decided.undetermined(evaluation.familyMissing(), INPUT_INDEX, evaluation.familyPossible(), Family.class) : FAMILY_DECIDED.get(family.ordinal()),
                    surgery == null ? Decided.undetermined(evaluation.surgeryMissing(), INPUT_INDEX, evaluation.surgeryPossible(), Surgery.class) : SURGERY_DECIDED.get(surgery.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("family"), Family.class, INPUT_INDEX),
                            Decided.fromOutcome(exact.outcomes().get("surgery"), Surgery.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Family>) known[0],
                    (Decided<Surgery>) known[1]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.family().toOutcomeResult("family"),
                result.surgery().toOutcomeResult("surgery"));
    }

    /**
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, ?> values) {
        return new Input(
                    Site.ofCode((String) values.get("site")),
                    Differentiation.ofCode((String) values.get("differentiation")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    Site.ofCode((String) checked[0]),
                    Differentiation.ofCode((String) checked[1]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.site != null) {
            values.put("site", input.site.code());
        }
        if (input.differentiation != null) {
            values.put("differentiation", input.differentiation.code());
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
     * Primary site (the codes of input site).
     */
    public enum Site implements CodeValue {
        /**
         * Pancreas
         */
        PANCREAS("PANCREAS", "Pancreas"),

        /**
         * Ileum
         */
        ILEUM("ILEUM", "Ileum"),

        /**
         * Rectum
         */
        RECTUM("RECTUM", "Rectum"),

        /**
         * Other site
         */
        OTHER("OTHER", "Other site");

        private final String code;

        private final String label;

        Site(String code, String label) {
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
        public static Site ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "PANCREAS" -> PANCREAS;
                case "ILEUM" -> ILEUM;
                case "RECTUM" -> RECTUM;
                case "OTHER" -> OTHER;
                default -> throw new IllegalArgumentException("unknown code " + code + " of site; expected one of PANCREAS, ILEUM, RECTUM, OTHER");
            };
        }
    }

    /**
     * Differentiation (the codes of input differentiation).
     */
    public enum Differentiation implements CodeValue {
        /**
         * WELL
         */
        WELL("WELL", "WELL"),

        /**
         * POOR
         */
        POOR("POOR", "POOR");

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
     * Family (the codes of outcome family).
     */
    public enum Family implements CodeValue {
        /**
         * NET
         *
         * <p>Rule 2: differentiation = WELL and site in {PANCREAS, ILEUM}
         *
         * <p>Otherwise.
         */
        NET("NET", "NET"),

        /**
         * NEC
         *
         * <p>Rule 1: differentiation = POOR and site != OTHER
         */
        NEC("NEC", "NEC"),

        /**
         * MINEN
         *
         * <p>Rule 3: site not in {PANCREAS, ILEUM, RECTUM}
         */
        MINEN("MINEN", "MINEN");

        private final String code;

        private final String label;

        Family(String code, String label) {
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
        public static Family ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "NET" -> NET;
                case "NEC" -> NEC;
                case "MINEN" -> MINEN;
                default -> throw new IllegalArgumentException("unknown code " + code + " of family; expected one of NET, NEC, MINEN");
            };
        }
    }

    /**
     * Surgery (the codes of outcome surgery).
     */
    public enum Surgery implements CodeValue {
        /**
         * RESECT
         *
         * <p>Rule 1: family in {NET, MINEN}
         */
        RESECT("RESECT", "RESECT"),

        /**
         * REFER
         *
         * <p>Rule 2: family = NEC
         */
        REFER("REFER", "REFER");

        private final String code;

        private final String label;

        Surgery(String code, String label) {
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
        public static Surgery ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "RESECT" -> RESECT;
                case "REFER" -> REFER;
                default -> throw new IllegalArgumentException("unknown code " + code + " of surgery; expected one of RESECT, REFER");
            };
        }
    }

    /**
     * A patient's values for {@code histology}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param site Primary site; null when missing
     * @param differentiation Differentiation; null when missing
     */
    public record Input(Site site, Differentiation differentiation) {
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
            b.site = site;
            b.differentiation = differentiation;
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
            private Site site;

            private Differentiation differentiation;

            private Builder() {
            }

            /**
             * Sets Primary site (null: missing).
             */
            public Builder site(Site site) {
                this.site = site;
                return this;
            }

            /**
             * Sets Differentiation (null: missing).
             */
            public Builder differentiation(Differentiation differentiation) {
                this.differentiation = differentiation;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(site, differentiation);
            }
        }
    }

    /**
     * The outcomes of {@code histology} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param family Family
     * @param surgery Surgery
     */
    public record Result(Input input, Decided<Family> family, Decided<Surgery> surgery) {
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
            return missingInputs(family, surgery);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code histology} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int family = PENDING;

        private long familyMissing;

        private long familyPossible;

        private int surgery = PENDING;

        private long surgeryMissing;

        private long surgeryPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Family, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Family family(String label) {
            // Without a trace, straight-line code decides (fast); with one, FAMILY_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (family == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                family = familyWhenGiven(input);
                if (family == PENDING) {
                    family = decideFamily();
                }
            } else if (family == PENDING) {
                family = FAMILY_LOGIC.decide(this, label, trace);
                familyMissing = family < 0 ? FAMILY_LOGIC.missing(this) : 0L;
                familyPossible = family < 0 ? FAMILY_LOGIC.possible(this) : 0L;
            }
            return family < 0 ? null : FAMILY_VALUES[family];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code family}, once decided.
         */
        public long familyMissing() {
            return familyMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code family} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long familyPossible() {
            return familyPossible;
        }

        /**
         * Decides {@code family} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int familyWhenGiven(Input input) {
            if (input.differentiation() == null
                    || input.site() == null) {
                return PENDING;
            }
            // rule 1: differentiation = POOR and site != OTHER → NEC
            if (input.differentiation() == Differentiation.POOR && input.site() != Site.OTHER) {
                return 1;
            }
            // rule 2: differentiation = WELL and site in {PANCREAS, ILEUM} → NET
            if (input.differentiation() == Differentiation.WELL && (input.site() == Site.PANCREAS || input.site() == Site.ILEUM)) {
                return 0;
            }
            // rule 3: site not in {PANCREAS, ILEUM, RECTUM} → MINEN
            if (!(input.site() == Site.PANCREAS || input.site() == Site.ILEUM || input.site() == Site.RECTUM)) {
                return 2;
            }
            // no rule held: otherwise NET
            return FAMILY_LOGIC.outcomeOf(1L << 0);
        }

        /**
         * Decides {@code family} as {@link #FAMILY_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code FAMILY_LOGIC} instead.
         */
        private int decideFamily() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: differentiation = POOR and site != OTHER → NEC
            Truth rule1 = Ops.eq(input.differentiation(), Differentiation.POOR).and(Ops.ne(input.site(), Site.OTHER));
            if (rule1 == Truth.TRUE) {
                return familyFrom(candidates | 1L << 1, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.POOR),
                            MissingInputs.of(input.differentiation(), 1L << 1))
                        | MissingInputs.of(Ops.ne(input.site(), Site.OTHER),
                            MissingInputs.of(input.site(), 1L << 0));
            }
            // rule 2: differentiation = WELL and site in {PANCREAS, ILEUM} → NET
            Truth rule2 = Ops.eq(input.differentiation(), Differentiation.WELL).and(Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)));
            if (rule2 == Truth.TRUE) {
                return familyFrom(candidates | 1L << 0, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(Ops.eq(input.differentiation(), Differentiation.WELL),
                            MissingInputs.of(input.differentiation(), 1L << 1))
                        | MissingInputs.of(Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)),
                            MissingInputs.of(input.site(), 1L << 0));
            }
            // rule 3: site not in {PANCREAS, ILEUM, RECTUM} → MINEN
            Truth rule3 = Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)).or(Ops.eq(input.site(), Site.RECTUM)).not();
            if (rule3 == Truth.TRUE) {
                return familyFrom(candidates | 1L << 2, missing);
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= MissingInputs.of(input.site(), 1L << 0);
            }
            // no rule held: otherwise NET
            return familyFrom(candidates | 1L << 0, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int familyFrom(long candidates, long missing) {
            int code = FAMILY_LOGIC.outcomeOf(candidates);
            familyMissing = code < 0 ? missing : 0L;
            familyPossible = code < 0 ? FAMILY_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Surgery, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Surgery surgery(String label) {
            // Without a trace, straight-line code decides (fast); with one, SURGERY_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (surgery == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                surgery = surgeryWhenGiven(input, family("family"));
                if (surgery == PENDING) {
                    surgery = decideSurgery();
                }
            } else if (surgery == PENDING) {
                surgery = SURGERY_LOGIC.decide(this, label, trace);
                surgeryMissing = surgery < 0 ? SURGERY_LOGIC.missing(this) : 0L;
                surgeryPossible = surgery < 0 ? SURGERY_LOGIC.possible(this) : 0L;
            }
            return surgery < 0 ? null : SURGERY_VALUES[surgery];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code surgery}, once decided.
         */
        public long surgeryMissing() {
            return surgeryMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code surgery} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long surgeryPossible() {
            return surgeryPossible;
        }

        /**
         * Decides {@code surgery} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int surgeryWhenGiven(Input input, Family family_) {
            if (family_ == null) {
                return PENDING;
            }
            // rule 1: family in {NET, MINEN} → RESECT
            if ((family_ == Family.NET || family_ == Family.MINEN)) {
                return 0;
            }
            // rule 2: family = NEC → REFER
            if (family_ == Family.NEC) {
                return 1;
            }
            // no rule held: the table has no code
            return SURGERY_LOGIC.outcomeOf(1L << 2);
        }

        /**
         * Decides {@code surgery} as {@link #SURGERY_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code SURGERY_LOGIC} instead.
         */
        private int decideSurgery() {
            // bits over the codes that may result; 1L << 2: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: family in {NET, MINEN} → RESECT
            Truth rule1 = PossibleCodes.in(Truth.FALSE.or(Ops.eq(family("family"), Family.NET)).or(Ops.eq(family("family"), Family.MINEN)), familyPossible(), 5L);
            if (rule1 == Truth.TRUE) {
                return surgeryFrom(candidates | 1L << 0, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= familyMissing();
            }
            // rule 2: family = NEC → REFER
            Truth rule2 = PossibleCodes.in(Ops.eq(family("family"), Family.NEC), familyPossible(), 2L);
            if (rule2 == Truth.TRUE) {
                return surgeryFrom(candidates | 1L << 1, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= familyMissing();
            }
            // no rule held: the table may have no code
            return surgeryFrom(candidates | 1L << 2, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int surgeryFrom(long candidates, long missing) {
            int code = SURGERY_LOGIC.outcomeOf(candidates);
            surgeryMissing = code < 0 ? missing : 0L;
            surgeryPossible = code < 0 ? SURGERY_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            family("family");
            surgery("surgery");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // family, rule 1: differentiation = POOR and site != OTHER → NEC
                case 0 -> Ops.eq(input.differentiation(), Differentiation.POOR).and(Ops.ne(input.site(), Site.OTHER));
                // family, rule 2: differentiation = WELL and site in {PANCREAS, ILEUM} → NET
                case 1 -> Ops.eq(input.differentiation(), Differentiation.WELL).and(Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)));
                // family, rule 3: site not in {PANCREAS, ILEUM, RECTUM} → MINEN
                case 2 -> Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)).or(Ops.eq(input.site(), Site.RECTUM)).not();
                // surgery, rule 1: family in {NET, MINEN} → RESECT
                case 3 -> PossibleCodes.in(Truth.FALSE.or(Ops.eq(family("family"), Family.NET)).or(Ops.eq(family("family"), Family.MINEN)), familyPossible(), 5L);
                // surgery, rule 2: family = NEC → REFER
                case 4 -> PossibleCodes.in(Ops.eq(family("family"), Family.NEC), familyPossible(), 2L);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // family, rule 1: differentiation = POOR and site != OTHER → NEC
                case 0 -> {
                    Truth part1 = Ops.eq(input.differentiation(), Differentiation.POOR);
                    Truth part2 = Ops.ne(input.site(), Site.OTHER);
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.differentiation(), 1L << 1))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(input.site(), 1L << 0)));
                }
                // family, rule 2: differentiation = WELL and site in {PANCREAS, ILEUM} → NET
                case 1 -> {
                    Truth part1 = Ops.eq(input.differentiation(), Differentiation.WELL);
                    Truth part2 = Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM));
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.differentiation(), 1L << 1))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(input.site(), 1L << 0)));
                }
                // family, rule 3: site not in {PANCREAS, ILEUM, RECTUM} → MINEN
                case 2 -> MissingInputs.of(Truth.FALSE.or(Ops.eq(input.site(), Site.PANCREAS)).or(Ops.eq(input.site(), Site.ILEUM)).or(Ops.eq(input.site(), Site.RECTUM)).not(),
                    MissingInputs.of(input.site(), 1L << 0));
                // surgery, rule 1: family in {NET, MINEN} → RESECT
                case 3 -> MissingInputs.of(PossibleCodes.in(Truth.FALSE.or(Ops.eq(family("family"), Family.NET)).or(Ops.eq(family("family"), Family.MINEN)), familyPossible(), 5L),
                    familyMissing());
                // surgery, rule 2: family = NEC → REFER
                case 4 -> MissingInputs.of(PossibleCodes.in(Ops.eq(family("family"), Family.NEC), familyPossible(), 2L),
                    familyMissing());
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // family, rule 1: differentiation = POOR and site != OTHER → NEC
                case 0 -> ExplainedValues.of("differentiation", input.differentiation(), "site", input.site());
                // family, rule 2: differentiation = WELL and site in {PANCREAS, ILEUM} → NET
                case 1 -> ExplainedValues.of("differentiation", input.differentiation(), "site", input.site());
                // family, rule 3: site not in {PANCREAS, ILEUM, RECTUM} → MINEN
                case 2 -> ExplainedValues.of("site", input.site());
                // surgery, rule 1: family in {NET, MINEN} → RESECT
                case 3 -> ExplainedValues.of("family", PossibleCodes.shown(family("family"), familyPossible(), Family.values()));
                // surgery, rule 2: family = NEC → REFER
                case 4 -> ExplainedValues.of("family", PossibleCodes.shown(family("family"), familyPossible(), Family.values()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }
    }

    /**
     * Evaluates {@code histology} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Histology.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.family().toOutcomeResult("family"), result.surgery().toOutcomeResult("surgery")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Histology.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code histology} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {"PANCREAS", "ILEUM", "RECTUM", "OTHER"}, // site
            {"WELL", "POOR"} // differentiation
        },
        new Object[][] {
            null, // site
            null // differentiation
        },
        new Object[][] {
            null, // site
            null // differentiation
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
                case "family" -> List.<Object>of("NET", "NEC", "MINEN");
                case "surgery" -> List.<Object>of("RESECT", "REFER");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "family", "surgery" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "family", "surgery" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Histology.outcomeResults(Histology.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.site() : Site.ofCode((String) completion[0]),
                            completion[1] == null ? given.differentiation() : Differentiation.ofCode((String) completion[1])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.site() == null ? null : input.site().code(),
                            input.differentiation() == null ? null : input.differentiation().code()});
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
                    case "family" -> {
                        Family code = evaluation.family("family");
                        yield code == null ? -1 : code.ordinal();
                    }
                    case "surgery" -> {
                        Surgery code = evaluation.surgery("surgery");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "family" -> {
                        evaluation.family("family");
                        yield evaluation.familyMissing();
                    }
                    case "surgery" -> {
                        evaluation.surgery("surgery");
                        yield evaluation.surgeryMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "family" -> {
                        evaluation.family("family");
                        yield evaluation.familyPossible();
                    }
                    case "surgery" -> {
                        evaluation.surgery("surgery");
                        yield evaluation.surgeryPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
