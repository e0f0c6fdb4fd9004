package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of numbers as disjoint, sorted, non-touching intervals. For a whole-number variable
 * ({@code integer}) every interval is reduced to the whole numbers it holds, with closed ends,
 * so emptiness and equality are decided over the values a patient can actually have.
 */
record Numbers(List<Interval> parts, boolean integer) implements Values {
    private static final Comparator<Interval> BY_LOW = Comparator.comparingDouble(Interval::lo)
            .thenComparing(i -> !i.loClosed());

    Numbers {
        parts = List.copyOf(parts);
    }

    static Numbers of(Interval interval, boolean integer) {
        return normalized(List.of(interval), integer);
    }

    static Numbers normalized(List<Interval> intervals, boolean integer) {
        List<Interval> sorted = new ArrayList<>();
        for (Interval interval : intervals) {
            Interval part = integer ? interval.integers() : interval;
            if (!part.isEmpty()) {
                sorted.add(part);
            }
        }
        sorted.sort(BY_LOW);
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (!merged.isEmpty() && touches(merged.get(merged.size() - 1), next, integer)) {
                Interval last = merged.remove(merged.size() - 1);
                boolean nextHigher = next.hi() > last.hi() || (next.hi() == last.hi() && next.hiClosed());
                merged.add(nextHigher ? new Interval(last.lo(), last.loClosed(), next.hi(), next.hiClosed()) : last);
            } else {
                merged.add(next);
            }
        }
        return new Numbers(merged, integer);
    }

    /** Whether {@code next} (starting at or after {@code last}) overlaps or adjoins it. */
    private static boolean touches(Interval last, Interval next, boolean integer) {
        if (integer) {
            return next.lo() <= last.hi() + 1;
        }
        return next.lo() < last.hi() || (next.lo() == last.hi() && (last.hiClosed() || next.loClosed()));
    }

    @Override
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public Numbers intersect(Values other) {
        Numbers that = (Numbers) other;
        List<Interval> result = new ArrayList<>();
        for (Interval a : parts) {
            for (Interval b : that.parts) {
                Interval both = a.intersect(b);
                if (!both.isEmpty()) {
                    result.add(both);
                }
            }
        }
        return normalized(result, integer);
    }

    @Override
    public Numbers minus(Values other) {
        return intersect(((Numbers) other).complement());
    }

    @Override
    public Numbers union(Values other) {
        List<Interval> all = new ArrayList<>(parts);
        all.addAll(((Numbers) other).parts);
        return normalized(all, integer);
    }

    /** Every number (of the same kind) not in this set. */
    Numbers complement() {
        List<Interval> gaps = new ArrayList<>();
        double lo = Double.NEGATIVE_INFINITY;
        boolean loClosed = false;
        for (Interval part : parts) {
            gaps.add(new Interval(lo, loClosed, part.lo(), !part.loClosed()));
            lo = part.hi();
            loClosed = !part.hiClosed();
        }
        gaps.add(new Interval(lo, loClosed, Double.POSITIVE_INFINITY, false));
        return normalized(gaps, integer);
    }
}
