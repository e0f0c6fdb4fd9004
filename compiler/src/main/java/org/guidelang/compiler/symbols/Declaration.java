package org.guidelang.compiler.symbols;

import java.util.Objects;
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

    // equals and hashCode as the record's own would be, written out: the record's are linked through
    // method handles on first use, which costs a cold compile tens of milliseconds, and every
    // guideline's checking puts declarations in a set (SymbolTable.Builder.use).
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Declaration o && kind == o.kind && Objects.equals(name, o.name)
                && Objects.equals(owner, o.owner) && Objects.equals(guideline, o.guideline)
                && Objects.equals(nameSpan, o.nameSpan) && Objects.equals(span, o.span);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(kind);
        hash = 31 * hash + Objects.hashCode(name);
        hash = 31 * hash + Objects.hashCode(owner);
        hash = 31 * hash + Objects.hashCode(guideline);
        hash = 31 * hash + Objects.hashCode(nameSpan);
        return 31 * hash + Objects.hashCode(span);
    }
}
