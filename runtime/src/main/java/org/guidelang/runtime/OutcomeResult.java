package org.guidelang.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value of one outcome of a guideline for one patient: a code, a boolean, or undetermined
 * ({@code null}) together with the inputs whose values could decide it.
 *
 * <p>{@code value} may also be given as a {@link Truth}, which is stored as a Boolean (UNKNOWN as
 * null). {@code missing} is stored sorted and unmodifiable, and must be empty when determined.
 */
public record OutcomeResult(String name, Object value, Set<String> missing) {
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

    public boolean isDetermined() {
        return value != null;
    }
}
