package org.guidelang.compiler.diagnostics;

import org.guidelang.compiler.source.SourceSpan;

/**
 * Renders a diagnostic the way compilers do: the headline, the source line with a caret under
 * the exact span, and the hint.
 */
public final class DiagnosticRenderer {
    private static final int MAX_SHOWN_LINE = 200;

    private DiagnosticRenderer() {}

    public static String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
        SourceSpan span = diagnostic.span();
        String line = span.file().line(span.line());
        // A finding about a whole file (not UTF-8, unreadable, an empty folder) has no line to show.
        if (!span.file().text().isEmpty() && span.line() <= span.file().lineCount()) {
            String gutter = String.valueOf(span.line());
            String shown = printable(line);
            int caretStart = Math.max(0, span.column() - 1);
            int caretEnd = span.endLine() == span.line() ? span.endColumn() : line.length();
            if (shown.length() > MAX_SHOWN_LINE) {
                // Keep the caret visible on very long lines by showing a window around it.
                int from = Math.max(0, Math.min(caretStart - 20, shown.length() - MAX_SHOWN_LINE));
                shown = "…" + shown.substring(from, Math.min(shown.length(), from + MAX_SHOWN_LINE));
                caretStart = caretStart - from + 1;
                caretEnd = caretEnd - from + 1;
            }
            int width = Math.max(1, Math.min(caretEnd, shown.length() + 1) - caretStart);
            String pad = " ".repeat(gutter.length());
            out.append(' ').append(gutter).append(" | ").append(shown).append('\n');
            out.append(' ').append(pad).append(" | ")
                    .append(" ".repeat(Math.min(caretStart, shown.length())))
                    .append("^".repeat(width))
                    .append('\n');
        }
        if (diagnostic.hint() != null) {
            out.append("  hint: ").append(diagnostic.hint()).append('\n');
        }
        return out.toString();
    }

    /** Tabs become one space (columns count a tab as one), control characters become '?'. */
    private static String printable(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}
