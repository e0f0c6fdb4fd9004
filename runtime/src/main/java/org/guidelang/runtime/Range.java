package org.guidelang.runtime;

/**
 * The valid values of a numeric input, an interval whose ends may be open, closed or unbounded.
 *
 * <p>An infinite end is always open: the constructor clears its {@code closed} flag, so that
 * equal ranges are equal records.
 */
public record Range(double lo, boolean loClosed, double hi, boolean hiClosed) {
    private static final Range UNBOUNDED =
            new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    public Range {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("a range end cannot be NaN");
        }
        if (lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY || lo > hi) {
            throw new IllegalArgumentException("empty range: lo " + lo + " > hi " + hi);
        }
        if (lo == hi && !(loClosed && hiClosed)) {
            throw new IllegalArgumentException("empty range: (" + lo + ", " + hi + ")");
        }
        loClosed = loClosed && lo != Double.NEGATIVE_INFINITY;
        hiClosed = hiClosed && hi != Double.POSITIVE_INFINITY;
    }

    /** The range of all numbers, {@code (*, *)}. */
    public static Range unbounded() {
        return UNBOUNDED;
    }

    /** The closed range {@code [lo, hi]}. */
    public static Range closed(double lo, double hi) {
        return new Range(lo, true, hi, true);
    }

    /**
     * Whether {@code x} lies in the range; false for NaN. Exact on the decimals the doubles stand
     * for ({@link Decimals#of(double)}), since comparing doubles compares those decimals.
     */
    public boolean contains(double x) {
        return (loClosed ? x >= lo : x > lo) && (hiClosed ? x <= hi : x < hi);
    }

    public boolean hasLowerBound() {
        return lo != Double.NEGATIVE_INFINITY;
    }

    public boolean hasUpperBound() {
        return hi != Double.POSITIVE_INFINITY;
    }

    public boolean isUnbounded() {
        return !hasLowerBound() && !hasUpperBound();
    }

    /** Renders like {@code [0, 100]}, {@code (0, *)}, with {@code *} for an unbounded end. */
    @Override
    public String toString() {
        return (loClosed ? "[" : "(")
                + (hasLowerBound() ? Json.plainNumber(lo) : "*")
                + ", "
                + (hasUpperBound() ? Json.plainNumber(hi) : "*")
                + (hiClosed ? "]" : ")");
    }

    /**
     * The bounds in words, for a fix hint: "from 0 to 100", "above 0", "at least 18",
     * "above 0 and at most 100"; empty when unbounded.
     */
    public String inWords() {
        String lower = (loClosed ? "at least " : "above ") + Json.plainNumber(lo);
        String upper = (hiClosed ? "at most " : "below ") + Json.plainNumber(hi);
        if (hasLowerBound() && hasUpperBound()) {
            return loClosed && hiClosed
                    ? "from " + Json.plainNumber(lo) + " to " + Json.plainNumber(hi)
                    : lower + " and " + upper;
        }
        if (hasLowerBound()) {
            return lower;
        }
        return hasUpperBound() ? upper : "";
    }
}
