package org.guidelang.compiler.analysis;

/**
 * One interval of the number line with open or closed ends; an infinite end is always open, so
 * that equal intervals are equal records.
 */
record Interval(double lo, boolean loClosed, double hi, boolean hiClosed) {
    static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    Interval {
        loClosed = loClosed && lo != Double.NEGATIVE_INFINITY;
        hiClosed = hiClosed && hi != Double.POSITIVE_INFINITY;
    }

    static Interval point(double x) {
        return new Interval(x, true, x, true);
    }

    static Interval below(double x, boolean closed) {
        return new Interval(Double.NEGATIVE_INFINITY, false, x, closed);
    }

    static Interval above(double x, boolean closed) {
        return new Interval(x, closed, Double.POSITIVE_INFINITY, false);
    }

    boolean isEmpty() {
        return lo > hi || (lo == hi && !(loClosed && hiClosed)) || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY;
    }

    boolean contains(double x) {
        return (loClosed ? x >= lo : x > lo) && (hiClosed ? x <= hi : x < hi);
    }

    Interval intersect(Interval other) {
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
        return new Interval(newLo, newLoClosed, newHi, newHiClosed);
    }

    /**
     * The whole numbers of this interval as a closed interval (possibly empty): {@code (2, 5.5]}
     * becomes {@code [3, 5]}, so that a gap like {@code (2, 3)} over a count is seen to be empty.
     */
    Interval integers() {
        double intLo = lo == Double.NEGATIVE_INFINITY ? lo : loClosed ? Math.ceil(lo) : Math.floor(lo) + 1;
        double intHi = hi == Double.POSITIVE_INFINITY ? hi : hiClosed ? Math.floor(hi) : Math.ceil(hi) - 1;
        return new Interval(intLo, true, intHi, true);
    }
}
