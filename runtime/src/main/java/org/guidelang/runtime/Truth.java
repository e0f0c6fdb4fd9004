package org.guidelang.runtime;

import java.util.Objects;

/** A truth value of Kleene's strong three-valued logic, the result of every GuideLang condition. */
public enum Truth {
    TRUE,
    FALSE,
    /** The condition depends on a missing value, so either answer is still possible. */
    UNKNOWN;

    /** Returns {@link #TRUE} or {@link #FALSE}. */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Returns {@link #UNKNOWN} for {@code null}, the value otherwise. */
    public static Truth ofNullable(Boolean value) {
        return value == null ? UNKNOWN : of(value);
    }

    /** Kleene conjunction: one false operand decides, whatever the unknown one turns out to be. */
    public Truth and(Truth other) {
        Objects.requireNonNull(other, "other");
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    /** Kleene disjunction: one true operand decides, whatever the unknown one turns out to be. */
    public Truth or(Truth other) {
        Objects.requireNonNull(other, "other");
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    /** Negation; the negation of an unknown value is still unknown. */
    public Truth not() {
        switch (this) {
            case TRUE:
                return FALSE;
            case FALSE:
                return TRUE;
            default:
                return UNKNOWN;
        }
    }

    public boolean isTrue() {
        return this == TRUE;
    }

    public boolean isFalse() {
        return this == FALSE;
    }

    public boolean isUnknown() {
        return this == UNKNOWN;
    }

    /** Returns the boolean value, or {@code null} when unknown (the map and JSON representation). */
    public Boolean toBoolean() {
        switch (this) {
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
