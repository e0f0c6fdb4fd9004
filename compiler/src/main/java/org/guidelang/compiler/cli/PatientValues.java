package org.guidelang.compiler.cli;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One patient's raw values as a batch reader reads them, for the evaluator's map path: an array
 * over the guideline's inputs, in their declared order, instead of a hash map built and hashed for
 * every record. The validator asks for each input by the very String the reader was given (the
 * input's name), which is found by identity; names that are not inputs (for the validator to
 * refuse) are kept aside. An input given as JSON {@code null} is present with a null value, as in
 * any map. Unmodifiable once read; not thread-safe while being filled.
 */
final class PatientValues extends AbstractMap<String, Object> {
    /** Stands for an input given as null: present, but its value is null. */
    private static final Object GIVEN_NULL = new Object();

    private final String[] names;
    private final Object[] values;
    private Map<String, Object> others;
    private int size;
    private int expected;

    /** {@code names}: the inputs' names, shared by every record of a run and never changed. */
    PatientValues(String[] names) {
        this.names = names;
        this.values = new Object[names.length];
    }

    /** Sets input {@code slot}; false when it was given already (a duplicate name). */
    boolean put(int slot, Object value) {
        if (values[slot] != null) {
            return false;
        }
        values[slot] = value == null ? GIVEN_NULL : value;
        size++;
        return true;
    }

    /** Sets a name that is not an input; false when it was given already. */
    boolean putOther(String name, Object value) {
        if (others == null) {
            others = new LinkedHashMap<>();
        }
        if (others.containsKey(name)) {
            return false;
        }
        others.put(name, value);
        size++;
        return true;
    }

    @Override
    public Object get(Object key) {
        int slot = slotOf(key);
        if (slot >= 0) {
            Object value = values[slot];
            return value == GIVEN_NULL ? null : value;
        }
        return others == null ? null : others.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        int slot = slotOf(key);
        return slot >= 0 ? values[slot] != null : others != null && others.containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    private int slotOf(Object key) {
        // The validator asks for the inputs in their order: the slot after the last one found is
        // tried first. A stale guess (another reader) is only a miss: the name is compared.
        int guess = expected;
        if (guess < names.length && names[guess] == key) {
            expected = guess + 1;
            return guess;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int slot = next(0);
                    private final Iterator<Entry<String, Object>> rest =
                            others == null ? Map.<String, Object>of().entrySet().iterator() : others.entrySet().iterator();

                    private int next(int from) {
                        int i = from;
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return slot < values.length || rest.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (slot < values.length) {
                            Object value = values[slot];
                            Entry<String, Object> entry = new SimpleImmutableEntry<>(names[slot],
                                    value == GIVEN_NULL ? null : value);
                            slot = next(slot + 1);
                            return entry;
                        }
                        if (!rest.hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> other = rest.next();
                        return new SimpleImmutableEntry<>(other.getKey(), other.getValue());
                    }
                };
            }
        };
    }
}
