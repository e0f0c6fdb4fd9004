package org.guidelang.compiler.symbols;

/** What a {@link Declaration} declares; an editor shows it in hovers and outlines. */
public enum SymbolKind {
    /** The guideline's own id, which imports name. */
    GUIDELINE,
    SOURCE,
    /** An import's alias (the imported id when no alias is written), which qualified names start with. */
    IMPORT,
    INPUT,
    PARAM,
    DEFINITION,
    TABLE,
    CRITERIA_SET,
    RECOMMENDATION,
    /** A criterion of a criteria set (its owner); nothing refers to one by name yet. */
    CRITERION,
    /** A constraint between inputs; nothing refers to one by name. */
    CONSTRAINT,
    /** A code of an input, a table or a criteria set (its owner). */
    CODE,
    /** A {@code conflict} declaration; nothing refers to one by name. */
    CONFLICT;

    /** True for what a plain name in an expression may refer to: inputs, parameters, definitions, outcomes. */
    public boolean isValue() {
        return this == INPUT || this == PARAM || this == DEFINITION || isOutcome();
    }

    /** True for tables, criteria sets and recommendations: what a guideline publishes and others import. */
    public boolean isOutcome() {
        return this == TABLE || this == CRITERIA_SET || this == RECOMMENDATION;
    }
}
