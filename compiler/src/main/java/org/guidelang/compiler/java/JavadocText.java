package org.guidelang.compiler.java;

/**
 * Guideline text made safe for generated comments: a committee's words must never end a comment
 * early ({@code *}{@code /}), start a Javadoc tag ({@code @}), become HTML, or smuggle a unicode
 * escape (a backslash) that javac would read before the comment.
 */
final class JavadocText {
    private JavadocText() {}

    /** Text for a Javadoc comment, in HTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '$' -> out.append("$");
                case '\r', '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a {@code //} comment: one line, no backslash. */
    static String line(String text) {
        return text.replace('\\', '/').replace('\r', ' ').replace('\n', ' ').replace('\u2028', ' ')
                .replace('\u2029', ' ');
    }
}
