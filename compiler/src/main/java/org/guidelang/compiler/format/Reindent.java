package org.guidelang.compiler.format;

/**
 * Moves a text that spans lines to a new indentation without changing its value. A text's
 * value drops the indentation its continuation lines share and the spaces that end its lines,
 * so shifting every continuation line by the same amount, and dropping the spaces at the end
 * of lines (not those before the closing quote), keeps the value exactly.
 */
final class Reindent {
    private Reindent() {}

    /** The quoted {@code token} with its continuation lines indented by {@code indent} at the least. */
    static String string(String token, int indent) {
        String text = token.replace("\r\n", "\n");
        if (text.indexOf('\n') < 0) {
            return token;
        }
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        int shared = Integer.MAX_VALUE;
        for (int i = 1; i <= last; i++) {
            String content = i == last ? withoutQuote(lines[i]) : lines[i];
            if (!content.isBlank()) {
                shared = Math.min(shared, leadingWhitespace(content));
            }
        }
        String margin = " ".repeat(indent);
        StringBuilder out = new StringBuilder(lines[0].stripTrailing());
        for (int i = 1; i <= last; i++) {
            String content = i == last ? withoutQuote(lines[i]) : lines[i];
            out.append('\n');
            if (!content.isBlank()) {
                // Spaces before the closing quote are part of the text (a part may end with a space).
                String shifted = content.substring(shared);
                out.append(margin).append(i == last ? shifted : shifted.stripTrailing());
            } else if (i == last) {
                out.append(margin);
            }
            if (i == last) {
                out.append('"');
            }
        }
        return out.toString();
    }

    private static String withoutQuote(String lastLine) {
        return lastLine.substring(0, lastLine.length() - 1);
    }

    private static int leadingWhitespace(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
