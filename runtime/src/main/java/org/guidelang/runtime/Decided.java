package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The value of one outcome of a generated evaluator: a value of type {@code T}, or undetermined
 * together with the inputs whose values could decide it and, where known, the values it can still
 * take. Never holds null; immutable.
 *
 * <pre>{@code
 * Decided<Eligibility> eligibility = MilanNen.evaluate(input).eligibility();
 * if (eligibility.is(Eligibility.ELIGIBLE)) { ... }
 * eligibility.ifDetermined(e -> show(e.label()));
 * Set<String> ask = eligibility.missing(); // empty when determined
 * List<Eligibility> open = eligibility.possible(); // what the missing inputs may still make it
 * }</pre>
 */
public final class Decided<T> {
    private static final Decided<Boolean> TRUE = new Decided<>(Boolean.TRUE, 0L, null, List.of(), false);
    private static final Decided<Boolean> FALSE = new Decided<>(Boolean.FALSE, 0L, null, List.of(), false);
    private static final Boolean[] TRUTH_VALUES = {Boolean.FALSE, Boolean.TRUE};

    private final T value;
    private final long missingBits;
    private final InputIndex inputs;
    private final List<T> possible;
    private final boolean mayHaveNoValue;

    private Decided(T value, long missingBits, InputIndex inputs, List<T> possible, boolean mayHaveNoValue) {
        this.value = value;
        this.missingBits = missingBits;
        this.inputs = inputs;
        this.possible = possible;
        this.mayHaveNoValue = mayHaveNoValue;
    }

    /** A determined value. */
    public static <T> Decided<T> of(T value) {
        return new Decided<>(Objects.requireNonNull(value, "value"), 0L, null, List.of(), false);
    }

    /** A determined truth value; shared instances, so deciding a boolean does not allocate. */
    public static Decided<Boolean> of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Undetermined, lacking the inputs whose bits are set in {@code missingBits}; nothing known of its values. */
    public static <T> Decided<T> undetermined(long missingBits, InputIndex inputs) {
        return new Decided<>(null, missingBits, Objects.requireNonNull(inputs, "inputs"), List.of(), false);
    }

    /**
     * Undetermined, lacking the inputs whose bits are set in {@code missingBits}, and able to take
     * the {@code values} whose bits (by index) are set in {@code possibleBits}; bit {@code
     * values.length} says it may be left without a value. {@code values} is read, never kept.
     */
    public static <T> Decided<T> undetermined(long missingBits, InputIndex inputs, long possibleBits, T[] values) {
        List<T> possible = new ArrayList<>(Long.bitCount(possibleBits));
        for (int i = 0; i < values.length; i++) {
            if ((possibleBits & (1L << i)) != 0L) {
                possible.add(values[i]);
            }
        }
        return new Decided<>(null, missingBits, Objects.requireNonNull(inputs, "inputs"), List.copyOf(possible),
                (possibleBits & (1L << values.length)) != 0L);
    }

    /**
     * The typed form of an outcome in the map form ({@link #toOutcomeResult}'s inverse): its code
     * or boolean becomes the one of {@code values} that equals it (a {@link CodeValue} by its code).
     *
     * @throws IllegalArgumentException for a value that is none of {@code values}
     */
    public static <T> Decided<T> fromOutcome(OutcomeResult result, T[] values, InputIndex inputs) {
        if (result.isDetermined()) {
            T value = values[indexOf(result.value(), values)];
            return value instanceof Boolean b ? cast(of(b.booleanValue())) : of(value);
        }
        long possibleBits = 0L;
        for (Object possible : result.possible()) {
            possibleBits |= 1L << (OutcomeResult.NO_VALUE.equals(possible) ? values.length : indexOf(possible, values));
        }
        return undetermined(inputs.bits(result.missing()), inputs, possibleBits, values);
    }

    /** The typed form of a recommendation's outcome in the map form; see {@link #fromOutcome(OutcomeResult, Object[], InputIndex)}. */
    public static Decided<Boolean> fromOutcome(OutcomeResult result, InputIndex inputs) {
        return fromOutcome(result, TRUTH_VALUES, inputs);
    }

    private static int indexOf(Object plain, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object candidate = values[i] instanceof CodeValue code ? code.code() : values[i];
            if (candidate.equals(plain)) {
                return i;
            }
        }
        throw new IllegalArgumentException(plain + " is none of " + java.util.Arrays.toString(values));
    }

    @SuppressWarnings("unchecked") // a Decided<Boolean> made where T is Boolean
    private static <T> Decided<T> cast(Decided<Boolean> decided) {
        return (Decided<T>) decided;
    }

    public boolean isDetermined() {
        return value != null;
    }

    public boolean isUndetermined() {
        return value == null;
    }

    /** Whether the outcome is determined and equal to {@code expected}; false when undetermined. */
    public boolean is(T expected) {
        return value != null && value.equals(expected);
    }

    /**
     * The value.
     *
     * @throws IllegalStateException when undetermined, naming the missing inputs
     */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("undetermined: missing " + (missingBits == 0 ? "nothing that an input "
                    + "could supply" : inputs.join(missingBits)));
        }
        return value;
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    public void ifDetermined(Consumer<? super T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    /** The value mapped by {@code f}, or the same undetermined state with its possible values mapped. */
    public <U> Decided<U> map(Function<? super T, ? extends U> f) {
        if (value == null) {
            List<U> mapped = new ArrayList<>(possible.size());
            possible.forEach(p -> mapped.add(f.apply(p)));
            return new Decided<>(null, missingBits, inputs, List.copyOf(mapped), mayHaveNoValue);
        }
        return of(f.apply(value));
    }

    /** The inputs whose values could decide the outcome, sorted; empty when determined. */
    public Set<String> missing() {
        return value != null ? Set.of() : inputs.names(missingBits);
    }

    /**
     * The values the outcome can still take when undetermined, in declaration order: exactly those
     * some completion of the missing inputs gives (see docs/language.md §9.1). Empty when determined,
     * or when nothing is known of them.
     */
    public List<T> possible() {
        return possible;
    }

    /**
     * Whether some completion of the missing inputs leaves the outcome without a value (no rule
     * applies, or the rules of a unique table conflict); false when determined.
     */
    public boolean mayHaveNoValue() {
        return mayHaveNoValue;
    }

    /**
     * The map and JSON form: a code as its {@link CodeValue#code()} string, a Boolean, or null; the
     * possible values likewise, then {@link OutcomeResult#NO_VALUE} when it may have none.
     */
    public OutcomeResult toOutcomeResult(String name) {
        if (value == null) {
            if (possible.isEmpty() && !mayHaveNoValue) {
                return OutcomeResult.undetermined(name, missing());
            }
            List<Object> plain = new ArrayList<>(possible.size() + 1);
            possible.forEach(p -> plain.add(plain(p)));
            if (mayHaveNoValue) {
                plain.add(OutcomeResult.NO_VALUE);
            }
            return OutcomeResult.undetermined(name, missing(), plain);
        }
        return OutcomeResult.determined(name, plain(value));
    }

    private static Object plain(Object value) {
        return value instanceof CodeValue ? ((CodeValue) value).code() : value;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Decided)) {
            return false;
        }
        Decided<?> that = (Decided<?>) other;
        return Objects.equals(value, that.value) && missing().equals(that.missing())
                && possible.equals(that.possible) && mayHaveNoValue == that.mayHaveNoValue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing(), possible, mayHaveNoValue);
    }

    /** {@code NET_G2}, or {@code undetermined (missing mitoticCount)}. */
    @Override
    public String toString() {
        if (value != null) {
            return value instanceof CodeValue ? ((CodeValue) value).code() : value.toString();
        }
        return "undetermined (missing " + (missingBits == 0 ? "nothing" : inputs.join(missingBits)) + ")";
    }
}
