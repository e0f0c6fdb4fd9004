package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EvaluationsByKey} against a {@code HashMap} over keys as completions number them. */
class EvaluationsByKeyTest {
    @Test
    void answersAsAHashMapThroughManyGrowths() {
        EvaluationsByKey<String> table = new EvaluationsByKey<>();
        Map<Long, String> oracle = new HashMap<>();
        Random random = new Random(20261203L);
        // Keys as sums of (cell + 1) times place values of inputs of three cells: they cluster.
        for (int i = 0; i < 20_000; i++) {
            long key = 0L;
            long place = 1L;
            for (int input = 0; input < 25; input++) {
                key += random.nextInt(4) * place;
                place *= 4;
            }
            String value = "v" + i;
            table.put(key, value);
            oracle.put(key, value);
        }
        table.put(0L, "as given");
        oracle.put(0L, "as given");
        for (Map.Entry<Long, String> entry : oracle.entrySet()) {
            assertEquals(entry.getValue(), table.get(entry.getKey()), "key " + entry.getKey());
        }
        assertNull(table.get(-5L + Long.MAX_VALUE), "a key never stored");
    }

    @Test
    void aKeyStoredAgainHoldsItsLastValue() {
        EvaluationsByKey<String> table = new EvaluationsByKey<>();
        table.put(7L, "first");
        table.put(7L, "second");
        assertEquals("second", table.get(7L));
        assertNull(table.get(8L));
    }
}
