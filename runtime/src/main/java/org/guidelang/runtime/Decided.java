package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
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
 * Set<Eligibility> open = eligibility.possible(); // what the missing inputs may still make it
 * }</pre>
 */
public final class Decided<T> {
    private static final Decided<Boolean> TRUE = new Decided<>(Boolean.TRUE, 0L, null);
    private static final Decided<Boolean> FALSE = new Decided<>(Boolean.FALSE, 0L, null);
    private static final Boolean[] TRUTH_VALUES = {Boolean.FALSE, Boolean.TRUE};

    private final T value;
    private final long missingBits;
    private final InputIndex inputs;
    /**
     * Bits over the values of {@code valueType} (a code's ordinal; false, true), in words of 64 for
     * any number of codes: the values still possible, and the bit after the last value for "no
     * value"; no bit set when nothing is known.
     */
    private final long[] possibleBits;
    /** The code enum, or Boolean, of an undetermined outcome whose possible values are known; else null. */
    private final Class<T> valueType;
    /** The map form of a determined value, made on first use ({@link #toOutcomeResult}). */
    private OutcomeResult determined;

    private Decided(T value, long missingBits, InputIndex inputs) {
        this(value, missingBits, inputs, new long[1], null);
    }

    private Decided(T value, long missingBits, InputIndex inputs, long[] possibleBits, Class<T> valueType) {
        this.value = value;
        this.missingBits = missingBits;
        this.inputs = inputs;
        this.possibleBits = possibleBits;
        this.valueType = valueType;
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
     * when nothing is known about them); the bit after the last code says it may have no value.
     */
    public static <T extends Enum<T>> Decided<T> undetermined(long missingBits, InputIndex inputs, long possibleBits,
            Class<T> codeType) {
        return undetermined(missingBits, inputs, new long[] {possibleBits}, codeType);
    }

    /**
     * {@link #undetermined(long, InputIndex, long, Class)} for a code set of any size: {@code
     * possibleWords} holds bit {@code i % 64} of word {@code i / 64} for ordinal {@code i} (null or
     * no bit set when nothing is known). The array is copied.
     */
    public static <T extends Enum<T>> Decided<T> undetermined(long missingBits, InputIndex inputs,
            long[] possibleWords, Class<T> codeType) {
        int codes = Objects.requireNonNull(codeType, "codeType").getEnumConstants().length;
        long[] possible = possibleWords == null ? new long[1] : possibleWords.clone();
        if (missingBits == 0L && CodeBits.count(possible) == 0) {
            // Undetermined with no input missing: no completion can give it a value (no rule applies,
            // a unique table's rules conflict), as its exact answer says too, so it is settled.
            possible = CodeBits.none(codes + 1);
            CodeBits.set(possible, codes);
        }
        return new Decided<>(null, missingBits, Objects.requireNonNull(inputs, "inputs"), possible, codeType);
    }

    /**
     * The typed form of a code outcome in the map form ({@link #toOutcomeResult}'s inverse): its
     * code, and its possible codes, become constants of {@code codeType}.
     *
     * @throws IllegalArgumentException for a code that {@code codeType} does not declare
     */
    public static <T extends Enum<T> & CodeValue> Decided<T> fromOutcome(OutcomeResult result, Class<T> codeType,
            InputIndex inputs) {
        T[] codes = codeType.getEnumConstants();
        if (result.isDetermined()) {
            return of(codes[indexOf(result.value(), codes)]);
        }
        return new Decided<>(null, inputs.bits(result.missing()), inputs, possibleBits(result, codes), codeType);
    }

    /** The typed form of a recommendation in the map form ({@link #toOutcomeResult}'s inverse). */
    public static Decided<Boolean> fromOutcome(OutcomeResult result, InputIndex inputs) {
        if (result.isDetermined()) {
            return of(((Boolean) result.value()).booleanValue());
        }
        return new Decided<>(null, inputs.bits(result.missing()), inputs, possibleBits(result, TRUTH_VALUES),
                Boolean.class);
    }

    private static long[] possibleBits(OutcomeResult result, Object[] values) {
        long[] bits = CodeBits.none(values.length + 1);
        for (Object possible : result.possible()) {
            CodeBits.set(bits, OutcomeResult.NO_VALUE.equals(possible) ? values.length : indexOf(possible, values));
        }
        return bits;
    }

    private boolean knowsPossible() {
        return valueType != null && CodeBits.first(possibleBits) >= 0;
    }

    private static int indexOf(Object plain, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (plain(values[i]).equals(plain)) {
                return i;
            }
        }
        throw new IllegalArgumentException(plain + " is none of " + Arrays.toString(values));
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

    /** The value mapped by {@code f}, or the same undetermined state, its possible values forgotten. */
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
     * The values the outcome can still take, in code order (false before true): the value itself
     * when determined; when undetermined, exactly those some completion of the missing inputs gives
     * ({@code NET_G3} and {@code NEC_G3} for a high-grade tumour without its differentiation; see
     * docs/language.md §9.1). Empty when nothing is known about them.
     */
    public Set<T> possible() {
        if (value != null) {
            return Set.of(value);
        }
        if (!knowsPossible()) {
            return Set.of();
        }
        Set<T> possible = new LinkedHashSet<>();
        T[] values = values();
        for (int i = 0; i < values.length; i++) {
            if (CodeBits.has(possibleBits, i)) {
                possible.add(values[i]);
            }
        }
        return Collections.unmodifiableSet(possible);
    }

    /**
     * Whether no completion of the missing inputs could change the outcome: it is determined, or
     * nothing is missing for it and it has no value (no rule applies, or the rules conflict). Such
     * an outcome is already exact, so {@code ExactAnswers} has nothing to refine.
     */
    public boolean isSettled() {
        return value != null || (missingBits == 0L && valueType != null && CodeBits.count(possibleBits) == 1
                && CodeBits.has(possibleBits, values().length));
    }

    /**
     * Whether some completion of the missing inputs leaves the outcome without a value (no rule
     * applies, or the rules of a unique table conflict); false when determined.
     */
    public boolean mayHaveNoValue() {
        return valueType != null && CodeBits.has(possibleBits, values().length);
    }

    @SuppressWarnings("unchecked") // valueType is Boolean.class only where T is Boolean
    private T[] values() {
        return valueType == Boolean.class ? (T[]) TRUTH_VALUES : valueType.getEnumConstants();
    }

    /**
     * The map and JSON form: a code as its {@link CodeValue#code()} string, a Boolean, or null; the
     * possible values likewise, then {@link OutcomeResult#NO_VALUE} when it may have none.
     */
    public OutcomeResult toOutcomeResult(String name) {
        if (value != null) {
            // A determined value is one of a generated class's shared constants, asked for under one
            // name: its map form is made once (an immutable record; a race makes it twice at worst).
            OutcomeResult known = determined;
            if (known == null || !known.name().equals(name)) {
                known = OutcomeResult.determined(name, plain(value));
                determined = known;
            }
            return known;
        }
        if (!knowsPossible()) {
            return OutcomeResult.undetermined(name, missing());
        }
        T[] values = values();
        List<Object> possible = new ArrayList<>(values.length + 1);
        for (int i = 0; i < values.length; i++) {
            if (CodeBits.has(possibleBits, i)) {
                possible.add(plain(values[i]));
            }
        }
        if (CodeBits.has(possibleBits, values.length)) {
            possible.add(OutcomeResult.NO_VALUE);
        }
        return OutcomeResult.undetermined(name, missing(), possible);
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
                && possible().equals(that.possible()) && mayHaveNoValue() == that.mayHaveNoValue();
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing(), possible());
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
