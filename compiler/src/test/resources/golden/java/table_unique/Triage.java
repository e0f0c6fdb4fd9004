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
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Truth;

/**
 * Triage: the evaluator of guideline {@code triage}, version 1.0.0 (draft).
 *
 * <p>Usage (every input may be left out; thread-safe):
 * <pre>{@code
 * Triage.Result result = Triage.evaluate(Triage.Input.builder().fever(true).rash(true).build());
 * result.route().possible();
 * result.explain(); // the same steps as guidec eval
 * Triage.evaluate(result.input().toBuilder().fever(null).build()).missing(); // null: missing
 * }</pre>
 */
@Generated(
        value = "org.guidelang.compiler.java.JavaBackend",
        comments = "triage 1.0.0"
)
public final class Triage {
    /**
     * The guideline's id.
     */
    public static final String ID = "triage";

    /**
     * The guideline's version.
     */
    public static final String VERSION = "1.0.0";

    /**
     * The inputs, in declaration order (those of imported guidelines first).
     */
    public static final List<InputSpec> INPUTS = List.of(
        InputSpec.bool("fever", "Fever"),
        InputSpec.bool("rash", "Rash"));

    /**
     * Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.
     */
    public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("fever", "rash"));

    private static final List<String> OUTCOMES = List.of("route");

    private static final Route[] ROUTE_VALUES = Route.values();

    /**
     * Shared, so that a determined outcome costs no allocation.
     */
    private static final List<Decided<Route>> ROUTE_DECIDED = List.of(
        Decided.of(Route.HOME),
        Decided.of(Route.CLINIC),
        Decided.of(Route.WARD));

    /**
     * Route
     */
    private static final DecisionTableLogic ROUTE_LOGIC = DecisionTableLogic.unique(List.of("HOME", "CLINIC", "WARD"), INPUT_INDEX, null)
            .rule(1, 0, "HOME", "not fever and not rash", null)
            .rule(2, 1, "CLINIC", "fever and not rash", null)
            .rule(3, 2, "WARD", "rash", null)
            .total()
            .build();

    private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

    private static final GuidelineEvaluator EVALUATOR = new MapEvaluator();

    private Triage() {
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
        if (input.fever() == null
                || input.rash() == null) {
            return null;
        }
        int route = Evaluation.routeWhenGiven(input);
        if (route < 0) {
            return null;
        }
        return new Result(
                    input,
                    ROUTE_DECIDED.get(route));
    }

    /**
     * The result of an evaluation without a trace, as {@link #evaluate} gives it; for the generated classes of importing guidelines, whose results hold this one's, decided in the evaluation they share.
     */
    public static Result resultOf(Evaluation evaluation) {
        Result result = onePass(evaluation);
        // Complete data settles every outcome in one pass; only the rest is refined.
        return result.route().isSettled() ? result : refined(result);
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
        Route route = evaluation.route("route");
        return new Result(
                    evaluation.input,
                    route == null ? Decided.undetermined(evaluation.routeMissing(), INPUT_INDEX, evaluation.routePossible(), Route.class) : ROUTE_DECIDED.get(route.ordinal()));
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
                            Decided.fromOutcome(exact.outcomes().get("route"), Route.class, INPUT_INDEX)};
            ExactSubject.MEMO.put(key, known);
        }
        return new Result(
                    result.input(),
                    (Decided<Route>) known[0]);
    }

    /**
     * The outcomes of {@code result} in the map form, in declaration order.
     */
    private static List<OutcomeResult> outcomeResults(Result result) {
        return List.of(result.route().toOutcomeResult("route"));
    }

    /**
     * The body of {@link Input#fromValues}, kept out of the record for the same reason.
     */
    private static Input inputOf(Map<String, ?> values) {
        return new Input(
                    InputValues.bool(values.get("fever")),
                    InputValues.bool(values.get("rash")));
    }

    /**
     * The input from the validator's values in declaration order ({@code InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not looked up by name.
     */
    private static Input inputOfChecked(Object[] checked) {
        return new Input(
                    InputValues.bool(checked[0]),
                    InputValues.bool(checked[1]));
    }

    /**
     * The body of {@link Input#toValues}, kept out of the record for the same reason.
     */
    private static Map<String, Object> valuesOf(Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.fever != null) {
            values.put("fever", input.fever);
        }
        if (input.rash != null) {
            values.put("rash", input.rash);
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
     * Route (the codes of outcome route).
     */
    public enum Route implements CodeValue {
        /**
         * HOME
         *
         * <p>Rule 1: not fever and not rash
         */
        HOME("HOME", "HOME"),

        /**
         * CLINIC
         *
         * <p>Rule 2: fever and not rash
         */
        CLINIC("CLINIC", "CLINIC"),

        /**
         * WARD
         *
         * <p>Rule 3: rash
         */
        WARD("WARD", "WARD");

        private final String code;

        private final String label;

        Route(String code, String label) {
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
        public static Route ofCode(String code) {
            if (code == null) {
                return null;
            }
            return switch (code) {
                case "HOME" -> HOME;
                case "CLINIC" -> CLINIC;
                case "WARD" -> WARD;
                default -> throw new IllegalArgumentException("unknown code " + code + " of route; expected one of HOME, CLINIC, WARD");
            };
        }
    }

    /**
     * A patient's values for {@code triage}. Every value may be missing (null); build one with {@link #builder()}.
     *
     * @param fever Fever; null when missing
     * @param rash Rash; null when missing
     */
    public record Input(Boolean fever, Boolean rash) {
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
            b.fever = fever;
            b.rash = rash;
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
            private Boolean fever;

            private Boolean rash;

            private Builder() {
            }

            /**
             * Sets Fever.
             */
            public Builder fever(boolean fever) {
                this.fever = fever;
                return this;
            }

            /**
             * Sets Fever (null: missing).
             */
            public Builder fever(Boolean fever) {
                this.fever = fever;
                return this;
            }

            /**
             * Sets Rash.
             */
            public Builder rash(boolean rash) {
                this.rash = rash;
                return this;
            }

            /**
             * Sets Rash (null: missing).
             */
            public Builder rash(Boolean rash) {
                this.rash = rash;
                return this;
            }

            /**
             * The input.
             *
             * @throws IllegalArgumentException for a number the input's declaration refuses (see {@link Input#Input})
             */
            public Input build() {
                return new Input(fever, rash);
            }
        }
    }

    /**
     * The outcomes of {@code triage} for one patient; each is a value or undetermined with the inputs that could decide it.
     *
     * @param input the patient
     * @param route Route
     */
    public record Result(Input input, Decided<Route> route) {
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
            return missingInputs(route);
        }

        /**
         * The map and JSON form, with the explanation ({@code guidec eval --json}).
         */
        public EvaluationResult toEvaluationResult() {
            return evaluationResult(this);
        }
    }

    /**
     * One evaluation of one patient, deciding each outcome on first use. Public so that guidelines importing {@code triage} can share it; callers use {@link #evaluate(Input)}. Not thread-safe: make one per evaluation.
     */
    public static final class Evaluation implements Conditions {
        /**
         * An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).
         */
        private static final int PENDING = -2;

        private final Input input;

        private final List<ExplanationStep> trace;

        private int route = PENDING;

        private long routeMissing;

        private long routePossible;

        /**
         * An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.
         */
        public Evaluation(Input input, List<ExplanationStep> trace) {
            this.input = Objects.requireNonNull(input, "input");
            this.trace = trace;
        }

        /**
         * Route, decided on first use ({@code label} names it in the explanation); null when undetermined.
         */
        public Route route(String label) {
            // Without a trace, straight-line code decides (fast); with one, ROUTE_LOGIC decides and explains.
            // The compiler's differential test checks that both agree with its interpreter.
            if (route == PENDING && trace == null) {
                // A patient who gives every input it reads is decided in plain Java; the rest in three values.
                route = routeWhenGiven(input);
                if (route == PENDING) {
                    route = decideRoute();
                }
            } else if (route == PENDING) {
                route = ROUTE_LOGIC.decide(this, label, trace);
                routeMissing = route < 0 ? ROUTE_LOGIC.missing(this) : 0L;
                routePossible = route < 0 ? ROUTE_LOGIC.possible(this) : 0L;
            }
            return route < 0 ? null : ROUTE_VALUES[route];
        }

        /**
         * The inputs (bits of {@code INPUT_INDEX}) that could decide {@code route}, once decided.
         */
        public long routeMissing() {
            return routeMissing;
        }

        /**
         * The codes (bits over the ordinals) {@code route} can still take when undetermined, once decided; 0 when nothing is known.
         */
        public long routePossible() {
            return routePossible;
        }

        /**
         * Decides {@code route} in plain Java when every input it reads is given and every outcome it reads has a value: then each condition is true or false, where three-valued logic is Boolean logic, so this decides as the three-valued decision does, only faster. {@code PENDING} where it does not decide. Static, so that {@code evaluate} decides a complete patient without an evaluation.
         */
        private static int routeWhenGiven(Input input) {
            if (input.fever() == null
                    || input.rash() == null) {
                return PENDING;
            }
            long holding = 0L;
            // rule 1: not fever and not rash → HOME
            if (!(input.fever().booleanValue()) && !(input.rash().booleanValue())) {
                holding |= 1L << 0;
            }
            // rule 2: fever and not rash → CLINIC
            if (input.fever().booleanValue() && !(input.rash().booleanValue())) {
                holding |= 1L << 1;
            }
            // rule 3: rash → WARD
            if (input.rash().booleanValue()) {
                holding |= 1L << 2;
            }
            // the rule that holds wins; several that hold conflict; none: no code
            return ROUTE_LOGIC.outcomeOf(holding == 0L ? 1L << 3 : Long.bitCount(holding) == 1 ? holding : 0L);
        }

        /**
         * Decides {@code route} as {@link #ROUTE_LOGIC} does (unique hit), without an explanation: each rule's truth once, and its missing inputs only when it is unknown. An explanation walks {@code ROUTE_LOGIC} instead.
         */
        private int decideRoute() {
            // bits over the codes that may result; 1L << 3: no rule applies
            long candidates = 0L;
            long missing = 0L;
            long holding = 0L;
            // rule 1: not fever and not rash → HOME
            Truth rule1 = Truth.ofNullable(input.fever()).not().and(Truth.ofNullable(input.rash()).not());
            if (rule1 == Truth.TRUE) {
                holding |= 1L << 0;
            } else if (rule1 == Truth.UNKNOWN) {
                candidates |= 1L << 0;
                missing |= MissingInputs.of(Truth.ofNullable(input.fever()).not(),
                            MissingInputs.of(Truth.ofNullable(input.fever()), 1L << 0))
                        | MissingInputs.of(Truth.ofNullable(input.rash()).not(),
                            MissingInputs.of(Truth.ofNullable(input.rash()), 1L << 1));
            }
            // rule 2: fever and not rash → CLINIC
            Truth rule2 = Truth.ofNullable(input.fever()).and(Truth.ofNullable(input.rash()).not());
            if (rule2 == Truth.TRUE) {
                holding |= 1L << 1;
            } else if (rule2 == Truth.UNKNOWN) {
                candidates |= 1L << 1;
                missing |= MissingInputs.of(Truth.ofNullable(input.fever()), 1L << 0)
                        | MissingInputs.of(Truth.ofNullable(input.rash()).not(),
                            MissingInputs.of(Truth.ofNullable(input.rash()), 1L << 1));
            }
            // rule 3: rash → WARD
            Truth rule3 = Truth.ofNullable(input.rash());
            if (rule3 == Truth.TRUE) {
                holding |= 1L << 2;
            } else if (rule3 == Truth.UNKNOWN) {
                candidates |= 1L << 2;
                missing |= 1L << 1;
            }
            if (holding != 0L) {
                // the rule that holds wins; several that hold conflict, and no code is possible
                return routeFrom(Long.bitCount(holding) == 1 ? holding : 0L, 0L);
            }
            // no rule held: the table may have no code
            return routeFrom(candidates | 1L << 3, missing);
        }

        /**
         * The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes still open.
         */
        private int routeFrom(long candidates, long missing) {
            int code = ROUTE_LOGIC.outcomeOf(candidates);
            routeMissing = code < 0 ? missing : 0L;
            routePossible = code < 0 ? ROUTE_LOGIC.possibleOf(candidates) : 0L;
            return code;
        }

        /**
         * Decides every outcome in declaration order, as the interpreter does; returns the trace.
         */
        List<ExplanationStep> evaluateAll() {
            route("route");
            return trace;
        }

        @Override
        public Truth condition(int element) {
            return switch (element) {
                // route, rule 1: not fever and not rash → HOME
                case 0 -> Truth.ofNullable(input.fever()).not().and(Truth.ofNullable(input.rash()).not());
                // route, rule 2: fever and not rash → CLINIC
                case 1 -> Truth.ofNullable(input.fever()).and(Truth.ofNullable(input.rash()).not());
                // route, rule 3: rash → WARD
                case 2 -> Truth.ofNullable(input.rash());
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public long missing(int element) {
            return switch (element) {
                // route, rule 1: not fever and not rash → HOME
                case 0 -> {
                    Truth part1 = Truth.ofNullable(input.fever()).not();
                    Truth part2 = Truth.ofNullable(input.rash()).not();
                    yield MissingInputs.of(part1.and(part2),
                                MissingInputs.of(part1,
                                    MissingInputs.of(Truth.ofNullable(input.fever()), 1L << 0))
                                | MissingInputs.of(part2,
                                    MissingInputs.of(Truth.ofNullable(input.rash()), 1L << 1)));
                }
                // route, rule 2: fever and not rash → CLINIC
                case 1 -> {
                    Truth part1 = Truth.ofNullable(input.rash()).not();
                    yield MissingInputs.of(Truth.ofNullable(input.fever()).and(part1),
                                MissingInputs.of(Truth.ofNullable(input.fever()), 1L << 0)
                                | MissingInputs.of(part1,
                                    MissingInputs.of(Truth.ofNullable(input.rash()), 1L << 1)));
                }
                // route, rule 3: rash → WARD
                case 2 -> MissingInputs.of(Truth.ofNullable(input.rash()), 1L << 1);
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }

        @Override
        public Map<String, Object> values(int element) {
            return switch (element) {
                // route, rule 1: not fever and not rash → HOME
                case 0 -> ExplainedValues.of("fever", Truth.ofNullable(input.fever()), "rash", Truth.ofNullable(input.rash()));
                // route, rule 2: fever and not rash → CLINIC
                case 1 -> ExplainedValues.of("fever", Truth.ofNullable(input.fever()), "rash", Truth.ofNullable(input.rash()));
                // route, rule 3: rash → WARD
                case 2 -> ExplainedValues.of("rash", Truth.ofNullable(input.rash()));
                default -> throw new IllegalArgumentException("no condition " + element);
            };
        }
    }

    /**
     * Evaluates {@code triage} for patients given as maps (parsed JSON): {@code evaluate} decides, {@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the public constructor is for {@code java.util.ServiceLoader}.
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
            Result result = Triage.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
            return EvaluationResult.of(ID, VERSION, List.of(result.route().toOutcomeResult("route")), List.of());
        }

        @Override
        public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
            return Triage.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
        }
    }

    /**
     * {@code triage} as {@code ExactAnswers} refines it. Its own class, so that the cells are made only when a patient first leaves an outcome undetermined.
     */
    private static final class ExactSubject implements ExactAnswers.Subject {
        static final ExactSubject INSTANCE = new ExactSubject();

        /**
         * One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no condition tells apart; null for an input never split. Then, for each split number, where its cells change and the cell of each piece between, which place a patient's own value.
         */
        private static final Completions CELLS = Completions.of(new Object[][] {
            {false, true}, // fever
            {false, true} // rash
        },
        new Object[][] {
            null, // fever
            null // rash
        },
        new Object[][] {
            null, // fever
            null // rash
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
                case "route" -> List.<Object>of("HOME", "CLINIC", "WARD");
                default -> throw new IllegalArgumentException("no outcome " + outcome);
            };
        }

        @Override
        public boolean has(String outcome) {
            return switch (outcome) {
                case "route" -> true;
                default -> false;
            };
        }

        @Override
        public String noValue(String outcome) {
            return switch (outcome) {
                case "route" -> "no rule";
                default -> "no value";
            };
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            // This guideline's outcomes alone: the imported ones are refined by their own subjects.
            Input input = Input.fromValues(patient);
            return EvaluationResult.of(ID, VERSION, Triage.outcomeResults(Triage.onePass(new Evaluation(input, null))), List.of());
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
                            completion[0] == null ? given.fever() : InputValues.bool(completion[0]),
                            completion[1] == null ? given.rash() : InputValues.bool(completion[1])), null));
        }

        /**
         * The key of {@code input}'s given values ({@code Completions.keyOf}), or -1 when its answers are not remembered.
         */
        static long key(Input input) {
            return CELLS.keyOf(new Object[] {
                            input.fever(),
                            input.rash()});
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
                    case "route" -> {
                        Route code = evaluation.route("route");
                        yield code == null ? -1 : code.ordinal();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long missing(String outcome) {
                return switch (outcome) {
                    case "route" -> {
                        evaluation.route("route");
                        yield evaluation.routeMissing();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }

            @Override
            public long possible(String outcome) {
                return switch (outcome) {
                    case "route" -> {
                        evaluation.route("route");
                        yield evaluation.routePossible();
                    }
                    default -> throw new IllegalArgumentException("no outcome " + outcome);
                };
            }
        }
    }
}
