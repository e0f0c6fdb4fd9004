package org.guidelang.compiler.analysis;

/**
 * The values one variable may take within a box: a set of numbers for a numeric input, a set of
 * choices for a code, boolean or outcome. Every operation keeps the set within the variable's
 * domain, given that both operands lie in it.
 */
sealed interface Values permits Numbers, Choices {
    boolean isEmpty();

    Values intersect(Values other);

    /** The values of this set that are not in {@code other}. */
    Values minus(Values other);

    Values union(Values other);
}
