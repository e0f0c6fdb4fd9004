package org.guidelang.runtime;

import static org.guidelang.runtime.Truth.FALSE;
import static org.guidelang.runtime.Truth.TRUE;
import static org.guidelang.runtime.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OpsTest {
    private static final double NAN = Ops.missing();
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void missingIsNaN() {
        assertTrue(Double.isNaN(Ops.missing()));
        assertTrue(Ops.known(0));
        assertTrue(Ops.known(-INF));
        assertFalse(Ops.known(NAN));
        assertTrue(Ops.absent(NAN));
        assertFalse(Ops.absent(0));
    }

    @Test
    void lessThan() {
        assertEquals(TRUE, Ops.lt(1, 2));
        assertEquals(FALSE, Ops.lt(2, 2));
        assertEquals(FALSE, Ops.lt(3, 2));
        assertEquals(UNKNOWN, Ops.lt(NAN, 2));
        assertEquals(UNKNOWN, Ops.lt(1, NAN));
        assertEquals(UNKNOWN, Ops.lt(NAN, NAN));
    }

    @Test
    void lessOrEqual() {
        assertEquals(TRUE, Ops.le(1, 2));
        assertEquals(TRUE, Ops.le(2, 2));
        assertEquals(FALSE, Ops.le(3, 2));
        assertEquals(UNKNOWN, Ops.le(NAN, 2));
        assertEquals(UNKNOWN, Ops.le(1, NAN));
    }

    @Test
    void greaterThan() {
        assertEquals(FALSE, Ops.gt(1, 2));
        assertEquals(FALSE, Ops.gt(2, 2));
        assertEquals(TRUE, Ops.gt(3, 2));
        assertEquals(UNKNOWN, Ops.gt(NAN, 2));
        assertEquals(UNKNOWN, Ops.gt(1, NAN));
    }

    @Test
    void greaterOrEqual() {
        assertEquals(FALSE, Ops.ge(1, 2));
        assertEquals(TRUE, Ops.ge(2, 2));
        assertEquals(TRUE, Ops.ge(3, 2));
        assertEquals(UNKNOWN, Ops.ge(NAN, 2));
        assertEquals(UNKNOWN, Ops.ge(1, NAN));
    }

    @Test
    void numericEquality() {
        assertEquals(TRUE, Ops.eq(2, 2));
        assertEquals(FALSE, Ops.eq(2, 3));
        assertEquals(TRUE, Ops.eq(0.0, -0.0));
        assertEquals(UNKNOWN, Ops.eq(NAN, 2));
        assertEquals(UNKNOWN, Ops.eq(2, NAN));
        assertEquals(UNKNOWN, Ops.eq(NAN, NAN));
        assertEquals(FALSE, Ops.ne(2, 2));
        assertEquals(TRUE, Ops.ne(2, 3));
        assertEquals(UNKNOWN, Ops.ne(NAN, 2));
        assertEquals(UNKNOWN, Ops.ne(2, NAN));
    }

    @Test
    void objectEquality() {
        assertEquals(TRUE, Ops.eq("WELL", "WELL"));
        assertEquals(FALSE, Ops.eq("WELL", "POOR"));
        assertEquals(UNKNOWN, Ops.eq(null, "WELL"));
        assertEquals(UNKNOWN, Ops.eq("WELL", null));
        assertEquals(UNKNOWN, Ops.eq((Object) null, (Object) null));
        assertEquals(TRUE, Ops.eq(Boolean.TRUE, TRUE));
        assertEquals(FALSE, Ops.eq(FALSE, Boolean.TRUE));
        assertEquals(UNKNOWN, Ops.eq(UNKNOWN, Boolean.TRUE));
        assertEquals(UNKNOWN, Ops.eq(Boolean.FALSE, UNKNOWN));
        // Boxed numbers compare by value, whatever their class; NaN is missing.
        assertEquals(TRUE, Ops.eq((Object) 3, (Object) 3.0));
        assertEquals(FALSE, Ops.eq((Object) 3L, (Object) 3.5));
        assertEquals(UNKNOWN, Ops.eq((Object) Double.NaN, (Object) 3.0));

        assertEquals(FALSE, Ops.ne("WELL", "WELL"));
        assertEquals(TRUE, Ops.ne("WELL", "POOR"));
        assertEquals(UNKNOWN, Ops.ne(null, "WELL"));
        assertEquals(UNKNOWN, Ops.ne("WELL", null));
        assertEquals(UNKNOWN, Ops.ne(UNKNOWN, TRUE));
    }

    @Test
    void intervals() {
        assertEquals(TRUE, Ops.in(0, 0, true, 100, true));
        assertEquals(TRUE, Ops.in(100, 0, true, 100, true));
        assertEquals(FALSE, Ops.in(0, 0, false, 100, true));
        assertEquals(FALSE, Ops.in(100, 0, true, 100, false));
        assertEquals(TRUE, Ops.in(50, 0, false, 100, false));
        assertEquals(FALSE, Ops.in(-1, 0, true, 100, true));
        assertEquals(FALSE, Ops.in(101, 0, true, 100, true));
        assertEquals(TRUE, Ops.in(1e300, 20, false, INF, false));
        assertEquals(FALSE, Ops.in(20, 20, false, INF, false));
        assertEquals(TRUE, Ops.in(-1e300, -INF, false, 3, false));
        assertEquals(FALSE, Ops.in(3, -INF, false, 3, false));
        assertEquals(UNKNOWN, Ops.in(NAN, 0, true, 100, true));
        assertEquals(UNKNOWN, Ops.in(NAN, -INF, false, INF, false));
    }

    @Test
    void setMembership() {
        Set<String> codes = Set.of("NET_G1", "NET_G2");
        assertEquals(TRUE, Ops.inSet("NET_G1", codes));
        assertEquals(FALSE, Ops.inSet("NEC_G3", codes));
        assertEquals(UNKNOWN, Ops.inSet(null, codes));
        assertEquals(UNKNOWN, Ops.inSet(UNKNOWN, Set.of(true)));
        assertEquals(TRUE, Ops.inSet(TRUE, Set.of(true)));
        assertEquals(UNKNOWN, Ops.inSet(null, Set.of()));
        assertEquals(FALSE, Ops.inSet("X", Set.of()));
    }

    @Test
    void knownAndMissingAreNeverUnknown() {
        assertEquals(TRUE, Ops.isKnown(3.0));
        assertEquals(FALSE, Ops.isKnown(NAN));
        assertEquals(FALSE, Ops.isMissing(3.0));
        assertEquals(TRUE, Ops.isMissing(NAN));

        assertEquals(TRUE, Ops.isKnown("WELL"));
        assertEquals(TRUE, Ops.isKnown(Boolean.FALSE));
        assertEquals(TRUE, Ops.isKnown(FALSE));
        assertEquals(FALSE, Ops.isKnown((Object) null));
        assertEquals(FALSE, Ops.isKnown(UNKNOWN));
        assertEquals(FALSE, Ops.isKnown((Object) Double.NaN));
        assertEquals(FALSE, Ops.isMissing("WELL"));
        assertEquals(TRUE, Ops.isMissing((Object) null));
        assertEquals(TRUE, Ops.isMissing(UNKNOWN));
        assertEquals(FALSE, Ops.isMissing(TRUE));
    }

    @Test
    void negationIsExactAndPropagatesMissing() {
        assertEquals(-2.0, Ops.neg(2));
        assertEquals(-0.1, Ops.neg(0.1));
        assertTrue(Double.isNaN(Ops.neg(NAN)));
    }

    @Test
    void aMissingIntervalEndIsUnknownUnlessTheOtherEndDecides() {
        assertEquals(UNKNOWN, Ops.in(5, NAN, true, 10, true));
        assertEquals(FALSE, Ops.in(15, NAN, true, 10, true));
        assertEquals(UNKNOWN, Ops.in(5, 0, true, NAN, false));
        assertEquals(FALSE, Ops.in(-1, 0, true, NAN, false));
        assertEquals(UNKNOWN, Ops.in(5, NAN, true, NAN, true));
    }

    @Test
    void readsMapValues() {
        assertTrue(Double.isNaN(Ops.number(null)));
        assertEquals(3.0, Ops.number(3));
        assertEquals(2.5, Ops.number(2.5));
        assertThrows(IllegalArgumentException.class, () -> Ops.number("3"));
        assertEquals(UNKNOWN, Ops.truth(null));
        assertEquals(TRUE, Ops.truth(Boolean.TRUE));
        assertEquals(FALSE, Ops.truth(FALSE));
        assertThrows(IllegalArgumentException.class, () -> Ops.truth("true"));
    }

    @Test
    void aFloatNanIsMissingLikeADoubleNan() {
        assertEquals(TRUE, Ops.isMissing((Object) Float.NaN));
        assertEquals(UNKNOWN, Ops.eq((Object) Float.NaN, (Object) 1.0f));
        assertEquals(FALSE, Ops.isMissing((Object) 1.5f));
    }
}
