package org.guidelang.compiler.ast;

import org.guidelang.compiler.source.SourceSpan;

/** {@code cite source at "Table 1"}: a source id with an optional locator (null when absent). */
public record Citation(Name source, Text locator, SourceSpan span) implements Node {}
