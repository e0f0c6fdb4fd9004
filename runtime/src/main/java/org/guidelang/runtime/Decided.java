package org.guidelang.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
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
 * Set<Eligibility> open = eligibility.possible(); // what it can still come to
 * }</pre>
 */
public final class Decided<T> {
    private static final Decided<Boolean> TRUE = new Decided<>(Boolean.TRUE, 0L, null);
    private static final Decided<Boolean> FALSE = new Decided<>(Boolean.FALSE, 0L, null);

    private final T value;
    private final long missingBits;
    private final InputIndex inputs;
    /** Bits over the ordinals of {@code codeType}: the codes still possible; 0 when nothing is known. */
    private final long possibleBits;
    /** The code enum of an undetermined code outcome; null otherwise. */
    private final Class<T> codeType;

    private Decided(T value, long missingBits, InputIndex inputs) {
        this(value, missingBits, inputs, 0L, null);
    }

    private Decided(T value, long missingBits, InputIndex inputs, long possibleBits, Class<T> codeType) {
        this.value = value;
        this.missingBits = missingBits;
        this.inputs = inputs;
        this.possibleBits = possibleBits;
        this.codeType = codeType;
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

    /**
     * Undetermined, lacking the inputs whose bits are set in {@code missingBits}, and able to take
     * only the codes of {@code codeType} whose ordinals' bits are set in {@code possibleBits} (0
     * when nothing is known about them).
     */
    public static <T extends Enum<T>> Decided<T> undetermined(long missingBits, InputIndex inputs, long possibleBits,
            Class<T> codeType) {
        return new Decided<>(null, missingBits, Objects.requireNonNull(inputs, "inputs"), possibleBits,
                Objects.requireNonNull(codeType, "codeType"));
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
            return new Decided<>(null, missingBits, inputs); // the possible codes are T's, not U's
        }
        return of(f.apply(value));
    }

    /** The inputs whose values could decide the outcome, sorted; empty when determined. */
    public Set<String> missing() {
        return value != null ? Set.of() : inputs.names(missingBits);
    }

    /**
     * The values the outcome can still take, in code order: the value itself when determined;
     * when undetermined, the codes the given inputs leave open ({@code NET_G3} and {@code
     * NEC_G3} for a high-grade tumour without its differentiation). Empty when nothing is known
     * about them, and for an undetermined recommendation.
     */
    public Set<T> possible() {
        if (value != null) {
            return Set.of(value);
        }
        if (codeType == null || possibleBits == 0L) {
            return Set.of();
        }
        Set<T> possible = new LinkedHashSet<>();
        T[] codes = codeType.getEnumConstants();
        for (int i = 0; i < codes.length; i++) {
            if ((possibleBits & (1L << i)) != 0L) {
                possible.add(codes[i]);
            }
        }
        return Collections.unmodifiableSet(possible);
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
