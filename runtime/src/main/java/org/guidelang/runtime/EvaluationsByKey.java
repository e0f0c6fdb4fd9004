package org.guidelang.runtime;

/**
 * The one-pass evaluations of one refinement session, by completion key ({@link
 * Completions.KeyedOracle}, never negative): an open-addressed table of primitive keys, because a
 * refinement asks it once for every node of its split (thousands for a guideline with every input
 * missing), and a {@code HashMap<Long, ...>} boxes each key and grows through several copies.
 * Not thread-safe: a session belongs to one evaluation.
 */
final class EvaluationsByKey<V> {
    private long[] keys;
    private Object[] values;
    private int size;

    EvaluationsByKey() {
        keys = new long[256];
        values = new Object[256];
    }

    /** The value stored under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Stores {@code value} (not null) under {@code key}, in place of what it held. */
    void put(long key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (values[slot] == null) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int slot = slot(oldKeys[i], mask);
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** The key's first slot: its bits mixed, since keys are sums of place values and cluster. */
    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32)) & mask;
    }
}
