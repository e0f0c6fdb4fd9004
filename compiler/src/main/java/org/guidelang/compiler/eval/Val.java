package org.guidelang.compiler.eval;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.runtime.Truth;

/**
 * A value during interpretation: a {@link Truth}, a BigDecimal (null when missing) or a String
 * code (null when missing), with the missing inputs that could decide it when it is unknown and,
 * for an undetermined outcome, the codes it can still take (in code order; empty: nothing known).
 */
record Val(Object value, Set<String> missing, List<String> possible) {
    static final Val TRUE = new Val(Truth.TRUE, Set.of(), List.of());
    static final Val FALSE = new Val(Truth.FALSE, Set.of(), List.of());

    Val(Object value, Set<String> missing) {
        this(value, missing, List.of());
    }

    /** An outcome's code, or undetermined with its missing inputs and still-possible codes. */
    static Val code(String code, Set<String> missing, List<String> possible) {
        return code == null ? new Val(null, missing, possible) : new Val(code, Set.of(), List.of());
    }

    static Val truth(Truth truth, Set<String> missing) {
        return new Val(truth, truth.isUnknown() ? missing : Set.of());
    }

    static Val number(BigDecimal value, Set<String> missing) {
        return new Val(value, value == null ? missing : Set.of());
    }

    static Val code(String code, Set<String> missing) {
        return new Val(code, code == null ? missing : Set.of());
    }

    Truth truth() {
        return (Truth) value;
    }

    BigDecimal number() {
        return (BigDecimal) value;
    }

    boolean isMissing() {
        return value == null || value == Truth.UNKNOWN;
    }

    /** The union of the missing inputs of values that are themselves missing or unknown. */
    static Set<String> missingOf(Val... vals) {
        Set<String> union = new HashSet<>();
        for (Val val : vals) {
            if (val.isMissing()) {
                union.addAll(val.missing());
            }
        }
        return union;
    }
}
