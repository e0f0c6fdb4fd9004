package org.guidelang.compiler.symbols;

import org.guidelang.compiler.source.SourceSpan;

/**
 * A name written at {@code span} (the identifier alone: {@code grade} in {@code who.grade}) and
 * the declaration it resolves to, in the same guideline or in an imported one.
 */
public record Reference(SourceSpan span, Declaration declaration) {}
