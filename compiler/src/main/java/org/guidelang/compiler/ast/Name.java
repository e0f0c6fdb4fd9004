package org.guidelang.compiler.ast;

import org.guidelang.compiler.source.SourceSpan;

/** An identifier as written, with its place. */
public record Name(String text, SourceSpan span) implements Node {}
