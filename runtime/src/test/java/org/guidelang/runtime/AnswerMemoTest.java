package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerMemoTest {
    @Test
    void aStoredAnswerIsFoundByItsKey() {
        AnswerMemo memo = AnswerMemo.of(16);
        assertNull(memo.get(0L));
        memo.put(0L, "zero");
        memo.put(7L, "seven");
        assertEquals("zero", memo.get(0L));
        assertEquals("seven", memo.get(7L));
        assertNull(memo.get(8L));
    }

    @Test
    void negativeKeysAndNullValuesAreNotStored() {
        AnswerMemo memo = AnswerMemo.of(1);
        memo.put(-1L, "none");
        assertNull(memo.get(-1L));
        memo.put(3L, "three");
        memo.put(3L, null);
        assertEquals("three", memo.get(3L));
        memo.put(-5L, "none");
        assertEquals("three", memo.get(3L), "a negative key takes no slot");
    }

    @Test
    void aSlotHoldsTheLastKeyStoredInIt() {
        AnswerMemo memo = AnswerMemo.of(1);
        memo.put(1L, "one");
        assertNull(memo.get(2L));
        memo.put(2L, "two");
        assertNull(memo.get(1L));
        assertEquals("two", memo.get(2L));
    }

    @Test
    void twoKeysOfOneSlotAreBothKeptAndAThirdTakesTheFirst() {
        AnswerMemo memo = AnswerMemo.of(2);
        // With two slots, every key's first slot is 0 or 1 and its second the other one.
        memo.put(10L, "ten");
        memo.put(11L, "eleven");
        assertEquals("ten", memo.get(10L));
        assertEquals("eleven", memo.get(11L));
        memo.put(10L, "ten again");
        assertEquals("ten again", memo.get(10L), "a key stored again replaces its own entry");
        assertEquals("eleven", memo.get(11L));
        memo.put(12L, "twelve");
        assertEquals("twelve", memo.get(12L));
        int kept = (memo.get(10L) != null ? 1 : 0) + (memo.get(11L) != null ? 1 : 0);
        assertEquals(1, kept, "the third key took one of the two slots");
    }

    @Test
    void aKeyIsFoundInTheSlotAfterItsOwn() {
        AnswerMemo memo = AnswerMemo.of(4096);
        long first = 0L;
        long second = -1L;
        // Two keys whose own slot is the same: the second lands in the next slot and is found there.
        java.util.Map<Integer, Long> bySlot = new java.util.HashMap<>();
        for (long k = 1; second < 0; k++) {
            Long earlier = bySlot.putIfAbsent(slotOf(k), k);
            if (earlier != null) {
                first = earlier;
                second = k;
            }
        }
        memo.put(first, "first");
        memo.put(second, "second");
        assertEquals("first", memo.get(first));
        assertEquals("second", memo.get(second));
    }

    /** The slot AnswerMemo gives a key among 4096, computed here as its Javadoc describes (SplittableRandom's mix). */
    private static int slotOf(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xBF58476D1CE4E5B9L;
        return (int) (z ^ (z >>> 29)) & 4095;
    }

    @Test
    void keysThatDifferInHighPlacesSpreadOverTheSlots() {
        AnswerMemo memo = AnswerMemo.of(1024);
        for (long k = 0; k < 100; k++) {
            memo.put(k << 10, k);
            memo.put(k << 40, -k);
        }
        int found = 0;
        for (long k = 0; k < 100; k++) {
            found += Long.valueOf(k).equals(memo.get(k << 10)) ? 1 : 0;
            found += Long.valueOf(-k).equals(memo.get(k << 40)) ? 1 : 0;
        }
        assertTrue(found >= 160, found + " of 200 kept");
    }

    @Test
    void slotsArePowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> AnswerMemo.of(0));
        assertThrows(IllegalArgumentException.class, () -> AnswerMemo.of(-4));
        assertThrows(IllegalArgumentException.class, () -> AnswerMemo.of(12));
        AnswerMemo.of(1).put(1L, "x");
    }

    @Test
    void concurrentReadersOnlyEverSeeTheirOwnKeysAnswers() throws Exception {
        AnswerMemo memo = AnswerMemo.of(64);
        AtomicInteger wrong = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200_000; i++) {
                    long key = (i * 31L + seed) % 1000;
                    Object known = memo.get(key);
                    if (known != null && !known.equals("answer " + key)) {
                        wrong.incrementAndGet();
                    }
                    memo.put(key, "answer " + key);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(0, wrong.get());
    }
}
