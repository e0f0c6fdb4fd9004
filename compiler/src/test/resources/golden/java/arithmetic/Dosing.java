package org.guidelang.generated;

import java.math.BigDecimal;
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
import org.guidelang.runtime.Decimals;
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
 * Dosing: the evaluator of guideline {@code dosing}, version 1.0.0 (draft).
 *
 * <p>Sources:
 * <ul>
 *   <li>label: Product label, 2023.
 * </ul>
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Dosing.Result result = Dosing.evaluate(Dosing.Input.builder().weight(150.0).age(0.0).build());
 * result.regimen().possible();
 * result.explain(); // the same steps as guidec eval
 * Dosing.evaluate(result.input().toBuilder().weight(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "dosing 1.0.0"
)
public final class Dosing {
    /**
     * The guideline's id.
     */
    public static final String ID = "dosing";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.decimal("weight", new Range(0.0, false, 300.0, true), "Body weight in kg"),
        InputSpec.quantity("age", Unit.YEARS, new Range(0.0, true, 120.0, true), "Age"),
        InputSpec.quantity("onset", Unit.MONTHS, new Range(0.0, true, Double.POSITIVE_INFINITY, false), "Age at onset, in months"),
        InputSpec.quantity("debulked", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Tumour burden removed"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("weight", "age", "onset", "debulked"));

    /**
     * Parameter {@code doseLimit} = 200.
     *
     * <p>Source: label.
     *
     * <p>In plain numbers.
     */
    public static final double DOSE_LIMIT = 200.0;

    /**
     * Parameter {@code residualLimit} = 90%.
     *
     * <p>Source: label.
     *
     * <p>In %.
     */
    public static final double RESIDUAL_LIMIT = 90.0;

    private static final List<String> OUTCOMES = List.of("regimen");

    private static final Regimen[] REGIMEN_VALUES = Regimen.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Regimen>> REGIMEN_DECIDED = List.of(
        Decided.of(Regimen.FULL),
        Decided.of(Regimen.REDUCED),
        Decided.of(Regimen.NONE));

    /**
     * Regimen
     */
    private static final DecisionTableLogic REGIMEN_LOGIC = DecisionTableLogic.firstHit(List.of("FULL", "REDUCED", "NONE"), INPUT_INDEX, null)
            .rule(1, 0, "NONE", "dose > doseLimit or -residual < -residualLimit", null)
            .rule(2, 1, "REDUCED", "share > 0.5 and dose / 2 >= 40", null)
            .otherwise("FULL", null)
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Dosing() {
    }

    /**
     * Decides every outcome for one patient: determined exactly when every completion of the missing inputs gives it one value, else with the values it can still take and the missing inputs that decide between them. Thread-safe; the explanation is built only when {@link Result#explain()} asks for it.
     */
    public static Result evaluate(Input input) {
        return resultOf(new Evaluation(input, null));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.regimen().isSettled() ? result : refined(result);
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
        Regimen regimen = evaluation.regimen("regimen");
        return new Result(
                    evaluation.input,
                    regimen == null ? Decided.undetermined(evaluation.regimenMissing(), INPUT_INDEX, evaluation.regimenPossible(), Regimen.class) : REGIMEN_DECIDED.get(regimen.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("regimen"), Regimen.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Regimen>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.regimen().toOutcomeResult("regimen"));
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
                    InputValues.decimal(values.get("weight")),
                    InputValues.decimal(values.get("age")),
                    InputValues.decimal(values.get("onset")),
                    InputValues.decimal(values.get("debulked")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.decimal(checked[0]),
                    InputValues.decimal(checked[1]),
                    InputValues.decimal(checked[2]),
                    InputValues.decimal(checked[3]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.weight != null) {
            values.put("weight", input.weight);
        }
        if (input.age != null) {
            values.put("age", input.age);
        }
        if (input.onset != null) {
            values.put("onset", input.onset);
        }
        if (input.debulked != null) {
            values.put("debulked", input.debulked);
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
     * Regimen (the codes of outcome regimen).
     */
    public enum Regimen implements CodeValue {
        /**
         * FULL
         *
         * <p>Otherwise.
         */
        FULL("FULL", "FULL"),

        /**
         * REDUCED
         *
         * <p>Rule 2: share &gt; 0.5 and dose / 2 &gt;= 40
         */
        REDUCED("REDUCED", "REDUCED"),

        /**
         * NONE
         *
         * <p>Rule 1: dose &gt; doseLimit or -residual &lt; -residualLimit
         */
        NONE("NONE", "NONE");

        private final String code;

        private final String label;

        Regimen(String code, String label) {
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
        public static Regimen ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "FULL" -> FULL;
                case "REDUCED" -> REDUCED;
                case "NONE" -> NONE;
                default -> throw new IllegalArgumentException("unknown code " + code + " of regimen; expected one of FULL, REDUCED, NONE");
            };
        }
    }

    /**
     * A patient's values for {@code dosing}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param weight Body weight in kg, in (0, 300]; null when missing
     * @param age Age, in years, in [0, 120]; null when missing
     * @param onset Age at onset, in months, in months, in [0, *); null when missing
     * @param debulked Tumour burden removed, in %, in [0, 100]; null when missing
     */
    public record Input(Double weight, Double age, Double onset, Double debulked) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (weight != null && !(weight > 0.0 && weight <= 300.0)) {
                requireValid(0, weight);
            }
            if (age != null && !(age >= 0.0 && age <= 120.0)) {
                requireValid(1, age);
            }
            if (onset != null && !(onset >= 0.0 && onset <= 1.7976931348623157E308)) {
                requireValid(2, onset);
            }
            if (debulked != null && !(debulked >= 0.0 && debulked <= 100.0)) {
                requireValid(3, debulked);
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
            b.weight = weight;
            b.age = age;
            b.onset = onset;
            b.debulked = debulked;
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
            private Double weight;

            private Double age;

            private Double onset;

            private Double debulked;

            private Builder() {
            }

            /**
             * Sets Body weight in kg.
             */
            public Builder weight(double weight) {
                this.weight = weight;
                return this;
            }

            /**
             * Sets Body weight in kg (null: missing).
             */
            public Builder weight(Double weight) {
                this.weight = weight;
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
             * Sets Age at onset, in months, in months.
             */
            public Builder onset(double onset) {
                this.onset = onset;
                return this;
            }

            /**
             * Sets Age at onset, in months, in months (null: missing).
             */
            public Builder onset(Double onset) {
                this.onset = onset;
                return this;
            }

            /**
             * Sets Tumour burden removed, in %.
             */
            public Builder debulked(double debulked) {
                this.debulked = debulked;
                return this;
            }

            /**
             * Sets Tumour burden removed, in % (null: missing).
             */
            public Builder debulked(Double debulked) {
                this.debulked = debulked;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(weight, age, onset, debulked);
            }
        }
    }

    /**
     * The outcomes of {@code dosing} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param regimen Regimen
     */
    public record Result(Input input, Decided<Regimen> regimen) {
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
            return missingInputs(regimen);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code dosing} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int regimen = PENDING;

        private long regimenMissing;

        private long regimenPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Regimen, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Regimen regimen(String label) {
            // Without a trace, straight-line code decides (fast); with one, REGIMEN_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (regimen == PENDING && trace == null) {
                regimen = decideRegimen();
            } else if (regimen == PENDING) {
                regimen = REGIMEN_LOGIC.decide(this, label, trace);
                regimenMissing = regimen < 0 ? REGIMEN_LOGIC.missing(this) : 0L;
                regimenPossible = regimen < 0 ? REGIMEN_LOGIC.possible(this) : 0L;
            }
            return regimen < 0 ? null : REGIMEN_VALUES[regimen];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code regimen}, once decided.
         */
        public long regimenMissing() {
            return regimenMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code regimen} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long regimenPossible() {
            return regimenPossible;
        }

        /**
         * Decides {@code regimen} as {@link #REGIMEN_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code REGIMEN_LOGIC} instead.
         */
        private int decideRegimen() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: dose > doseLimit or -residual < -residualLimit → NONE
            Truth rule1 = Decimals.gt(dose(), Decimals.of(DOSE_LIMIT)).or(Decimals.lt(Decimals.neg(residual()), Decimals.of(Ops.neg(RESIDUAL_LIMIT))));
            if (rule1 == Truth.TRUE) {
                return regimenFrom(candidates | 1L << 2, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                BigDecimal part1 = Decimals.neg(residual());
                missing |= MissingInputs.of(Decimals.gt(dose(), Decimals.of(DOSE_LIMIT)),
                            doseMissing())
                        | MissingInputs.of(Decimals.lt(part1, Decimals.of(Ops.neg(RESIDUAL_LIMIT))),
                            MissingInputs.of(part1,
                                residualMissing()));
            }
            // rule 2: share > 0.5 and dose / 2 >= 40 → REDUCED
            Truth rule2 = Decimals.gt(share(), new BigDecimal("0.5")).and(Decimals.ge(Decimals.div(dose(), new BigDecimal("2")), new BigDecimal("40")));
            if (rule2 == Truth.TRUE) {
                return regimenFrom(candidates | 1L << 1, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                BigDecimal part1 = Decimals.div(dose(), new BigDecimal("2"));
                missing |= MissingInputs.of(Decimals.gt(share(), new BigDecimal("0.5")),
                            shareMissing())
                        | MissingInputs.of(Decimals.ge(part1, new BigDecimal("40")),
                            MissingInputs.of(part1,
                                doseMissing()));
            }
            // no rule held: otherwise FULL
            return regimenFrom(candidates | 1L << 0, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int regimenFrom(long candidates, long missing) {
            int code = REGIMEN_LOGIC.outcomeOf(candidates);
            regimenMissing = code < 0 ? missing : 0L;
            regimenPossible = code < 0 ? REGIMEN_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * dose: Dose by weight
         */
        private BigDecimal dose() {
            return Decimals.add(Decimals.mul(Decimals.of(InputValues.number(input.weight())), new BigDecimal("2")), new BigDecimal("10"));
        }

        private long doseMissing() {
            BigDecimal part1 = Decimals.mul(Decimals.of(InputValues.number(input.weight())), new BigDecimal("2"));
            return MissingInputs.of(Decimals.add(part1, new BigDecimal("10")),
                        MissingInputs.of(part1,
                            MissingInputs.of(InputValues.number(input.weight()), 1L << 0)));
        }

        /**
         * residual: Burden left after debulking
         */
        private BigDecimal residual() {
            return Decimals.sub(new BigDecimal("100"), Decimals.of(InputValues.number(input.debulked())));
        }

        private long residualMissing() {
            return MissingInputs.of(Decimals.sub(new BigDecimal("100"), Decimals.of(InputValues.number(input.debulked()))),
                        MissingInputs.of(InputValues.number(input.debulked()), 1L << 3));
        }

        /**
         * share: Onset as a share of age
         */
        private BigDecimal share() {
            return Decimals.div(Unit.MONTHS.toTicks(Decimals.of(InputValues.number(input.onset()))), Unit.YEARS.toTicks(Decimals.of(InputValues.number(input.age()))));
        }

        private long shareMissing() {
            return MissingInputs.of(Decimals.div(Unit.MONTHS.toTicks(Decimals.of(InputValues.number(input.onset()))), Unit.YEARS.toTicks(Decimals.of(InputValues.number(input.age())))),
                        MissingInputs.of(InputValues.number(input.onset()), 1L << 2)
                        | MissingInputs.of(InputValues.number(input.age()), 1L << 1));
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            regimen("regimen");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // regimen, rule 1: dose > doseLimit or -residual < -residualLimit → NONE
                case 0 -> Decimals.gt(dose(), Decimals.of(DOSE_LIMIT)).or(Decimals.lt(Decimals.neg(residual()), Decimals.of(Ops.neg(RESIDUAL_LIMIT))));
                // regimen, rule 2: share > 0.5 and dose / 2 >= 40 → REDUCED
                case 1 -> Decimals.gt(share(), new BigDecimal("0.5")).and(Decimals.ge(Decimals.div(dose(), new BigDecimal("2")), new BigDecimal("40")));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // regimen, rule 1: dose > doseLimit or -residual < -residualLimit → NONE
                case 0 -> {
                    Truth part1 = Decimals.gt(dose(), Decimals.of(DOSE_LIMIT));
                    BigDecimal part2 = Decimals.neg(residual());
                    Truth part3 = Decimals.lt(part2, Decimals.of(Ops.neg(RESIDUAL_LIMIT)));
                    yield MissingInputs.of(part1.or(part3),
                                MissingInputs.of(part1,
                                    doseMissing())
                                | MissingInputs.of(part3,
                                    MissingInputs.of(part2,
                                        residualMissing())));
                }
                // regimen, rule 2: share > 0.5 and dose / 2 >= 40 → REDUCED
                case 1 -> {
                    Truth part1 = Decimals.gt(share(), new BigDecimal("0.5"));
                    BigDecimal part2 = Decimals.div(dose(), new BigDecimal("2"));
                    Truth part3 = Decimals.ge(part2, new BigDecimal("40"));
                    yield MissingInputs.of(part1.and(part3),
                                MissingInputs.of(part1,
                                    shareMissing())
                                | MissingInputs.of(part3,
                                    MissingInputs.of(part2,
                                        doseMissing())));
                }
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // regimen, rule 1: dose > doseLimit or -residual < -residualLimit → NONE
                case 0 -> ExplainedValues.of("debulked", InputValues.number(input.debulked()), "doseLimit", DOSE_LIMIT, "residualLimit", RESIDUAL_LIMIT, "weight", InputValues.number(input.weight()));
                // regimen, rule 2: share > 0.5 and dose / 2 >= 40 → REDUCED
                case 1 -> ExplainedValues.of("age", InputValues.number(input.age()), "onset", InputValues.number(input.onset()), "weight", InputValues.number(input.weight()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Unit unit(String name) {
            return switch (name) {
                case "debulked", "residualLimit" -> Unit.PERCENT;
                case "onset" -> Unit.MONTHS;
                case "age" -> Unit.YEARS;
                default -> Unit.NONE;
            };
        }
    }

    /**
     * Evaluates {@code dosing} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Dosing.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.regimen().toOutcomeResult("regimen")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Dosing.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code dosing} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            null, // weight
            null, // age
            null, // onset
            null // debulked
        },
        new Object[][] {
            null, // weight
            null, // age
            null, // onset
            null // debulked
        },
        new Object[][] {
            null, // weight
            null, // age
            null, // onset
            null // debulked
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
                case "regimen" -> List.<Object>of("FULL", "REDUCED", "NONE");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "regimen" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "regimen" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Dosing.outcomeResults(Dosing.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.weight() : InputValues.decimal(completion[0]),
                            completion[1] == null ? given.age() : InputValues.decimal(completion[1]),
                            completion[2] == null ? given.onset() : InputValues.decimal(completion[2]),
                            completion[3] == null ? given.debulked() : InputValues.decimal(completion[3])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.weight(),
                            input.age(),
                            input.onset(),
                            input.debulked()});
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
                    case "regimen" -> {
                        Regimen code = evaluation.regimen("regimen");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "regimen" -> {
                        evaluation.regimen("regimen");
                        yield evaluation.regimenMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "regimen" -> {
                        evaluation.regimen("regimen");
                        yield evaluation.regimenPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
