package org.guidelang.compiler.region;

/**
 * The values one variable may take within a box: a {@link NumberSet} for a numeric variable, a
 * {@link ChoiceSet} for a finite one (codes, true/false). Either may hold the point
 * {@linkplain #includesMissing() missing}, the value of an input nobody entered. Both operands of
 * an operation belong to the same variable; every operation keeps the set within the variable's
 * domain, given that both operands lie in it.
 */
public sealed interface ValueSet permits NumberSet, ChoiceSet {
    /** Whether no value, not even missing, is in the set. */
    boolean isEmpty();

    /** Whether the set holds the missing point. */
    boolean includesMissing();

    /** The same known values, with the missing point when {@code missing}. */
    ValueSet withMissing(boolean missing);

    ValueSet intersect(ValueSet other);

    /** The values of this set that are not in {@code other}. */
    ValueSet minus(ValueSet other);

    ValueSet union(ValueSet other);
}
