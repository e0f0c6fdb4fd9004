package org.guidelang.compiler.ast;

import org.guidelang.compiler.source.SourceSpan;

/** {@code [a, b)}: low and high are null for an unbounded ({@code *}) end. */
public record IntervalSyntax(boolean lowClosed, Expr low, Expr high, boolean highClosed, SourceSpan span)
        implements Node {}
