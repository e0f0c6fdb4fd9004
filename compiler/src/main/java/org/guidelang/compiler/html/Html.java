package org.guidelang.compiler.html;

import java.nio.charset.StandardCharsets;

/**
 * A fragment of markup built in Java from escaped text, which templates insert as it is. Every
 * other value a template inserts is escaped (see {@link Templates}), so a guideline's text can
 * only reach a page through {@link #text} or {@link #escape}.
 */
public record Html(String markup) {
    public static final Html EMPTY = new Html("");

    /** {@code text} as element content: {@code <}, {@code &}, quotes, and Velocity's {@code $ #} escaped. */
    public static Html text(String text) {
        return new Html(escape(text));
    }

    /**
     * Escapes for element content and quoted attribute values alike. {@code $} and {@code #} become
     * character references too, so that a {@code $name} left in a page can only be a template
     * reference that Velocity failed to resolve, which the site's checks look for.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '$' -> out.append("&#36;");
                case '#' -> out.append("&#35;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A URL the back end built ({@code #input-ki67}, {@code who_grading.html#outcome-grade}) for an
     * attribute: markup characters escaped, but not the {@code #} that starts its fragment.
     */
    public static String url(String url) {
        return escape(url).replace("&#35;", "#");
    }

    /** A URL path segment such as a DOI: characters outside RFC 3986's unreserved set and {@code /;:()} percent-encoded. */
    public static String urlPath(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/;:()".indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    public Html plus(Html other) {
        return new Html(markup + other.markup);
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    @Override
    public String toString() {
        return markup;
    }
}
