package org.guidelang.compiler.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * The patients a region is a set of: the product of the domains of the declared inputs, and of
 * the outcomes and conditions a reader adds as variables. Built from input declarations (the
 * runtime's {@link InputSpec}s), so that the guidelines that read the same inputs can share one
 * space. In a space of {@linkplain #knownValues known values} every input is known; in a space
 * {@linkplain #withMissing with missing values} every variable's domain also holds the missing
 * point.
 *
 * <p>A variable gets its index the first time it is asked for, and regions split boxes in index
 * order: which witness a region shows first follows the order in which conditions read the
 * variables. Not thread-safe: one analysis builds one space.
 */
public final class Space {
    /** The values of a true/false variable, in this order. */
    public static final List<String> TRUTH_VALUES = List.of("true", "false");

    private final Map<String, InputSpec> inputs = new LinkedHashMap<>();
    private final Map<String, Integer> declared = new HashMap<>();
    private final boolean missing;
    private final List<Variable> variables = new ArrayList<>();
    private final Map<Object, Variable> byKey = new HashMap<>();
    private Region admissible;
    private List<String> beyondConstraints = List.of();
    /** Box operations spent on the question at hand ({@link #newQuestion}). */
    private long work;

    /**
     * The work one question may spend, in variables compared, cut or intersected, before it stops
     * with {@link Region.TooComplex}: well past what any table of the NEN guidelines or a
     * 10,000-rule table of thresholds needs, and a few seconds on two cores, where a question whose
     * regions stay under {@link Region#LIMIT} boxes could otherwise run for many minutes (each
     * union compares every box with every other).
     */
    public static final long WORK_LIMIT = 500_000_000L;

    private Space(List<InputSpec> inputs, boolean missing) {
        for (InputSpec input : inputs) {
            InputSpec earlier = this.inputs.putIfAbsent(input.name(), input);
            if (earlier != null && !earlier.equals(input)) {
                throw new IllegalArgumentException("input `" + input.name() + "` is declared twice, differently");
            }
            declared.putIfAbsent(input.name(), declared.size());
        }
        this.missing = missing;
    }

    /** Starts a new question: its regions may spend {@link #WORK_LIMIT} box operations. */
    public void newQuestion() {
        work = 0L;
    }

    /**
     * Counts {@code operations} box operations, each weighed by the variables a box may hold (an
     * operation compares or cuts them one by one); past {@link #WORK_LIMIT} the question is beyond
     * reach.
     */
    void spend(long operations) {
        work += operations * Math.max(1, variables.size());
        if (work > WORK_LIMIT) {
            throw new Region.TooComplex();
        }
    }

    /** The patients whose every input is known and within its declaration. */
    public static Space knownValues(List<InputSpec> inputs) {
        return new Space(inputs, false);
    }

    /** The patients whose inputs are each within its declaration or missing. */
    public static Space withMissing(List<InputSpec> inputs) {
        return new Space(inputs, true);
    }

    /**
     * The patients that satisfy the constraints between inputs, as far as the region algebra reads
     * them; null until {@link #restrict} is called, and for a guideline without constraints. Once
     * set, {@link Region#all} is this region, so every region built from it lies within it.
     */
    public Region admissible() {
        return admissible;
    }

    /** The constraints beyond the region algebra, by name: patients found in this space may break them. */
    public List<String> beyondConstraints() {
        return beyondConstraints;
    }

    /** Restricts the space to the patients that satisfy the constraints it reads ({@code admissible}). */
    public void restrict(Region admissible, List<String> beyondConstraints) {
        this.admissible = admissible;
        this.beyondConstraints = List.copyOf(beyondConstraints);
    }

    public boolean includesMissing() {
        return missing;
    }

    /** The declared inputs, by name, in declaration order. */
    public List<InputSpec> inputs() {
        return List.copyOf(inputs.values());
    }

    /** The variable at {@code index}. */
    public Variable variable(int index) {
        return variables.get(index);
    }

    /** The variables asked for so far, by index. */
    public List<Variable> variables() {
        return List.copyOf(variables);
    }

    /**
     * The variable of the declared input {@code name}.
     *
     * @throws IllegalArgumentException if no input of that name is declared
     */
    public Variable input(String name) {
        InputSpec input = inputs.get(name);
        if (input == null) {
            throw new IllegalArgumentException("no input `" + name + "` is declared in this space");
        }
        return byKey.computeIfAbsent(new InputKey(name), key -> {
            int order = declared.get(name);
            if (input.kind() == InputKind.CODE) {
                return add(Variable.Role.INPUT, order, name, input.codes(), null);
            }
            if (input.kind() == InputKind.BOOLEAN) {
                return add(Variable.Role.INPUT, order, name, TRUTH_VALUES, null);
            }
            Range range = input.range();
            // Counts are whole numbers, as integers are: the runtime rejects a fractional value of either.
            NumberSet domain = NumberSet.of(new NumberInterval(range.lo(), range.loClosed(), range.hi(),
                    range.hiClosed()), input.isWholeNumber());
            Variable variable = new Variable(variables.size(), Variable.Role.INPUT, order, name,
                    domain.withMissing(missing), input.unit(), List.of(), null);
            variables.add(variable);
            return variable;
        });
    }

    /**
     * An outcome read as a variable over {@code values} (its codes, or {@link #TRUTH_VALUES}),
     * independent of the inputs it is decided from; equal keys share one variable.
     */
    public Variable outcome(String key, String name, List<String> values) {
        return byKey.computeIfAbsent(new OutcomeKey(key), k -> add(Variable.Role.OUTCOME, variables.size(), name,
                values, null));
    }

    /**
     * A condition beyond exact reading, as a free true/false variable: what is proven whatever its
     * value stays proven. Equal keys (the condition itself) share one variable.
     *
     * @param text the condition as written, which names the variable
     * @param reason why the condition is beyond exact reading
     */
    public Variable condition(Object key, String text, String reason) {
        return byKey.computeIfAbsent(new ConditionKey(key), k -> add(Variable.Role.CONDITION, variables.size(), text,
                TRUTH_VALUES, reason));
    }

    private Variable add(Variable.Role role, int order, String name, List<String> choices, String reason) {
        Variable variable = new Variable(variables.size(), role, order, name,
                ChoiceSet.all(choices.size()).withMissing(missing), Unit.NONE, choices, reason);
        variables.add(variable);
        return variable;
    }

    // The keys' equals and hashCode are the records' own, written out: a record's are linked through
    // method handles on first use, which a cold compile (the first in a process) pays in tens of
    // milliseconds for every record type it hashes.
    private record InputKey(String name) {
        @Override
        public boolean equals(Object other) {
            return other instanceof InputKey o && Objects.equals(name, o.name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    private record OutcomeKey(String key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof OutcomeKey o && Objects.equals(key, o.key);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key);
        }
    }

    private record ConditionKey(Object key) {}
}
