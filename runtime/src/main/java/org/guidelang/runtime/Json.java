package org.guidelang.runtime;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * A deterministic JSON writer for results and other tool output, so that the runtime needs no JSON
 * library.
 *
 * <p>It writes {@code null}, strings, booleans, {@link Truth} (UNKNOWN as {@code null}), numbers,
 * enums (by name), maps (in their iteration order, keys by {@code String.valueOf}) and iterables.
 * Strings escape U+2028 and U+2029 too, so that output can be embedded in JavaScript unchanged, and
 * every {@link ControlCharacters control character}, so that it can be shown on a terminal;
 * {@code <} and {@code >} stay readable, since clinical conditions are full of them.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** Pretty-printed with 2-space indentation and no trailing newline. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, true);
        return out.toString();
    }

    /** On one line without spaces, for JSON Lines output. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, false);
        return out.toString();
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(out, text);
        return out.toString();
    }

    /**
     * A JSON number without a trailing {@code .0} when integral (60.0 → {@code 60}, 2.5 → {@code
     * 2.5}); {@code null} for NaN and infinities, which JSON cannot represent.
     */
    public static String number(double value) {
        return Double.isFinite(value) ? plainNumber(value) : "null";
    }

    /** Like {@link #number} but renders non-finite values as Java does, for messages. */
    static String plainNumber(double value) {
        // Below 1e15 every integral double is exactly a long; beyond, keep Java's exponent form.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * A decimal as a person writes it, without trailing zeros or an exponent ({@code 1.2}, {@code
     * 60}, {@code 0.00001}); a number with more than 40 zeros before or after its digits keeps
     * Java's exponent form.
     */
    static String plainDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < -40 || stripped.scale() - stripped.precision() > 40
                ? stripped.toString() : stripped.toPlainString();
    }

    public static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || ControlCharacters.isControl(c)) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate cannot be encoded in UTF-8; the escape keeps the output valid.
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }

    private static void write(StringBuilder out, Object value, int depth, boolean pretty) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            appendQuoted(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Truth) {
            Boolean bool = ((Truth) value).toBoolean();
            out.append(bool == null ? "null" : bool.toString());
        } else if (value instanceof Number) {
            writeNumber(out, (Number) value);
        } else if (value instanceof Enum) {
            appendQuoted(out, ((Enum<?>) value).name());
        } else if (value instanceof Map) {
            writeObject(out, (Map<?, ?>) value, depth, pretty);
        } else if (value instanceof Iterable) {
            writeArray(out, ((Iterable<?>) value).iterator(), depth, pretty);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeNumber(StringBuilder out, Number number) {
        if (number instanceof BigDecimal) {
            BigDecimal decimal = ((BigDecimal) number).stripTrailingZeros();
            out.append(decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toString());
        } else if (number instanceof Double || number instanceof Float) {
            out.append(number(number.doubleValue()));
        } else {
            // Integer, Long, BigInteger and friends print exactly.
            out.append(number);
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map, int depth, boolean pretty) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            appendQuoted(out, String.valueOf(entry.getKey()));
            out.append(pretty ? ": " : ":");
            write(out, entry.getValue(), depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append('}');
    }

    private static void writeArray(StringBuilder out, Iterator<?> items, int depth, boolean pretty) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            write(out, items.next(), depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth, boolean pretty) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }
}
