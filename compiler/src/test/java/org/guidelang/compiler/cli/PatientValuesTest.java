package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Validation;
import org.junit.jupiter.api.Test;

/** The reader's array of values is a map like any other to the validator: the same values, the same errors. */
class PatientValuesTest {
    private static final String[] NAMES = {"ki67", "age", "differentiation"};

    @Test
    void behavesAsTheHashMapItReplaces() {
        PatientValues values = new PatientValues(NAMES);
        Map<String, Object> expected = new HashMap<>();
        assertTrue(values.put(1, 63.0));
        expected.put("age", 63.0);
        assertTrue(values.put(0, null)); // given as null: present, missing
        expected.put("ki67", null);
        assertTrue(values.putOther("kI67", 12.0));
        expected.put("kI67", 12.0);
        assertEquals(expected, values);
        assertEquals(values, expected);
        assertEquals(expected.hashCode(), values.hashCode());
        assertEquals(3, values.size());
        assertTrue(values.containsKey("ki67"));
        assertNull(values.get("ki67"));
        assertFalse(values.containsKey("differentiation"));
        assertEquals(63.0, values.get(new String("age")), "found by equality too, not only by identity");
        assertEquals(12.0, values.get("kI67"));
        assertFalse(values.put(1, 64.0), "a name given twice");
        assertFalse(values.put(0, 1.0), "even after null");
        assertFalse(values.putOther("kI67", 1.0));
        assertEquals(expected, values, "a refused duplicate changes nothing");
    }

    @Test
    void theValidatorGivesTheSameValuesAndErrors() {
        List<InputSpec> specs = List.of(InputSpec.decimal("ki67", Range.closed(0, 100), ""),
                InputSpec.decimal("age", Range.unbounded(), ""),
                InputSpec.code("differentiation", List.of("WELL", "POOR"), ""));
        PatientValues values = new PatientValues(NAMES);
        values.put(0, 120.0);
        values.put(2, "WELL");
        values.putOther("agee", 3.0);
        Map<String, Object> plain = new HashMap<>(values);
        Validation fromArray = InputValidator.of(specs).validate(values);
        Validation fromMap = InputValidator.of(specs).validate(plain);
        assertEquals(fromMap.errors(), fromArray.errors());
        assertEquals(2, fromArray.errors().size(), fromArray.errors().toString());
        assertEquals(fromMap.values(), fromArray.values());
    }
}
