package org.guidelang.compiler.ast;

import org.guidelang.compiler.source.SourceSpan;

/** A quoted text with escapes resolved and adjacent strings joined. */
public record Text(String value, SourceSpan span) implements Node {}
