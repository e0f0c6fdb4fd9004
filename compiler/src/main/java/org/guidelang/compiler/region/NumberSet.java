package org.guidelang.compiler.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of numbers as disjoint, sorted, non-touching intervals, and perhaps the missing point.
 * For a whole-number variable ({@code integer} inputs and counts) every interval is reduced to
 * the whole numbers it holds, with closed ends, so emptiness and equality are decided over the
 * values a patient can actually have. The constructor normalizes: equal sets are equal records.
 *
 * @param wholeNumbers whether only whole numbers count
 * @param missing whether the set holds the missing point
 */
public record NumberSet(List<NumberInterval> parts, boolean wholeNumbers, boolean missing) implements ValueSet {
    private static final Comparator<NumberInterval> BY_LOW = Comparator.comparingDouble(NumberInterval::lo)
            .thenComparing(i -> !i.loClosed());

    public NumberSet {
        parts = normalized(parts, wholeNumbers);
    }

    /** The known numbers of {@code interval} (its whole numbers when {@code wholeNumbers}). */
    public static NumberSet of(NumberInterval interval, boolean wholeNumbers) {
        return new NumberSet(List.of(interval), wholeNumbers, false);
    }

    private static List<NumberInterval> normalized(List<NumberInterval> intervals, boolean wholeNumbers) {
        List<NumberInterval> sorted = new ArrayList<>();
        for (NumberInterval interval : intervals) {
            NumberInterval part = wholeNumbers ? interval.wholeNumbers() : interval;
            if (!part.isEmpty()) {
                sorted.add(part);
            }
        }
        sorted.sort(BY_LOW);
        List<NumberInterval> merged = new ArrayList<>();
        for (NumberInterval next : sorted) {
            if (!merged.isEmpty() && touches(merged.get(merged.size() - 1), next, wholeNumbers)) {
                NumberInterval last = merged.remove(merged.size() - 1);
                boolean nextHigher = next.hi() > last.hi() || (next.hi() == last.hi() && next.hiClosed());
                merged.add(nextHigher ? new NumberInterval(last.lo(), last.loClosed(), next.hi(), next.hiClosed())
                        : last);
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /** Whether {@code next} (starting at or after {@code last}) overlaps or adjoins it. */
    private static boolean touches(NumberInterval last, NumberInterval next, boolean wholeNumbers) {
        if (wholeNumbers) {
            return next.lo() <= last.hi() + 1;
        }
        return next.lo() < last.hi() || (next.lo() == last.hi() && (last.hiClosed() || next.loClosed()));
    }

    /** As the record's own equality, written out: unions compare sets all the time, and this is faster cold. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof NumberSet that && missing == that.missing
                && wholeNumbers == that.wholeNumbers && parts.equals(that.parts);
    }

    @Override
    public int hashCode() {
        return (31 * parts.hashCode() + Boolean.hashCode(wholeNumbers)) * 31 + Boolean.hashCode(missing);
    }

    @Override
    public boolean isEmpty() {
        return parts.isEmpty() && !missing;
    }

    @Override
    public boolean includesMissing() {
        return missing;
    }

    @Override
    public NumberSet withMissing(boolean missing) {
        return missing == this.missing ? this : new NumberSet(parts, wholeNumbers, missing);
    }

    @Override
    public NumberSet intersect(ValueSet other) {
        NumberSet that = (NumberSet) other;
        List<NumberInterval> result = new ArrayList<>();
        for (NumberInterval a : parts) {
            for (NumberInterval b : that.parts) {
                NumberInterval both = a.intersect(b);
                if (!both.isEmpty()) {
                    result.add(both);
                }
            }
        }
        return new NumberSet(result, wholeNumbers, missing && that.missing);
    }

    @Override
    public NumberSet minus(ValueSet other) {
        return intersect(((NumberSet) other).complement());
    }

    @Override
    public NumberSet union(ValueSet other) {
        NumberSet that = (NumberSet) other;
        List<NumberInterval> all = new ArrayList<>(parts);
        all.addAll(that.parts);
        return new NumberSet(all, wholeNumbers, missing || that.missing);
    }

    /** Every number (of the same kind) not in this set, with the missing point if this set lacks it. */
    public NumberSet complement() {
        List<NumberInterval> gaps = new ArrayList<>();
        double lo = Double.NEGATIVE_INFINITY;
        boolean loClosed = false;
        for (NumberInterval part : parts) {
            gaps.add(new NumberInterval(lo, loClosed, part.lo(), !part.loClosed()));
            lo = part.hi();
            loClosed = !part.hiClosed();
        }
        gaps.add(new NumberInterval(lo, loClosed, Double.POSITIVE_INFINITY, false));
        return new NumberSet(gaps, wholeNumbers, !missing);
    }
}
