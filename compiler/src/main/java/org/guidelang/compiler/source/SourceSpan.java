package org.guidelang.compiler.source;

/**
 * A region of one source file: 1-based line and column of its first and last character, and
 * 0-based character offsets (end exclusive) for slicing the text.
 */
public record SourceSpan(SourceFile file, int line, int column, int endLine, int endColumn, int start, int end) {

    /** The smallest span covering both {@code this} and {@code other} (same file). */
    public SourceSpan to(SourceSpan other) {
        SourceSpan first = start <= other.start ? this : other;
        SourceSpan last = end >= other.end ? this : other;
        return new SourceSpan(file, first.line, first.column, last.endLine, last.endColumn, first.start, last.end);
    }

    /** The source text this span covers. */
    public String text() {
        return file.text().substring(Math.max(0, start), Math.min(file.text().length(), end));
    }

    /** {@code file:line:col}, as in diagnostics. */
    public String location() {
        return file.displayPath() + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location();
    }

    // equals and hashCode as the record's own would be, written out: the record's are linked through
    // method handles on first use, which costs a cold compile (the first in a process) tens of
    // milliseconds; spans are hashed wherever declarations are (SymbolTable).
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SourceSpan o && file == o.file && line == o.line
                && column == o.column && endLine == o.endLine && endColumn == o.endColumn && start == o.start
                && end == o.end;
    }

    @Override
    public int hashCode() {
        int hash = file == null ? 0 : file.hashCode();
        hash = 31 * hash + line;
        hash = 31 * hash + column;
        hash = 31 * hash + endLine;
        hash = 31 * hash + endColumn;
        hash = 31 * hash + start;
        return 31 * hash + end;
    }
}
