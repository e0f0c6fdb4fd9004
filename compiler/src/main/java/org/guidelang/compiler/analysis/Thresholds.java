package org.guidelang.compiler.analysis;

import java.math.BigDecimal;
import org.guidelang.compiler.region.NumberInterval;
import org.guidelang.runtime.Decimals;

/**
 * Where a guideline's decimal threshold falls among the numbers a patient can have. A patient's
 * number is a double standing for its shortest decimal ({@link Decimals#of(double)}), and
 * doubles are ordered as their decimals are, so {@code x < t} for a decimal {@code t} is an
 * interval of doubles with a double end: {@code t}'s own double when one stands for exactly
 * {@code t}, else the first double above {@code t}, which no patient's number passes without
 * passing {@code t} ({@code x <= 2.9999999999999999} is {@code x < 3}). Regions built from
 * these intervals decide over the decimals exactly as the interpreter does.
 */
final class Thresholds {
    private Thresholds() {}

    /** {@code x < t} when {@code !closed}, {@code x <= t} when {@code closed}. */
    static NumberInterval below(BigDecimal t, boolean closed) {
        if (Decimals.fitsDouble(t)) {
            return NumberInterval.below(t.doubleValue(), closed);
        }
        return NumberInterval.below(firstAbove(t), false);
    }

    /** {@code x > t} when {@code !closed}, {@code x >= t} when {@code closed}. */
    static NumberInterval above(BigDecimal t, boolean closed) {
        if (Decimals.fitsDouble(t)) {
            return NumberInterval.above(t.doubleValue(), closed);
        }
        return NumberInterval.above(firstAbove(t), true);
    }

    /** {@code x = t}: empty when no double stands for {@code t}. */
    static NumberInterval point(BigDecimal t) {
        if (Decimals.fitsDouble(t)) {
            return NumberInterval.point(t.doubleValue());
        }
        double above = firstAbove(t);
        return new NumberInterval(above, false, above, false);
    }

    /** {@code lo <=/< x <=/< hi}; a null end is open. */
    static NumberInterval between(BigDecimal lo, boolean loClosed, BigDecimal hi, boolean hiClosed) {
        NumberInterval from = lo == null ? NumberInterval.ALL : above(lo, loClosed);
        NumberInterval to = hi == null ? NumberInterval.ALL : below(hi, hiClosed);
        return from.intersect(to);
    }

    /**
     * The first double whose decimal exceeds {@code t}, a decimal no double stands for (infinite
     * beyond the doubles). {@code t} rounds to the nearest double {@code d}, so it lies in {@code
     * d}'s rounding interval, and so does {@code d}'s decimal; the decimal of the double below
     * {@code d} lies in the interval below, under {@code t}. So the answer is {@code d} or the
     * double after it.
     */
    static double firstAbove(BigDecimal t) {
        double nearest = t.doubleValue();
        if (Double.isInfinite(nearest)) {
            return nearest;
        }
        return Decimals.of(nearest).compareTo(t) > 0 ? nearest : Math.nextUp(nearest);
    }
}
