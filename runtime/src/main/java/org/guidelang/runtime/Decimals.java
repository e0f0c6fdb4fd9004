package org.guidelang.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact arithmetic of GuideLang numbers, called alike by the interpreter and by generated code
 * wherever a double would round: values are decimals, {@code null} when missing.
 *
 * <p>A {@code double} given to GuideLang stands for one decimal: the shortest decimal that reads
 * back as that double (the nearest one when several are as short), which is what a person wrote
 * when the double came from text ({@code 0.1}, {@code 2.5}, {@code 1e-5}); see {@link #of(double)}.
 * {@code +}, {@code -}, {@code *} and negation are exact; {@link #div} rounds to {@link
 * #PRECISION}; comparisons are exact.
 *
 * <p>Why a comparison of two doubles is already exact (the generated code's fast path): every
 * decimal that reads back as a double {@code d} lies in {@code d}'s rounding interval, the reals
 * nearer to {@code d} than to any other double. Those intervals do not overlap and are ordered as
 * the doubles are, so {@code d1 < d2} exactly when {@code of(d1) < of(d2)}, and {@code d1 == d2}
 * exactly when {@code of(d1) == of(d2)} ({@code -0.0 == 0.0} both ways).
 */
public final class Decimals {
    /**
     * The precision of division and of a unit conversion that does not come out even: 34
     * significant digits, rounding half to even (IEEE 754 decimal128). A result that fits in 34
     * digits is exact.
     */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    // Distinct decimals of at most 15 significant digits read as distinct (normal) doubles.
    private static final int UNIQUE_DIGITS = 15;
    private static final MathContext FIFTEEN = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final MathContext SIXTEEN = new MathContext(16, RoundingMode.HALF_EVEN);
    // 17 significant digits always read back as the same double.
    private static final MathContext SEVENTEEN = new MathContext(17, RoundingMode.HALF_EVEN);
    private static final double TWO_TO_53 = 9007199254740992.0;

    private Decimals() {}

    /**
     * The decimal a double stands for: the shortest decimal that reads back as {@code x} (of
     * those, the nearest to {@code x}), trailing zeros stripped; {@code null} for NaN (missing).
     *
     * <p>{@code Double.toString} reads back as {@code x} too, but before Java 19 it sometimes
     * gives more digits than needed ({@code 2.82879384806159008E17} for {@code 2.82879384806159E17}),
     * so the shortest decimal is found here: {@code x} correctly rounded to 15, 16, then 17
     * significant digits, the first that reads back (17 always does).
     *
     * @throws IllegalArgumentException for an infinity, which no decimal is
     */
    public static BigDecimal of(double x) {
        if (x != x) {
            return null;
        }
        if (x == Math.rint(x) && Math.abs(x) < TWO_TO_53) {
            return BigDecimal.valueOf((long) x).stripTrailingZeros();
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("no decimal is " + x);
        }
        if (Math.abs(x) < Double.MIN_NORMAL) {
            return subnormal(x);
        }
        BigDecimal written = BigDecimal.valueOf(x);
        if (written.precision() <= UNIQUE_DIGITS) {
            // No other decimal of at most 15 digits reads as x, so none is shorter.
            return written.stripTrailingZeros();
        }
        // written lies within half an ulp of x, and 15-digit decimals are more than three ulps
        // apart, so rounding written to 15 digits finds the 15-digit decimal that reads back as x
        // whenever x correctly rounded to 15 digits does (cheaper than rounding x's exact value).
        BigDecimal fifteen = written.round(FIFTEEN);
        if (fifteen.doubleValue() == x) {
            return fifteen.stripTrailingZeros();
        }
        BigDecimal sixteen = new BigDecimal(x, SIXTEEN);
        if (sixteen.doubleValue() == x) {
            return sixteen.stripTrailingZeros();
        }
        return new BigDecimal(x, SEVENTEEN).stripTrailingZeros();
    }

    /** A subnormal double holds fewer digits, so its shortest decimal is searched from one digit. */
    private static BigDecimal subnormal(double x) {
        for (int digits = 1; ; digits++) {
            BigDecimal rounded = new BigDecimal(x, new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == x) {
                return rounded.stripTrailingZeros();
            }
        }
    }

    /**
     * A value as a decimal: {@code null} and NaN are {@code null} (missing), a Double or Float is
     * the decimal it stands for (a Float by its own shortest text), integers and BigDecimals are
     * exact.
     *
     * @throws IllegalArgumentException for a value that is not a finite number
     */
    public static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double) {
            return of((Double) value);
        }
        if (value instanceof Float) {
            float f = (Float) value;
            if (f != f) {
                return null;
            }
            if (Float.isInfinite(f)) {
                throw new IllegalArgumentException("not a finite number: " + f);
            }
            return new BigDecimal(Float.toString(f)).stripTrailingZeros();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Number) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a finite number: " + value, e);
            }
        }
        throw new IllegalArgumentException("not a number: " + value.getClass().getName());
    }

    /**
     * Whether {@code value} is exactly the decimal of some double (its {@link #of(double)}), so that
     * storing it as that double loses nothing: true for {@code 0.1} and {@code 0.30000000000000004},
     * false for {@code 2.9999999999999999} (which reads as 3) and for numbers beyond a double's range.
     */
    public static boolean fitsDouble(BigDecimal value) {
        double d = value.doubleValue();
        return Double.isFinite(d) && of(d).compareTo(value) == 0;
    }

    // --- arithmetic: null (missing) propagates ---

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    public static BigDecimal sub(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    public static BigDecimal mul(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.multiply(b);
    }

    /**
     * The quotient rounded to {@link #PRECISION}; division by zero is missing, so that a ratio
     * with a zero denominator leaves the decision undetermined.
     */
    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a == null || b == null || b.signum() == 0 ? null : a.divide(b, PRECISION);
    }

    public static BigDecimal neg(BigDecimal a) {
        return a == null ? null : a.negate();
    }

    // --- comparisons: exact, UNKNOWN when either side is missing ---

    public static Truth lt(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) < 0);
    }

    public static Truth le(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) <= 0);
    }

    public static Truth gt(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) > 0);
    }

    public static Truth ge(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) >= 0);
    }

    public static Truth eq(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) == 0);
    }

    public static Truth ne(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Truth.UNKNOWN : Truth.of(a.compareTo(b) != 0);
    }

    /**
     * {@code x in (*, *)}: TRUE for every number, UNKNOWN when {@code x} is missing. An interval
     * with ends is the Kleene conjunction of its two comparisons, such as {@code ge(x, lo).and(lt(x,
     * hi))}.
     */
    public static Truth inAll(BigDecimal x) {
        return x == null ? Truth.UNKNOWN : Truth.TRUE;
    }
}
