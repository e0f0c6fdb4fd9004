package org.guidelang.runtime;

/** The physical dimension of a {@link Unit}; only units of the same dimension can be compared. */
public enum Dimension {
    PERCENT,
    TIME,
    LENGTH,
    COUNT,
    /** A plain number without a unit. */
    NONE
}
