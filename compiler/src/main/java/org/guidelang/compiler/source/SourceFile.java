package org.guidelang.compiler.source;

import java.util.Arrays;

/** The text of one guideline file, with the path it is reported under and its line index. */
public final class SourceFile {
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;
    /** Char offset of each code point, or null when the text has no surrogate pairs. */
    private final int[] codePointOffsets;

    public SourceFile(String displayPath, String text) {
        this.displayPath = displayPath;
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = newline + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        if (text.codePointCount(0, text.length()) == text.length()) {
            this.codePointOffsets = null;
        } else {
            int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                offsets[cp++] = i;
            }
            offsets[cp] = text.length();
            this.codePointOffsets = offsets;
        }
    }

    /** Converts an ANTLR code point index into a char offset of {@link #text()}. */
    public int charOffset(int codePointIndex) {
        if (codePointOffsets == null) {
            return Math.max(0, Math.min(codePointIndex, text.length()));
        }
        return codePointOffsets[Math.max(0, Math.min(codePointIndex, codePointOffsets.length - 1))];
    }

    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int from = lineStarts[line - 1];
        int to = line < lineStarts.length ? lineStarts[line] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }

    /** A span for the character range [start, end) of this file. */
    public SourceSpan span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int line = lineOf(s);
        int lastChar = e > s ? e - 1 : s;
        int endLine = lineOf(lastChar);
        return new SourceSpan(
                this, line, s - lineStarts[line - 1] + 1, endLine, lastChar - lineStarts[endLine - 1] + 1, s, e);
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
