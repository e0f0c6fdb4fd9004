package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSpecTest {
    @Test
    void factoriesFillTheUnusedComponents() {
        InputSpec bool = InputSpec.bool("functional", "hormone syndrome");
        assertEquals(new InputSpec("functional", InputKind.BOOLEAN, Unit.NONE, Range.unbounded(), List.of(), "hormone syndrome"), bool);
        assertFalse(bool.isNumeric());

        InputSpec code = InputSpec.code("differentiation", List.of("WELL", "POOR"), null);
        assertEquals(InputKind.CODE, code.kind());
        assertEquals(List.of("WELL", "POOR"), code.codes());
        assertEquals("", code.description());

        InputSpec quantity = InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "Ki-67");
        assertEquals(Unit.PERCENT, quantity.unit());
        assertEquals(Range.closed(0, 100), quantity.range());
        assertTrue(quantity.isNumeric());

        assertEquals(InputKind.INTEGER, InputSpec.integer("n", null, null).kind());
        assertEquals(Range.unbounded(), InputSpec.decimal("x", null, null).range());
        assertTrue(InputSpec.decimal("x", null, null).isNumeric());
    }

    @Test
    void codesAreCopied() {
        List<String> codes = new ArrayList<>(List.of("A", "B"));
        InputSpec spec = InputSpec.code("c", codes, null);
        codes.add("C");
        assertEquals(List.of("A", "B"), spec.codes());
    }

    @Test
    void rejectsInconsistentDeclarations() {
        assertThrows(IllegalArgumentException.class, () -> InputSpec.quantity("q", Unit.NONE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new InputSpec("d", InputKind.DECIMAL, Unit.CM, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> InputSpec.code("c", List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> InputSpec.code("c", List.of("A", "A"), null));
        assertThrows(IllegalArgumentException.class, () -> new InputSpec("b", InputKind.BOOLEAN, null, Range.closed(0, 1), null, null));
        assertThrows(IllegalArgumentException.class, () -> new InputSpec("i", InputKind.INTEGER, null, null, List.of("A"), null));
        assertThrows(IllegalArgumentException.class, () -> InputSpec.bool("", null));
        assertThrows(NullPointerException.class, () -> InputSpec.bool(null, null));
    }
}
