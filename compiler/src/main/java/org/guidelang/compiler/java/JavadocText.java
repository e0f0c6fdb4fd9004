package org.guidelang.compiler.java;

import java.util.regex.Pattern;

/**
 * Guideline text made safe for generated comments: a committee's words must never end a comment
 * early ({@code *}{@code /}), start a Javadoc tag ({@code @}), become HTML, or smuggle a unicode
 * escape (a backslash) that javac would read before the comment.
 */
final class JavadocText {
    /** Line breaks and the indentation after them, and any other run of spaces. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u2028\\u2029]+");

    private JavadocText() {}

    /** Text for a Javadoc comment, in HTML, on one line. */
    static String escape(String text) {
        String flat = flat(text);
        StringBuilder out = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && flat.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '$' -> out.append("$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} followed by a clause that continues its sentence ({@code ", decided on first
     * use"}), or by a sentence of its own when the text already ends one ({@code ". Decided on first
     * use"}); both escaped for Javadoc.
     */
    static String continued(String text, String clause) {
        String flat = flat(text).strip();
        boolean ended = !flat.isEmpty() && ".!?".indexOf(flat.charAt(flat.length() - 1)) >= 0;
        String rest = ended ? " " + Character.toUpperCase(clause.charAt(0)) + clause.substring(1) : ", " + clause;
        return escape(flat + rest);
    }

    /** Text for a {@code //} comment: one line, no backslash. */
    static String line(String text) {
        return flat(text).replace('\\', '/');
    }

    /**
     * The text on one line, each run of whitespace one space: a rule written over several lines
     * must not carry its line breaks and indentation into a comment.
     */
    private static String flat(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }
}
