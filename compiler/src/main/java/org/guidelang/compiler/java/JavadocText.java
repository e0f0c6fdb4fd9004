package org.guidelang.compiler.java;

import java.util.List;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CitationRef;

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

    /** Citations as explanations show them: {@code que2022, Table 1; who2019}, or null for none. */
    static String citations(List<CitationRef> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        return citations.stream().map(CitationRef::toString).collect(Collectors.joining("; "));
    }

    /** The first list that is not empty, so a rule without citations shows its table's. */
    @SafeVarargs
    static String firstCitations(List<CitationRef>... lists) {
        for (List<CitationRef> list : lists) {
            if (!list.isEmpty()) {
                return citations(list);
            }
        }
        return null;
    }
}
