package org.guidelang.runtime;

import java.util.Set;

/**
 * The operators of GuideLang expressions on doubles, called by generated code where they give
 * exactly the answer of the decimal operators in {@link Decimals} (which the interpreter calls),
 * so that both treat values and missing values identically.
 *
 * <p>A double stands for the shortest decimal that reads back as it ({@link Decimals#of(double)}),
 * and comparing two doubles compares those decimals exactly (see {@link Decimals}); arithmetic
 * and unit conversion on doubles round, so GuideLang code computes them with {@link Decimals}.
 *
 * <p>A missing number is {@code NaN} ({@link #missing()}); a missing code or boolean is {@code
 * null} (or {@link Truth#UNKNOWN}). Comparisons with a missing operand are {@link Truth#UNKNOWN}.
 * None of these methods allocates.
 *
 * <p>Naming: {@code isKnown}/{@code isMissing} are the language's {@code is known}/{@code is
 * missing} operators and return a {@link Truth} (never UNKNOWN); {@link #known(double)} and {@link
 * #absent(double)} are the plain boolean tests for Java code, named apart to avoid overloads that
 * differ only in return type.
 */
public final class Ops {
    private Ops() {}

    /** The representation of a missing number. */
    public static double missing() {
        return Double.NaN;
    }

    /** Whether a number is present (not NaN). */
    public static boolean known(double x) {
        return x == x;
    }

    /** Whether a number is missing (NaN). */
    public static boolean absent(double x) {
        return x != x;
    }

    // --- comparisons: NaN compares false both ways in IEEE 754, so it is caught first ---

    public static Truth lt(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a < b);
    }

    public static Truth le(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a <= b);
    }

    public static Truth gt(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a > b);
    }

    public static Truth ge(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a >= b);
    }

    public static Truth eq(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a == b);
    }

    public static Truth ne(double a, double b) {
        return a != a || b != b ? Truth.UNKNOWN : Truth.of(a != b);
    }

    /**
     * Equality of codes or booleans; UNKNOWN when either side is missing. Two numbers compare by
     * value, so that a boxed {@code Integer 3} equals a {@code Double 3.0} whichever overload the
     * caller's static types select.
     */
    public static Truth eq(Object a, Object b) {
        Object x = normalize(a);
        Object y = normalize(b);
        if (x == null || y == null) {
            return Truth.UNKNOWN;
        }
        if (x instanceof Number && y instanceof Number) {
            return eq(((Number) x).doubleValue(), ((Number) y).doubleValue());
        }
        return Truth.of(x.equals(y));
    }

    public static Truth ne(Object a, Object b) {
        return eq(a, b).not();
    }

    /**
     * Interval membership; pass {@code -Infinity}/{@code +Infinity} for an unbounded end.
     * UNKNOWN when {@code x} is missing; a missing (NaN) end makes its comparison UNKNOWN, and the
     * two comparisons meet by Kleene's {@code and}, as {@link Decimals} intervals do.
     */
    public static Truth in(double x, double lo, boolean loClosed, double hi, boolean hiClosed) {
        if (x != x) {
            return Truth.UNKNOWN;
        }
        if (lo != lo || hi != hi) {
            Truth aboveLo = lo != lo ? Truth.UNKNOWN : Truth.of(loClosed ? x >= lo : x > lo);
            Truth belowHi = hi != hi ? Truth.UNKNOWN : Truth.of(hiClosed ? x <= hi : x < hi);
            return aboveLo.and(belowHi);
        }
        boolean aboveLo = loClosed ? x >= lo : x > lo;
        boolean belowHi = hiClosed ? x <= hi : x < hi;
        return Truth.of(aboveLo && belowHi);
    }

    /** Set membership by {@code equals}; UNKNOWN when {@code x} is missing. */
    public static Truth inSet(Object x, Set<?> set) {
        Object value = normalize(x);
        return value == null ? Truth.UNKNOWN : Truth.of(set.contains(value));
    }

    /** The {@code is known} operator on a number; never UNKNOWN. */
    public static Truth isKnown(double x) {
        return Truth.of(x == x);
    }

    /** The {@code is known} operator on a code or boolean; never UNKNOWN. */
    public static Truth isKnown(Object x) {
        return Truth.of(normalize(x) != null);
    }

    /** The {@code is missing} operator on a number; never UNKNOWN. */
    public static Truth isMissing(double x) {
        return Truth.of(x != x);
    }

    /** The {@code is missing} operator on a code or boolean; never UNKNOWN. */
    public static Truth isMissing(Object x) {
        return Truth.of(normalize(x) == null);
    }

    /**
     * Negation, exact on doubles: the decimal of {@code -x} is minus the decimal of {@code x}. Other
     * arithmetic rounds on doubles and is done on decimals ({@link Decimals}).
     */
    public static double neg(double a) {
        return -a;
    }

    // --- reading values out of a validated input map ---

    /** A map value as a number: NaN for {@code null}. */
    public static double number(Object value) {
        if (value == null) {
            return Double.NaN;
        }
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("not a number: " + value.getClass().getName());
    }

    /** A map value as a truth value: UNKNOWN for {@code null}. */
    public static Truth truth(Object value) {
        if (value == null) {
            return Truth.UNKNOWN;
        }
        if (value instanceof Boolean) {
            return Truth.of((Boolean) value);
        }
        if (value instanceof Truth) {
            return (Truth) value;
        }
        throw new IllegalArgumentException("not a boolean: " + value.getClass().getName());
    }

    /** Maps every representation of "missing" to {@code null} and truth values to booleans. */
    private static Object normalize(Object value) {
        if (value instanceof Truth) {
            return ((Truth) value).toBoolean();
        }
        if (value instanceof Double && ((Double) value).isNaN()) {
            return null;
        }
        if (value instanceof Float && ((Float) value).isNaN()) {
            return null;
        }
        return value;
    }
}
