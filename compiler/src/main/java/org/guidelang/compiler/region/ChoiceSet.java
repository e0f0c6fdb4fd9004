package org.guidelang.compiler.region;

import java.util.BitSet;

/**
 * A subset of a finite variable's values (codes, true/false, an outcome's codes), as the
 * positions of the chosen values in the variable's {@linkplain Variable#choices() list}, and
 * perhaps the missing point.
 *
 * @param missing whether the set holds the missing point
 */
public record ChoiceSet(BitSet chosen, boolean missing) implements ValueSet {
    public ChoiceSet {
        chosen = (BitSet) chosen.clone();
    }

    /** The known values at {@code positions}. */
    public static ChoiceSet of(int... positions) {
        BitSet set = new BitSet();
        for (int position : positions) {
            set.set(position);
        }
        return new ChoiceSet(set, false);
    }

    /** Every known value of a variable with {@code size} values. */
    public static ChoiceSet all(int size) {
        BitSet set = new BitSet();
        set.set(0, size);
        return new ChoiceSet(set, false);
    }

    @Override
    public BitSet chosen() {
        return (BitSet) chosen.clone();
    }

    /** As the record's own equality, written out: unions compare sets all the time, and this is faster cold. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ChoiceSet that && missing == that.missing && chosen.equals(that.chosen);
    }

    @Override
    public int hashCode() {
        return 31 * chosen.hashCode() + Boolean.hashCode(missing);
    }

    public boolean has(int position) {
        return chosen.get(position);
    }

    /** The first chosen position, or -1 when no known value is chosen. */
    public int first() {
        return chosen.nextSetBit(0);
    }

    @Override
    public boolean isEmpty() {
        return chosen.isEmpty() && !missing;
    }

    @Override
    public boolean includesMissing() {
        return missing;
    }

    @Override
    public ChoiceSet withMissing(boolean missing) {
        return missing == this.missing ? this : new ChoiceSet(chosen, missing);
    }

    @Override
    public ChoiceSet intersect(ValueSet other) {
        ChoiceSet that = (ChoiceSet) other;
        BitSet result = chosen();
        result.and(that.chosen);
        return new ChoiceSet(result, missing && that.missing);
    }

    @Override
    public ChoiceSet minus(ValueSet other) {
        ChoiceSet that = (ChoiceSet) other;
        BitSet result = chosen();
        result.andNot(that.chosen);
        return new ChoiceSet(result, missing && !that.missing);
    }

    @Override
    public ChoiceSet union(ValueSet other) {
        ChoiceSet that = (ChoiceSet) other;
        BitSet result = chosen();
        result.or(that.chosen);
        return new ChoiceSet(result, missing || that.missing);
    }
}
