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
 * Intake: the evaluator of guideline {@code intake}, version 1.0.0 (draft).
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Intake.Result result = Intake.evaluate(Intake.Input.builder().biopsy(true).ki67(0.0).build());
 * result.next().possible();
 * result.explain(); // the same steps as guidec eval
 * Intake.evaluate(result.input().toBuilder().biopsy(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "intake 1.0.0"
)
public final class Intake {
    /**
     * The guideline's id.
     */
    public static final String ID = "intake";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.bool("biopsy", "Biopsy done"),
        InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 index"),
        InputSpec.code("histology", List.of("NET", "NEC"), "Histology"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("biopsy", "ki67", "histology"));

    private static final List<String> OUTCOMES = List.of("next");

    private static final Next[] NEXT_VALUES = Next.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Next>> NEXT_DECIDED = List.of(
        Decided.of(Next.BIOPSY),
        Decided.of(Next.GRADE),
        Decided.of(Next.TREAT));

    /**
     * Next step
     */
    private static final DecisionTableLogic NEXT_LOGIC = DecisionTableLogic.firstHit(List.of("BIOPSY", "GRADE", "TREAT"), INPUT_INDEX, null)
            .rule(1, 0, "BIOPSY", "biopsy is missing or not biopsy", null)
            .rule(2, 1, "TREAT", "ki67 is not missing and histology is known", null)
            .rule(3, 2, "GRADE", "ki67 is missing or histology = NET", null)
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Intake() {
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
        if (input.biopsy() == null
                || input.ki67() == null
                || input.histology() == null) {
            return null;
        }
        int next = Evaluation.nextWhenGiven(input);
        if (next < 0) {
            return null;
        }
        return new Result(
                    input,
                    NEXT_DECIDED.get(next));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.next().isSettled() ? result : refined(result);
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
        Next next = evaluation.next("next");
        return new Result(
                    evaluation.input,
                    next == null ? Decided.undetermined(evaluation.nextMissing(), INPUT_INDEX, evaluation.nextPossible(), Next.class) : NEXT_DECIDED.get(next.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("next"), Next.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Next>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.next().toOutcomeResult("next"));
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
                    InputValues.bool(values.get("biopsy")),
                    InputValues.decimal(values.get("ki67")),
                    Histology.ofCode((String) values.get("histology")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.bool(checked[0]),
                    InputValues.decimal(checked[1]),
                    Histology.ofCode((String) checked[2]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.biopsy != null) {
            values.put("biopsy", input.biopsy);
        }
        if (input.ki67 != null) {
            values.put("ki67", input.ki67);
        }
        if (input.histology != null) {
            values.put("histology", input.histology.code());
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
     * Histology (the codes of input histology).
     */
    public enum Histology implements CodeValue {
        /**
         * NET
         */
        NET("NET", "NET"),

        /**
         * NEC
         */
        NEC("NEC", "NEC");

        private final String code;

        private final String label;

        Histology(String code, String label) {
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
        public static Histology ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "NET" -> NET;
                case "NEC" -> NEC;
                default -> throw new IllegalArgumentException("unknown code " + code + " of histology; expected one of NET, NEC");
            };
        }
    }

    /**
     * Next step (the codes of outcome next).
     */
    public enum Next implements CodeValue {
        /**
         * BIOPSY
         *
         * <p>Rule 1: biopsy is missing or not biopsy
         */
        BIOPSY("BIOPSY", "BIOPSY"),

        /**
         * GRADE
         *
         * <p>Rule 3: ki67 is missing or histology = NET
         */
        GRADE("GRADE", "GRADE"),

        /**
         * TREAT
         *
         * <p>Rule 2: ki67 is not missing and histology is known
         */
        TREAT("TREAT", "TREAT");

        private final String code;

        private final String label;

        Next(String code, String label) {
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
        public static Next ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "BIOPSY" -> BIOPSY;
                case "GRADE" -> GRADE;
                case "TREAT" -> TREAT;
                default -> throw new IllegalArgumentException("unknown code " + code + " of next; expected one of BIOPSY, GRADE, TREAT");
            };
        }
    }

    /**
     * A patient's values for {@code intake}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param biopsy Biopsy done; null when missing
     * @param ki67 Ki-67 index, in %, in [0, 100]; null when missing
     * @param histology Histology; null when missing
     */
    public record Input(Boolean biopsy, Double ki67, Histology histology) {
        /**
         * Checks every number against its declaration.
         *
         * @throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction where a whole number is declared; its message, and its cause (an {@code InvalidInputException}), name the input and the fix
         */
        public Input {
            if (ki67 != null && !(ki67 >= 0.0 && ki67 <= 100.0)) {
                requireValid(1, ki67);
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
            b.biopsy = biopsy;
            b.ki67 = ki67;
            b.histology = histology;
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
            private Boolean biopsy;

            private Double ki67;

            private Histology histology;

            private Builder() {
            }

            /**
             * Sets Biopsy done.
             */
            public Builder biopsy(boolean biopsy) {
                this.biopsy = biopsy;
                return this;
            }

            /**
             * Sets Biopsy done (null: missing).
             */
            public Builder biopsy(Boolean biopsy) {
                this.biopsy = biopsy;
                return this;
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
             * Sets Histology (null: missing).
             */
            public Builder histology(Histology histology) {
                this.histology = histology;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(biopsy, ki67, histology);
            }
        }
    }

    /**
     * The outcomes of {@code intake} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param next Next step
     */
    public record Result(Input input, Decided<Next> next) {
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
            return missingInputs(next);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code intake} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int next = PENDING;

        private long nextMissing;

        private long nextPossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Next step, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Next next(String label) {
            // Without a trace, straight-line code decides (fast); with one, NEXT_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (next == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                next = nextWhenGiven(input);
                if (next == PENDING) {
                    next = decideNext();
                }
            } else if (next == PENDING) {
                next = NEXT_LOGIC.decide(this, label, trace);
                nextMissing = next < 0 ? NEXT_LOGIC.missing(this) : 0L;
                nextPossible = next < 0 ? NEXT_LOGIC.possible(this) : 0L;
            }
            return next < 0 ? null : NEXT_VALUES[next];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code next}, once decided.
         */
        public long nextMissing() {
            return nextMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code next} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long nextPossible() {
            return nextPossible;
        }

        /**
         * Decides {@code next} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int nextWhenGiven(Input input) {
            if (input.biopsy() == null
                    || input.ki67() == null
                    || input.histology() == null) {
                return PENDING;
            }
            // rule 1: biopsy is missing or not biopsy → BIOPSY
            if (!(input.biopsy().booleanValue())) {
                return 0;
            }
            // rule 2: ki67 is not missing and histology is known → TREAT
            if (true) {
                return 2;
            }
            // rule 3: ki67 is missing or histology = NET → GRADE
            if (input.histology() == Histology.NET) {
                return 1;
            }
            // no rule held: the table has no code
            return NEXT_LOGIC.outcomeOf(1L << 3);
        }

        /**
         * Decides {@code next} as {@link #NEXT_LOGIC} does (first hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code NEXT_LOGIC} instead.
         */
        private int decideNext() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            // rule 1: biopsy is missing or not biopsy → BIOPSY
            Truth rule1 = Ops.isMissing(Truth.ofNullable(input.biopsy())).or(Truth.ofNullable(input.biopsy()).not());
            if (rule1 == Truth.TRUE) {
                return nextFrom(candidates | 1L << 0, missing);
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(Truth.ofNullable(input.biopsy()).not(),
                            MissingInputs.of(Truth.ofNullable(input.biopsy()), 1L << 0));
            }
            // rule 2: ki67 is not missing and histology is known → TREAT
            Truth rule2 = Ops.isKnown(InputValues.number(input.ki67())).and(Ops.isKnown(input.histology()));
            if (rule2 == Truth.TRUE) {
                return nextFrom(candidates | 1L << 2, missing);
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= 0L;
            }
            // rule 3: ki67 is missing or histology = NET → GRADE
            Truth rule3 = Ops.isMissing(InputValues.number(input.ki67())).or(Ops.eq(input.histology(), Histology.NET));
            if (rule3 == Truth.TRUE) {
                return nextFrom(candidates | 1L << 1, missing);
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Ops.eq(input.histology(), Histology.NET),
                            MissingInputs.of(input.histology(), 1L << 2));
            }
            // no rule held: the table may have no code
            return nextFrom(candidates | 1L << 3, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int nextFrom(long candidates, long missing) {
            int code = NEXT_LOGIC.outcomeOf(candidates);
            nextMissing = code < 0 ? missing : 0L;
            nextPossible = code < 0 ? NEXT_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            next("next");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // next, rule 1: biopsy is missing or not biopsy → BIOPSY
                case 0 -> Ops.isMissing(Truth.ofNullable(input.biopsy())).or(Truth.ofNullable(input.biopsy()).not());
                // next, rule 2: ki67 is not missing and histology is known → TREAT
                case 1 -> Ops.isKnown(InputValues.number(input.ki67())).and(Ops.isKnown(input.histology()));
                // next, rule 3: ki67 is missing or histology = NET → GRADE
                case 2 -> Ops.isMissing(InputValues.number(input.ki67())).or(Ops.eq(input.histology(), Histology.NET));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // next, rule 1: biopsy is missing or not biopsy → BIOPSY
                case 0 -> {
                    Truth part1 = Truth.ofNullable(input.biopsy()).not();
                    yield MissingInputs.of(Ops.isMissing(Truth.ofNullable(input.biopsy())).or(part1),
                                MissingInputs.of(part1,
                                    MissingInputs.of(Truth.ofNullable(input.biopsy()), 1L << 0)));
                }
                // next, rule 2: ki67 is not missing and histology is known → TREAT
                case 1 -> 0L;
                // next, rule 3: ki67 is missing or histology = NET → GRADE
                case 2 -> {
                    Truth part1 = Ops.eq(input.histology(), Histology.NET);
                    yield MissingInputs.of(Ops.isMissing(InputValues.number(input.ki67())).or(part1),
                                MissingInputs.of(part1,
                                    MissingInputs.of(input.histology(), 1L << 2)));
                }
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // next, rule 1: biopsy is missing or not biopsy → BIOPSY
                case 0 -> ExplainedValues.of("biopsy", Truth.ofNullable(input.biopsy()));
                // next, rule 2: ki67 is not missing and histology is known → TREAT
                case 1 -> ExplainedValues.of("histology", input.histology(), "ki67", InputValues.number(input.ki67()));
                // next, rule 3: ki67 is missing or histology = NET → GRADE
                case 2 -> ExplainedValues.of("histology", input.histology(), "ki67", InputValues.number(input.ki67()));
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
     * Evaluates {@code intake} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Intake.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.next().toOutcomeResult("next")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Intake.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code intake} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            null, // biopsy
            null, // ki67
            null // histology
        },
        new Object[][] {
            null, // biopsy
            null, // ki67
            null // histology
        },
        new Object[][] {
            null, // biopsy
            null, // ki67
            null // histology
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
                case "next" -> List.<Object>of("BIOPSY", "GRADE", "TREAT");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "next" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "next" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Intake.outcomeResults(Intake.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.biopsy() : InputValues.bool(completion[0]),
                            completion[1] == null ? given.ki67() : InputValues.decimal(completion[1]),
                            completion[2] == null ? given.histology() : Histology.ofCode((String) completion[2])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.biopsy(),
                            input.ki67(),
                            input.histology() == null ? null : input.histology().code()});
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
                    case "next" -> {
                        Next code = evaluation.next("next");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "next" -> {
                        evaluation.next("next");
                        yield evaluation.nextMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "next" -> {
                        evaluation.next("next");
                        yield evaluation.nextPossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
