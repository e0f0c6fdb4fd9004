package org.guidelang.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map over a fixed, ordered set of keys: a patient's validated values on the map
 * path, built by filling an array instead of hashing each entry, so that a
 * service evaluating many patients allocates one array per map. A null slot is an absent key; the
 * map never holds a null value. Iterates in key order.
 */
final class FrozenMap<V> extends AbstractMap<String, V> {
    private static final int IDENTITY_SCAN = 16;

    private final String[] keys;
    private final Object[] values;
    // Key to slot, shared by all maps over the same keys.
    private final Map<String, Integer> index;
    private final int size;

    /** {@code values[i]} is the value of {@code keys[i]}, null when absent; the arrays are not copied. */
    FrozenMap(String[] keys, Object[] values, Map<String, Integer> index) {
        this.keys = keys;
        this.values = values;
        this.index = index;
        int count = 0;
        for (Object value : values) {
            if (value != null) {
                count++;
            }
        }
        this.size = count;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        // Generated code asks with the same string constants the keys were made of.
        for (int i = 0; i < keys.length && i < IDENTITY_SCAN; i++) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        Integer slot = index.get(key);
        return slot == null ? null : (V) values[slot];
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Entries();
            }
        };
    }

    private final class Entries implements Iterator<Entry<String, V>> {
        private int next = advance(0);

        private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
                i++;
            }
            return i;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Entry<String, V> next() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            Entry<String, V> entry = new SimpleImmutableEntry<>(keys[next], (V) values[next]);
            next = advance(next + 1);
            return entry;
        }
    }
}
