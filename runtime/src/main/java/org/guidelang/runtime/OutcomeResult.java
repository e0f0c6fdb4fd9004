package org.guidelang.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value of one outcome of a guideline for one patient: a code, a boolean, or undetermined
 * ({@code null}) together with the inputs whose values could decide it.
 *
 * <p>{@code value} may also be given as a {@link Truth}, which is stored as a Boolean (UNKNOWN as
 * null). {@code missing} is stored sorted and unmodifiable, and must be empty when determined.
 * {@code possible}, for an undetermined outcome, holds the values some completion of the missing
 * inputs gives it (codes or booleans, in declaration order, then {@link #NO_VALUE} when some
 * completion leaves it without one); empty when determined, or when nothing is known of them.
 */
public record OutcomeResult(String name, Object value, Set<String> missing, List<Object> possible) {
    /** Stands in {@link #possible()} for "no value": no rule applies, or the rules conflict. */
    public static final String NO_VALUE = "no value";

    public OutcomeResult {
        Objects.requireNonNull(name, "name");
        if (value instanceof Truth) {
            value = ((Truth) value).toBoolean();
        }
        if (value != null && !(value instanceof String) && !(value instanceof Boolean)) {
            throw new IllegalArgumentException(name + ": an outcome is a code or a boolean, not " + value.getClass().getName());
        }
        if (missing == null || missing.isEmpty()) {
            missing = Collections.emptySortedSet();
        } else if (!(missing instanceof SortedNames)) { // InputIndex's sets are sorted and immutable already
            missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
        }
        if (value != null && !missing.isEmpty()) {
            throw new IllegalArgumentException(name + ": a determined outcome has no missing inputs, got " + missing);
        }
        possible = possible == null || value != null ? List.of() : List.copyOf(possible);
    }

    /** An outcome whose possible values are not known. */
    public OutcomeResult(String name, Object value, Set<String> missing) {
        this(name, value, missing, List.of());
    }

    /** A determined outcome (a code String, a Boolean, or a Truth other than UNKNOWN). */
    public static OutcomeResult determined(String name, Object value) {
        Objects.requireNonNull(value, "value");
        return new OutcomeResult(name, value, Set.of());
    }

    /** An undetermined outcome and the inputs whose values could decide it. */
    public static OutcomeResult undetermined(String name, Collection<String> missing) {
        return new OutcomeResult(name, null, missing instanceof Set ? (Set<String>) missing : new TreeSet<>(missing));
    }

    /** An undetermined outcome, the inputs whose values could decide it, and the values it can still take. */
    public static OutcomeResult undetermined(String name, Collection<String> missing, List<Object> possible) {
        // InputIndex's sets are sorted and immutable: taken as they are, not copied twice
        return new OutcomeResult(name, null, missing instanceof SortedNames ? (SortedNames) missing
                : new TreeSet<>(missing), possible);
    }

    public boolean isDetermined() {
        return value != null;
    }
}
