package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InputIndexTest {
    private static final InputIndex INPUTS = InputIndex.of(List.of("mitoticCount", "age", "ki67", "differentiation"));

    @Test
    void namesTheSetBitsSorted() {
        SortedSet<String> names = INPUTS.names(0b1111L);
        assertEquals(List.of("age", "differentiation", "ki67", "mitoticCount"), List.copyOf(names));
        assertEquals(new TreeSet<>(names), names);
        assertEquals(new TreeSet<>(names).hashCode(), names.hashCode());
        assertEquals(List.of("ki67", "mitoticCount"), List.copyOf(INPUTS.names(0b101L)));
        assertTrue(INPUTS.names(0L).isEmpty());
        assertEquals(List.of("age"), List.copyOf(INPUTS.names(0b10L | 1L << 40)), "bits beyond the inputs name nothing");
        assertEquals("age, differentiation", INPUTS.join(0b1010L));
        assertEquals("age, differentiation are", INPUTS.joinIsAre(0b1010L));
        assertEquals("age is", INPUTS.joinIsAre(0b10L));
    }

    @Test
    void theNamesAreAnImmutableSortedSet() {
        SortedSet<String> names = INPUTS.names(0b1111L);
        assertTrue(names.contains("ki67"));
        assertFalse(names.contains("size"));
        assertFalse(names.contains(42));
        assertEquals("age", names.first());
        assertEquals("mitoticCount", names.last());
        assertEquals(List.of("age", "differentiation"), List.copyOf(names.headSet("ki67")));
        assertEquals(List.of("ki67", "mitoticCount"), List.copyOf(names.tailSet("ki67")));
        assertEquals(List.of("differentiation", "ki67"), List.copyOf(names.subSet("b", "l")));
        assertEquals(List.of(), List.copyOf(names.subSet("b", "c")));
        assertThrows(IllegalArgumentException.class, () -> names.subSet("l", "b"));
        assertThrows(NoSuchElementException.class, () -> names.headSet("a").first());
        assertThrows(UnsupportedOperationException.class, () -> names.add("size"));
        assertThrows(UnsupportedOperationException.class, () -> names.remove("age"));
        assertThrows(UnsupportedOperationException.class, names::clear);
    }

    @Test
    void anOutcomeKeepsTheSetItIsGiven() {
        SortedSet<String> names = INPUTS.names(0b101L);
        OutcomeResult result = OutcomeResult.undetermined("grade", names);
        assertEquals(names, result.missing());
        assertEquals(OutcomeResult.undetermined("grade", List.of("mitoticCount", "ki67")), result);
    }
}
