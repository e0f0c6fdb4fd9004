package org.guidelang.compiler.diagnostics;

import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.ControlCharacters;

/**
 * Renders a diagnostic the way compilers do: the headline, the source line with a caret under
 * the exact span, and the hint.
 */
public final class DiagnosticRenderer {
    private static final int MAX_SHOWN_LINE = 200;

    private DiagnosticRenderer() {}

    public static String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder(ControlCharacters.escape(diagnostic.headline())).append('\n');
        SourceSpan span = diagnostic.span();
        String line = span.file().line(span.line());
        // A finding about a whole file (not UTF-8, unreadable, an empty folder) has no line to show.
        if (!span.file().text().isEmpty() && span.line() <= span.file().lineCount()) {
            String gutter = String.valueOf(span.line());
            Shown shown = Shown.of(line);
            int caretStart = shown.column(span.column() - 1);
            int caretEnd = span.endLine() == span.line() ? shown.column(span.endColumn()) : shown.text.length();
            String text = shown.text;
            if (text.length() > MAX_SHOWN_LINE) {
                // Keep the caret visible on very long lines by showing a window around it.
                int from = Math.max(0, Math.min(caretStart - 20, text.length() - MAX_SHOWN_LINE));
                text = "…" + text.substring(from, Math.min(text.length(), from + MAX_SHOWN_LINE));
                caretStart = caretStart - from + 1;
                caretEnd = caretEnd - from + 1;
            }
            int width = Math.max(1, Math.min(caretEnd, text.length() + 1) - caretStart);
            String pad = " ".repeat(gutter.length());
            out.append(' ').append(gutter).append(" | ").append(text).append('\n');
            out.append(' ').append(pad).append(" | ")
                    .append(" ".repeat(Math.max(0, Math.min(caretStart, text.length()))))
                    .append("^".repeat(width))
                    .append('\n');
        }
        if (diagnostic.hint() != null) {
            out.append("  hint: ").append(ControlCharacters.escape(diagnostic.hint())).append('\n');
        }
        return out.toString();
    }

    /**
     * A source line as shown: a tab becomes one space (columns count a tab as one), a control
     * character its escape, so that the line cannot rewrite the terminal; {@code columns[i]} is
     * where the line's character {@code i} starts in the shown text.
     */
    private record Shown(String text, int[] columns) {
        static Shown of(String line) {
            StringBuilder b = new StringBuilder(line.length());
            int[] columns = new int[line.length() + 1];
            for (int i = 0; i < line.length(); i++) {
                columns[i] = b.length();
                char c = line.charAt(i);
                if (c == '\t') {
                    b.append(' ');
                } else if (ControlCharacters.isControl(c)) {
                    ControlCharacters.appendEscaped(b, c);
                } else {
                    b.append(c);
                }
            }
            columns[line.length()] = b.length();
            return new Shown(b.toString(), columns);
        }

        /** Where the character at 0-based {@code index} of the line starts in the shown text. */
        int column(int index) {
            return columns[Math.max(0, Math.min(index, columns.length - 1))];
        }
    }
}
