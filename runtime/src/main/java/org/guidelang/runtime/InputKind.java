package org.guidelang.runtime;

/** The type of a guideline input, which decides how a raw JSON value is checked and normalized. */
public enum InputKind {
    BOOLEAN,
    CODE,
    INTEGER,
    DECIMAL,
    QUANTITY
}
