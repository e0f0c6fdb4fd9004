package org.guidelang.compiler.region;

/**
 * One interval of the number line with open or closed ends; an infinite end is always open, so
 * that equal intervals are equal records. An interval may be empty ({@code (3, 3)}); the sets
 * built from intervals drop empty ones.
 */
public record NumberInterval(double lo, boolean loClosed, double hi, boolean hiClosed) {
    public static final NumberInterval ALL =
            new NumberInterval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    public NumberInterval {
        loClosed = loClosed && lo != Double.NEGATIVE_INFINITY;
        hiClosed = hiClosed && hi != Double.POSITIVE_INFINITY;
    }

    /** {@code [x, x]}. */
    public static NumberInterval point(double x) {
        return new NumberInterval(x, true, x, true);
    }

    /** {@code (*, x]} when {@code closed}, {@code (*, x)} otherwise. */
    public static NumberInterval below(double x, boolean closed) {
        return new NumberInterval(Double.NEGATIVE_INFINITY, false, x, closed);
    }

    /** {@code [x, *)} when {@code closed}, {@code (x, *)} otherwise. */
    public static NumberInterval above(double x, boolean closed) {
        return new NumberInterval(x, closed, Double.POSITIVE_INFINITY, false);
    }

    /** As the record's own equality (ends compared as {@link Double#compare} does), written out: faster cold. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof NumberInterval that && loClosed == that.loClosed
                && hiClosed == that.hiClosed && Double.compare(lo, that.lo) == 0 && Double.compare(hi, that.hi) == 0;
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(lo) * 31 + Boolean.hashCode(loClosed)) * 31 + Double.hashCode(hi)) * 31
                + Boolean.hashCode(hiClosed);
    }

    public boolean isEmpty() {
        return lo > hi || (lo == hi && !(loClosed && hiClosed)) || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY;
    }

    public boolean contains(double x) {
        return (loClosed ? x >= lo : x > lo) && (hiClosed ? x <= hi : x < hi);
    }

    public NumberInterval intersect(NumberInterval other) {
        double newLo;
        boolean newLoClosed;
        if (lo > other.lo) {
            newLo = lo;
            newLoClosed = loClosed;
        } else if (other.lo > lo) {
            newLo = other.lo;
            newLoClosed = other.loClosed;
        } else {
            newLo = lo;
            newLoClosed = loClosed && other.loClosed;
        }
        double newHi;
        boolean newHiClosed;
        if (hi < other.hi) {
            newHi = hi;
            newHiClosed = hiClosed;
        } else if (other.hi < hi) {
            newHi = other.hi;
            newHiClosed = other.hiClosed;
        } else {
            newHi = hi;
            newHiClosed = hiClosed && other.hiClosed;
        }
        return new NumberInterval(newLo, newLoClosed, newHi, newHiClosed);
    }

    /**
     * The whole numbers of this interval as a closed interval (possibly empty): {@code (2, 5.5]}
     * becomes {@code [3, 5]}, so that a gap like {@code (2, 3)} over a count is seen to be empty.
     */
    public NumberInterval wholeNumbers() {
        double intLo = lo == Double.NEGATIVE_INFINITY ? lo : loClosed ? Math.ceil(lo) : Math.floor(lo) + 1;
        double intHi = hi == Double.POSITIVE_INFINITY ? hi : hiClosed ? Math.floor(hi) : Math.ceil(hi) - 1;
        return new NumberInterval(intLo, true, intHi, true);
    }

    /**
     * A readable value inside this (non-empty) interval: its middle, rounded to as few decimals as
     * stay inside; next to the finite end of a half-line; 0 for the whole line.
     */
    public double pick() {
        boolean loFinite = lo != Double.NEGATIVE_INFINITY;
        boolean hiFinite = hi != Double.POSITIVE_INFINITY;
        if (loFinite && hiFinite) {
            double middle = lo + (hi - lo) / 2;
            for (int decimals = 0; decimals <= 12; decimals++) {
                double scale = Math.pow(10, decimals);
                double rounded = Math.round(middle * scale) / scale;
                if (contains(rounded)) {
                    return rounded;
                }
            }
            return middle;
        }
        if (loFinite) {
            return loClosed ? lo : Math.floor(lo) + 1;
        }
        if (hiFinite) {
            return hiClosed ? hi : Math.ceil(hi) - 1;
        }
        return 0;
    }
}
