package org.guidelang.runtime;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An immutable sorted set of input names over a sorted array: the missing inputs of an
 * undetermined outcome, made by {@link InputIndex#names(long)} without a tree, and taken by
 * {@link OutcomeResult} without another copy. Natural (String) order; no nulls.
 */
final class SortedNames extends AbstractSet<String> implements SortedSet<String> {
    private final String[] names;
    private final int from;
    private final int to;

    /** {@code names} sorted, without duplicates; not copied. */
    SortedNames(String[] names) {
        this(names, 0, names.length);
    }

    private SortedNames(String[] names, int from, int to) {
        this.names = names;
        this.from = from;
        this.to = to;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String && Arrays.binarySearch(names, from, to, o) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public String next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return names[next++];
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        if (fromElement.compareTo(toElement) > 0) {
            throw new IllegalArgumentException(fromElement + " > " + toElement);
        }
        return new SortedNames(names, position(fromElement), Math.max(position(fromElement), position(toElement)));
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return new SortedNames(names, from, position(toElement));
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return new SortedNames(names, position(fromElement), to);
    }

    @Override
    public String first() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return names[from];
    }

    @Override
    public String last() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return names[to - 1];
    }

    /** The index of the first name at least {@code name}, within this view. */
    private int position(String name) {
        int found = Arrays.binarySearch(names, from, to, name);
        return found >= 0 ? found : -found - 1;
    }
}
