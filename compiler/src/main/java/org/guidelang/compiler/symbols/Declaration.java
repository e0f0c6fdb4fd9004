package org.guidelang.compiler.symbols;

import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;

/**
 * One named thing a guideline declares, where it is written. {@code nameSpan} covers the
 * identifier (what go-to-definition shows and rename edits), {@code span} the whole declaration
 * (what an outline selects). {@code owner} is the input, outcome or criteria set a code or
 * criterion belongs to, and null for every other kind; {@code guideline} is the id of the
 * declaring guideline.
 */
public record Declaration(
        SymbolKind kind, String name, String owner, String guideline, SourceSpan nameSpan, SourceSpan span) {

    /** The file that declares it, which for an imported name is another guideline's file. */
    public SourceFile file() {
        return nameSpan.file();
    }
}
