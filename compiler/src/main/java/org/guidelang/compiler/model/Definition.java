package org.guidelang.compiler.model;

import org.guidelang.compiler.source.SourceSpan;

/** A named expression ({@code define}); label may be null. */
public record Definition(String name, String label, CExpr value, SourceSpan span) {}
