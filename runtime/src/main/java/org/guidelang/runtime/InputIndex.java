package org.guidelang.runtime;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.IntStream;

/**
 * Numbers a guideline's inputs so that a set of missing inputs is a {@code long} with one bit
 * per input: generated evaluators carry missing sets without allocating, and turn them into names
 * only when asked.
 */
public final class InputIndex {
    /** A {@code long} has 64 bits. */
    public static final int MAX_INPUTS = 64;

    private final List<String> names;
    // The bits in the order of their names, so that a set of bits lists its names sorted.
    private final int[] bitsByName;

    private InputIndex(List<String> names) {
        if (names.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("at most " + MAX_INPUTS + " inputs, got " + names.size());
        }
        this.names = List.copyOf(names);
        this.bitsByName = IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparing(this.names::get)).mapToInt(Integer::intValue).toArray();
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
        String[] sorted = new String[Long.bitCount(bits)];
        int count = 0;
        for (int bit : bitsByName) {
            if ((bits & (1L << bit)) != 0) {
                sorted[count++] = names.get(bit);
            }
        }
        // Bits beyond the inputs name nothing.
        return new SortedNames(count == sorted.length ? sorted : Arrays.copyOf(sorted, count));
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

    /** {@link #join} with its verb, for explanations: "ki67 is", "age, ki67 are". */
    public String joinIsAre(long bits) {
        return join(bits) + (Long.bitCount(bits) == 1 ? " is" : " are");
    }
}
