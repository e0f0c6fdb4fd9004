package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RangeTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void containsRespectsEachEnd() {
        Range closed = Range.closed(0, 100);
        assertTrue(closed.contains(0));
        assertTrue(closed.contains(100));
        assertTrue(closed.contains(42.5));
        assertFalse(closed.contains(-0.001));
        assertFalse(closed.contains(100.001));
        assertFalse(closed.contains(Double.NaN));

        Range open = new Range(0, false, 100, false);
        assertFalse(open.contains(0));
        assertFalse(open.contains(100));
        assertTrue(open.contains(1e-9));

        assertTrue(Range.unbounded().contains(-1e308));
        assertTrue(Range.unbounded().contains(1e308));
        assertFalse(Range.unbounded().contains(Double.NaN));
    }

    @Test
    void rendersWithStarForUnboundedEnds() {
        assertEquals("[0, 100]", Range.closed(0, 100).toString());
        assertEquals("(0, *)", new Range(0, false, INF, false).toString());
        assertEquals("[18, *)", new Range(18, true, INF, false).toString());
        assertEquals("(*, 2.5]", new Range(-INF, false, 2.5, true).toString());
        assertEquals("(*, *)", Range.unbounded().toString());
        assertEquals("[0.5, 1)", new Range(0.5, true, 1, false).toString());
    }

    @Test
    void infiniteEndsAreAlwaysOpen() {
        Range range = new Range(-INF, true, INF, true);
        assertFalse(range.loClosed());
        assertFalse(range.hiClosed());
        assertEquals(Range.unbounded(), range);
        assertTrue(range.isUnbounded());
        assertFalse(Range.closed(0, 1).isUnbounded());
        assertTrue(new Range(0, true, INF, false).hasLowerBound());
        assertFalse(new Range(0, true, INF, false).hasUpperBound());
    }

    @Test
    void rejectsEmptyAndInvalidRanges() {
        assertThrows(IllegalArgumentException.class, () -> Range.closed(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Range(1, false, 1, true));
        assertThrows(IllegalArgumentException.class, () -> Range.closed(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Range.closed(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Range(INF, false, INF, false));
        assertEquals("[1, 1]", Range.closed(1, 1).toString());
    }

    @Test
    void describesBoundsInWords() {
        assertEquals("from 0 to 100", Range.closed(0, 100).inWords());
        assertEquals("above 0", new Range(0, false, INF, false).inWords());
        assertEquals("at least 18", new Range(18, true, INF, false).inWords());
        assertEquals("at most 5", new Range(-INF, false, 5, true).inWords());
        assertEquals("below 5", new Range(-INF, false, 5, false).inWords());
        assertEquals("above 0 and at most 100", new Range(0, false, 100, true).inWords());
        assertEquals("at least 0 and below 2.5", new Range(0, true, 2.5, false).inWords());
        assertEquals("", Range.unbounded().inWords());
    }
}
