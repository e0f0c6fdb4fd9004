package org.guidelang.compiler.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of reading a patient record, for cohorts of millions: a flat JSON object whose
 * values are strings without escapes, numbers, booleans or null, which is what registries export.
 * Anything else (an escape, a nested value, a duplicate name, a very long number, any mistake)
 * answers null, and the record goes through Jackson, which gives the exact message. Both give the
 * same values: a number is the double nearest to its decimal text, as {@code Double.parseDouble}.
 */
final class FlatJson {
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    // The input names, as bytes, so that a known name costs no new String.
    private final byte[][] keyBytes;
    private final String[] keys;

    FlatJson(List<String> knownNames) {
        keys = knownNames.toArray(new String[0]);
        keyBytes = new byte[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            keyBytes[i] = keys[i].getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The object's members, or null when the record needs the full parser; {@code bytes} are valid UTF-8. */
    Map<String, Object> parse(byte[] bytes, int from, int to) {
        Cursor at = new Cursor(bytes, from, to);
        if (at.skipSpace() != '{') {
            return null;
        }
        at.next++;
        Map<String, Object> values = new HashMap<>();
        int c = at.skipSpace();
        if (c == '}') {
            at.next++;
            return at.skipSpace() < 0 ? values : null;
        }
        while (true) {
            if (c != '"') {
                return null;
            }
            String name = key(at);
            if (name == null || at.skipSpace() != ':') {
                return null;
            }
            at.next++;
            Object value = value(at);
            if (value == at) {
                return null;
            }
            int size = values.size();
            values.put(name, value);
            if (values.size() == size) {
                return null; // a duplicate name
            }
            c = at.skipSpace();
            if (c == '}') {
                at.next++;
                return at.skipSpace() < 0 ? values : null;
            }
            if (c != ',') {
                return null;
            }
            at.next++;
            c = at.skipSpace();
        }
    }

    private static final class Cursor {
        final byte[] bytes;
        final int to;
        int next;

        Cursor(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.next = from;
            this.to = to;
        }

        /** The next byte that is not JSON white space, not consumed; -1 at the end. */
        int skipSpace() {
            while (next < to) {
                byte b = bytes[next];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b;
                }
                next++;
            }
            return -1;
        }
    }

    /** A member name: a known input's own String when it is one. */
    private String key(Cursor at) {
        int start = at.next + 1;
        int end = stringEnd(at.bytes, start, at.to);
        if (end < 0) {
            return null;
        }
        at.next = end + 1;
        int length = end - start;
        for (int i = 0; i < keyBytes.length; i++) {
            byte[] key = keyBytes[i];
            if (key.length == length && java.util.Arrays.equals(key, 0, length, at.bytes, start, end)) {
                return keys[i];
            }
        }
        return new String(at.bytes, start, length, StandardCharsets.UTF_8);
    }

    /** The index of the closing quote of a string starting at {@code from}; -1 for an escape, a control character or no end. */
    private static int stringEnd(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                return -1;
            }
        }
        return -1;
    }

    /** The value at the cursor (Double, Boolean, String or null), or the cursor itself when it needs the full parser. */
    private static Object value(Cursor at) {
        int c = at.skipSpace();
        byte[] bytes = at.bytes;
        if (c == '"') {
            int start = at.next + 1;
            int end = stringEnd(bytes, start, at.to);
            if (end < 0) {
                return at;
            }
            at.next = end + 1;
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
        if (c == 't' && literal(at, "true")) {
            return Boolean.TRUE;
        }
        if (c == 'f' && literal(at, "false")) {
            return Boolean.FALSE;
        }
        if (c == 'n' && literal(at, "null")) {
            return null;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number(at);
        }
        return at;
    }

    private static boolean literal(Cursor at, String word) {
        int end = at.next + word.length();
        if (end > at.to) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (at.bytes[at.next + i] != word.charAt(i)) {
                return false;
            }
        }
        if (end < at.to && isWordByte(at.bytes[end])) {
            return false; // "nullx", "true1": the full parser's error
        }
        at.next = end;
        return true;
    }

    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b < 0;
    }

    /**
     * A JSON number: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. A whole number becomes the
     * double of its long value; a decimal with at most 15 significant digits (and no exponent) is
     * the quotient of two exact doubles, which IEEE division rounds correctly; anything else goes to
     * {@code Double.parseDouble}.
     */
    private static Object number(Cursor at) {
        byte[] bytes = at.bytes;
        int start = at.next;
        int i = start;
        boolean negative = bytes[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        long mantissa = 0;
        int digits = 0;
        while (i < at.to && bytes[i] >= '0' && bytes[i] <= '9') {
            mantissa = mantissa * 10 + (bytes[i] - '0');
            digits++;
            i++;
        }
        if (digits == 0 || (bytes[intStart] == '0' && digits > 1) || digits > 18) {
            return at; // no digits, a leading zero, or beyond a long
        }
        int fraction = 0;
        boolean decimal = false;
        if (i < at.to && bytes[i] == '.') {
            decimal = true;
            i++;
            while (i < at.to && bytes[i] >= '0' && bytes[i] <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (bytes[i] - '0');
                }
                digits++;
                fraction++;
                i++;
            }
            if (fraction == 0) {
                return at;
            }
        }
        boolean exponent = i < at.to && (bytes[i] == 'e' || bytes[i] == 'E');
        if (exponent) {
            i++;
            if (i < at.to && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < at.to && bytes[i] >= '0' && bytes[i] <= '9') {
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                return at;
            }
        }
        if (i < at.to && isWordByte(bytes[i])) {
            return at;
        }
        at.next = i;
        if (!decimal && !exponent) {
            return (double) (negative ? -mantissa : mantissa);
        }
        if (!exponent && digits <= 15) {
            double value = mantissa / POWERS_OF_TEN[fraction];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1));
    }
}
