package org.guidelang.compiler.analysis;

import java.util.BitSet;

/**
 * A subset of a finite variable's values (codes, true/false, an outcome's codes), as the
 * positions of the chosen values in the variable's list.
 */
record Choices(BitSet chosen) implements Values {
    Choices {
        chosen = (BitSet) chosen.clone();
    }

    static Choices of(int... positions) {
        BitSet set = new BitSet();
        for (int position : positions) {
            set.set(position);
        }
        return new Choices(set);
    }

    static Choices all(int size) {
        BitSet set = new BitSet();
        set.set(0, size);
        return new Choices(set);
    }

    @Override
    public BitSet chosen() {
        return (BitSet) chosen.clone();
    }

    boolean has(int position) {
        return chosen.get(position);
    }

    int first() {
        return chosen.nextSetBit(0);
    }

    @Override
    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    @Override
    public Choices intersect(Values other) {
        BitSet result = chosen();
        result.and(((Choices) other).chosen);
        return new Choices(result);
    }

    @Override
    public Choices minus(Values other) {
        BitSet result = chosen();
        result.andNot(((Choices) other).chosen);
        return new Choices(result);
    }

    @Override
    public Choices union(Values other) {
        BitSet result = chosen();
        result.or(((Choices) other).chosen);
        return new Choices(result);
    }
}
