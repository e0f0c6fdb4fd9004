package org.guidelang.runtime;

/**
 * The characters that must never reach a terminal raw: they move the cursor, clear the screen,
 * ring the bell, or reorder text, so that a guideline or a patient record could print "YES" over
 * a "NO". They are the C0 controls but tab and line feed, DEL, the C1 controls, and Unicode's
 * bidirectional controls (Bidi_Control: U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
 * U+2069). Every text that guidec prints, and every message of an {@link InputError}, goes
 * through {@link #escape}; the compiler refuses them in guideline sources.
 */
public final class ControlCharacters {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ControlCharacters() {}

    /**
     * Whether {@code c} is one of these characters. Carriage return is one: alone it sends the
     * cursor back over what was printed.
     */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || isBidirectional(c);
    }

    /** Whether {@code c} reorders the text around it (a bidirectional control). */
    public static boolean isBidirectional(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * {@code text} with each of these characters written as an escape (a backslash, {@code u} and
     * four hex digits, as in Java); the same text when there is none.
     */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                appendEscaped(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends the escape of {@code c}: a backslash, {@code u} and four upper-case hex digits. */
    public static void appendEscaped(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
