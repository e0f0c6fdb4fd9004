package org.guidelang.runtime;

import static org.guidelang.runtime.Truth.FALSE;
import static org.guidelang.runtime.Truth.TRUE;
import static org.guidelang.runtime.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruthTest {
    @Test
    void andTruthTable() {
        assertEquals(TRUE, TRUE.and(TRUE));
        assertEquals(FALSE, TRUE.and(FALSE));
        assertEquals(UNKNOWN, TRUE.and(UNKNOWN));
        assertEquals(FALSE, FALSE.and(TRUE));
        assertEquals(FALSE, FALSE.and(FALSE));
        assertEquals(FALSE, FALSE.and(UNKNOWN));
        assertEquals(UNKNOWN, UNKNOWN.and(TRUE));
        assertEquals(FALSE, UNKNOWN.and(FALSE));
        assertEquals(UNKNOWN, UNKNOWN.and(UNKNOWN));
    }

    @Test
    void orTruthTable() {
        assertEquals(TRUE, TRUE.or(TRUE));
        assertEquals(TRUE, TRUE.or(FALSE));
        assertEquals(TRUE, TRUE.or(UNKNOWN));
        assertEquals(TRUE, FALSE.or(TRUE));
        assertEquals(FALSE, FALSE.or(FALSE));
        assertEquals(UNKNOWN, FALSE.or(UNKNOWN));
        assertEquals(TRUE, UNKNOWN.or(TRUE));
        assertEquals(UNKNOWN, UNKNOWN.or(FALSE));
        assertEquals(UNKNOWN, UNKNOWN.or(UNKNOWN));
    }

    @Test
    void notTruthTable() {
        assertEquals(FALSE, TRUE.not());
        assertEquals(TRUE, FALSE.not());
        assertEquals(UNKNOWN, UNKNOWN.not());
    }

    @Test
    void deMorganHoldsForAllNineCombinations() {
        for (Truth a : Truth.values()) {
            for (Truth b : Truth.values()) {
                assertEquals(a.and(b).not(), a.not().or(b.not()), a + " " + b);
                assertEquals(a.or(b).not(), a.not().and(b.not()), a + " " + b);
            }
        }
    }

    @Test
    void nullOperandIsABugNotUnknown() {
        assertThrows(NullPointerException.class, () -> FALSE.and(null));
        assertThrows(NullPointerException.class, () -> TRUE.or(null));
    }

    @Test
    void conversions() {
        assertEquals(TRUE, Truth.of(true));
        assertEquals(FALSE, Truth.of(false));
        assertEquals(TRUE, Truth.ofNullable(Boolean.TRUE));
        assertEquals(FALSE, Truth.ofNullable(Boolean.FALSE));
        assertEquals(UNKNOWN, Truth.ofNullable(null));
        assertEquals(Boolean.TRUE, TRUE.toBoolean());
        assertEquals(Boolean.FALSE, FALSE.toBoolean());
        assertNull(UNKNOWN.toBoolean());
    }

    @Test
    void predicates() {
        assertTrue(TRUE.isTrue());
        assertFalse(TRUE.isFalse());
        assertFalse(TRUE.isUnknown());
        assertFalse(FALSE.isTrue());
        assertTrue(FALSE.isFalse());
        assertFalse(FALSE.isUnknown());
        assertFalse(UNKNOWN.isTrue());
        assertFalse(UNKNOWN.isFalse());
        assertTrue(UNKNOWN.isUnknown());
    }
}
