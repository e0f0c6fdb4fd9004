package org.guidelang.compiler.parse;

/**
 * Turns a quoted string token into its value: escapes resolved, and a text that spans lines
 * loses the indentation its lines share, so that long descriptions can be indented with the code.
 */
final class TextDecoder {

    String decode(String token) {
        String raw = token.substring(1, token.length() - 1);
        return unescape(raw.indexOf('\n') >= 0 ? dedent(raw) : raw);
    }

    private static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String dedent(String raw) {
        String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                indent = Math.min(indent, leadingWhitespace(lines[i]));
            }
        }
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].isBlank() ? "" : lines[i].substring(Math.min(indent, lines[i].length())).stripTrailing();
            out.append('\n').append(line);
        }
        String text = out.toString().strip();
        // Adjacent texts are joined as written (docs/language.md), so a part whose last line ends
        // in a space keeps one: "... by exception. " "Readings chosen ..." must not run together.
        String last = lines[lines.length - 1];
        return !last.isBlank() && Character.isWhitespace(last.charAt(last.length() - 1)) ? text + " " : text;
    }

    private static int leadingWhitespace(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
