package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputValuesTest {
    private static final InputSpec KI67 = InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "Ki-67 index");
    private static final InputSpec MITOSES = InputSpec.quantity("mitoticCount", Unit.COUNT,
            new Range(0, true, Double.POSITIVE_INFINITY, false), "");

    @Test
    void missingIsNullAndPasses() {
        assertNull(InputValues.requireValid(KI67, (Double) null));
        assertTrue(Double.isNaN(InputValues.number((Double) null)));
        assertTrue(Double.isNaN(InputValues.number((Integer) null)));
        assertTrue(Double.isNaN(InputValues.number((Long) null)));
    }

    @Test
    void valuesInsideTheDeclarationPassUnchanged() {
        Double value = 12.5;
        assertSame(value, InputValues.requireValid(KI67, value));
        assertEquals(3L, InputValues.requireValid(MITOSES, 3L));
        assertEquals(3.0, InputValues.number(3L));
        assertEquals(7.0, InputValues.number(7));
    }

    @Test
    void nanIsRefusedNamingTheInputAndTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputValues.requireValid(KI67, Double.NaN));
        assertEquals("$.ki67: value NaN is not a finite number (Ki-67 index) — fix: give a percentage from 0 to 100, "
                + "or null if it is not known", e.getMessage());
        InvalidInputException cause = (InvalidInputException) e.getCause();
        assertEquals("$.ki67", cause.errors().get(0).path());
    }

    @Test
    void infinityOutOfRangeAndFractionsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> InputValues.requireValid(KI67, Double.POSITIVE_INFINITY)).getMessage().startsWith("$.ki67: value "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputValues.requireValid(KI67, 120.0))
                .getMessage().startsWith("$.ki67: value 120 is out of range [0, 100]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputValues.requireValid(MITOSES, 2.5))
                .getMessage().contains("is not a whole number"));
    }

    @Test
    void mapValuesBecomeComponentsAndBack() {
        assertEquals(Double.valueOf(3.0), InputValues.decimal(3));
        assertEquals(Integer.valueOf(3), InputValues.whole(3.0));
        assertEquals(Long.valueOf(3), InputValues.wholeLong(3.0));
        assertNull(InputValues.whole(null));
        assertEquals(Boolean.TRUE, InputValues.bool(Truth.TRUE));
        assertNull(InputValues.bool(Truth.UNKNOWN));
        assertEquals(Boolean.FALSE, InputValues.bool(false));
        assertEquals(Double.valueOf(4.0), InputValues.mapValue(4L));
        assertThrows(IllegalArgumentException.class, () -> InputValues.whole(2.5));
    }
}
