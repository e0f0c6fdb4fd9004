package org.guidelang.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.guidelang.compiler.source.SourceSpan;

/**
 * Converts between character offsets of a text (what the compiler's spans hold, in UTF-16 code
 * units as Java strings count) and LSP positions (0-based line, 0-based UTF-16 column). Lines end
 * at {@code \n}, as in {@code SourceFile}; a {@code \r} before it belongs to the line, which
 * matters only for a position past the end of a CRLF line, and the compiler never makes one.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        this.lineStarts = starts;
    }

    String text() {
        return text;
    }

    /** The position of character {@code offset} (clamped to the text). */
    Position position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, at);
        if (line < 0) {
            line = -line - 2; // the last line starting before the offset
        }
        return new Position(line, at - lineStarts[line]);
    }

    /**
     * The offset of {@code position}. A line past the end means the end of the text; a column
     * past the end of its line means the end of that line (before its {@code \n}), as LSP asks.
     */
    int offset(Position position) {
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[position.getLine()];
        int end = position.getLine() + 1 < lineStarts.length ? lineStarts[position.getLine() + 1] - 1 : text.length();
        return start + Math.max(0, Math.min(position.getCharacter(), end - start));
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The range a span of this text covers. */
    Range range(SourceSpan span) {
        return range(span.start(), span.end());
    }

    /** The range of the whole text, for an edit that replaces it. */
    Range whole() {
        return range(0, text.length());
    }
}
