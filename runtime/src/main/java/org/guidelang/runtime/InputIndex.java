package org.guidelang.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Numbers a guideline's inputs so that a set of missing inputs is a {@code long} with one bit
 * per input: generated evaluators carry missing sets without allocating, and turn them into names
 * only when asked.
 */
public final class InputIndex {
    /** A {@code long} has 64 bits. */
    public static final int MAX_INPUTS = 64;

    private final List<String> names;

    private InputIndex(List<String> names) {
        if (names.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("at most " + MAX_INPUTS + " inputs, got " + names.size());
        }
        this.names = List.copyOf(names);
    }

    /** Input {@code i} of {@code names} gets bit {@code 1L << i}. */
    public static InputIndex of(List<String> names) {
        return new InputIndex(names);
    }

    public List<String> names() {
        return names;
    }

    /** The names of the inputs whose bits are set, sorted. */
    public SortedSet<String> names(long bits) {
        if (bits == 0L) {
            return Collections.emptySortedSet();
        }
        TreeSet<String> set = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                set.add(names.get(i));
            }
        }
        return Collections.unmodifiableSortedSet(set);
    }

    /** The bits of the named inputs; names not in the index are ignored. */
    public long bits(Collection<String> inputs) {
        long bits = 0L;
        for (String input : inputs) {
            int index = names.indexOf(input);
            if (index >= 0) {
                bits |= 1L << index;
            }
        }
        return bits;
    }

    /** The names of the inputs whose bits are set, sorted and joined by ", " (for explanations). */
    public String join(long bits) {
        return String.join(", ", names(bits));
    }
}
