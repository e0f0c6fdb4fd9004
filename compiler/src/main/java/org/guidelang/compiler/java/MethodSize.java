package org.guidelang.compiler.java;

/**
 * How much generated code one method may hold. The JVM allows 64 KB of bytecode per method
 * (javac: "code too large"); generated Java compiles to well under one byte per character of
 * source, so budgets in characters of source keep every method clear of the limit.
 */
final class MethodSize {
    /** A straight-line decision longer than this is left to the runtime logic object. */
    static final int STRAIGHT_LINE_BUDGET = 40_000;

    /** The cases of one condition switch method, before the rest go to another. */
    static final int SWITCH_BUDGET = 30_000;

    /** Calls chained in one expression at most; javac recurses once per call of a chain. */
    static final int CHAIN_STEPS = 64;

    /**
     * Terms joined by one operator in one expression, or statements of one kind in one method, at
     * most; more go to methods of their own. javac recurses once per term of a chain.
     */
    static final int JOINED_TERMS = 64;

    /** The largest expression, in operators and operands, written inline; larger parts become methods. */
    static final int INLINE_WEIGHT = 16;

    /**
     * The cells of one input written inline in the table of cells; an input split into more is
     * filled by methods of its own, this many values each (a boxed double costs about 12 bytes).
     */
    static final int CELLS_INLINE = 512;

    private MethodSize() {}
}
