package org.guidelang.runtime;

/**
 * Answers remembered by a key, for a generated evaluator's exact answers: refining an outcome the
 * one pass leaves open explores many completions, and the answer depends only on the patient's
 * key ({@link Completions#keyOf}), of which a cohort holds few. A fixed number of slots; a key
 * falls in one and may use the next (two-way), and a slot holds the last answer stored in it:
 * memory stays bounded whatever the cohort, and a key that lost its slot is refined again, to the
 * same answer.
 *
 * <p>Thread-safe without locks: a slot holds an immutable entry, published through its final
 * fields, so a reader sees a whole entry or an older one or none, and answers only for its own
 * key. Values must be immutable (or never changed once stored).
 */
public final class AnswerMemo {
    private final Entry[] slots;
    private final int mask;

    private record Entry(long key, Object value) {}

    private AnswerMemo(int slots) {
        this.slots = new Entry[slots];
        this.mask = slots - 1;
    }

    /**
     * A memo of {@code slots} slots, a power of two.
     *
     * @throws IllegalArgumentException when {@code slots} is not a positive power of two
     */
    public static AnswerMemo of(int slots) {
        if (slots < 1 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a positive power of two, not " + slots);
        }
        return new AnswerMemo(slots);
    }

    /** The value stored under {@code key}, or null when none is held (never for a negative key). */
    public Object get(long key) {
        if (key < 0L) {
            return null;
        }
        int first = slot(key);
        Entry entry = slots[first];
        if (entry != null && entry.key == key) {
            return entry.value;
        }
        entry = slots[(first + 1) & mask];
        return entry != null && entry.key == key ? entry.value : null;
    }

    /** Stores {@code value} under {@code key}, in place of what its slot held; a negative key is not stored. */
    public void put(long key, Object value) {
        if (key < 0L || value == null) {
            return;
        }
        int first = slot(key);
        int second = (first + 1) & mask;
        Entry held = slots[first];
        // Two keys of one slot take it and the next, so that two patterns met in turn do not
        // evict each other; a third takes the first slot.
        int at = held == null || held.key == key ? first
                : slots[second] == null || slots[second].key == key ? second : first;
        slots[at] = new Entry(key, value);
    }

    /** The key's slot: its bits mixed (as SplittableRandom mixes), so that keys differing in high places spread. */
    private int slot(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xBF58476D1CE4E5B9L;
        return (int) (z ^ (z >>> 29)) & mask;
    }
}
