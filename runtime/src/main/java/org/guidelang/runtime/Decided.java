package org.guidelang.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The value of one outcome of a generated evaluator: a value of type {@code T}, or undetermined
 * together with the inputs whose values could decide it. Never holds null; immutable.
 *
 * <pre>{@code
 * Decided<Eligibility> eligibility = MilanNen.evaluate(input).eligibility();
 * if (eligibility.is(Eligibility.ELIGIBLE)) { ... }
 * eligibility.ifDetermined(e -> show(e.label()));
 * Set<String> ask = eligibility.missing(); // empty when determined
 * }</pre>
 */
public final class Decided<T> {
    private static final Decided<Boolean> TRUE = new Decided<>(Boolean.TRUE, 0L, null);
    private static final Decided<Boolean> FALSE = new Decided<>(Boolean.FALSE, 0L, null);

    private final T value;
    private final long missingBits;
    private final InputIndex inputs;

    private Decided(T value, long missingBits, InputIndex inputs) {
        this.value = value;
        this.missingBits = missingBits;
        this.inputs = inputs;
    }

    /** A determined value. */
    public static <T> Decided<T> of(T value) {
        return new Decided<>(Objects.requireNonNull(value, "value"), 0L, null);
    }

    /** A determined truth value; shared instances, so deciding a boolean does not allocate. */
    public static Decided<Boolean> of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Undetermined, lacking the inputs whose bits are set in {@code missingBits}. */
    public static <T> Decided<T> undetermined(long missingBits, InputIndex inputs) {
        return new Decided<>(null, missingBits, Objects.requireNonNull(inputs, "inputs"));
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

    /** The value mapped by {@code f}, or the same undetermined state. */
    public <U> Decided<U> map(Function<? super T, ? extends U> f) {
        if (value == null) {
            return new Decided<>(null, missingBits, inputs);
        }
        return of(f.apply(value));
    }

    /** The inputs whose values could decide the outcome, sorted; empty when determined. */
    public Set<String> missing() {
        return value != null ? Set.of() : inputs.names(missingBits);
    }

    /** The map and JSON form: a code as its {@link CodeValue#code()} string, a Boolean, or null. */
    public OutcomeResult toOutcomeResult(String name) {
        if (value == null) {
            return OutcomeResult.undetermined(name, missing());
        }
        Object plain = value instanceof CodeValue ? ((CodeValue) value).code() : value;
        return OutcomeResult.determined(name, plain);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Decided)) {
            return false;
        }
        Decided<?> that = (Decided<?>) other;
        return Objects.equals(value, that.value) && missing().equals(that.missing());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing());
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
