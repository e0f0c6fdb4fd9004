package org.guidelang.compiler.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
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

    // The strings a record is made of (input names, codes), in an open-addressing table by the hash
    // of their bytes, so that a known string costs one comparison and no new String; for an input's
    // name, its place in the inputs (-1 for a code).
    private final byte[][] knownBytes;
    private final String[] known;
    private final int[] slots;
    private final int mask;
    // The inputs' names, in declared order, as PatientValues holds them, and as bytes: records
    // usually give their members in one order, so the name after input i is first tried as i + 1.
    private final String[] inputs;
    private final byte[][] inputBytes;

    /**
     * {@code inputs}: the guideline's input names, in declared order; {@code codes}: the codes of
     * its inputs. Both come back as these very String objects.
     */
    FlatJson(List<String> inputs, Collection<String> codes) {
        this.inputs = inputs.toArray(new String[0]);
        this.inputBytes = new byte[this.inputs.length][];
        Map<String, Integer> strings = new LinkedHashMap<>();
        for (int i = 0; i < this.inputs.length; i++) {
            inputBytes[i] = plain(this.inputs[i]);
            strings.put(this.inputs[i], i);
        }
        codes.forEach(code -> strings.putIfAbsent(code, -1));
        int size = Integer.highestOneBit(Math.max(4, strings.size() * 4 - 1)) << 1;
        mask = size - 1;
        known = new String[size];
        knownBytes = new byte[size][];
        slots = new int[size];
        strings.forEach((text, slot) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int at = hash(bytes, 0, bytes.length) & mask;
            while (known[at] != null) {
                at = (at + 1) & mask;
            }
            known[at] = text;
            knownBytes[at] = bytes;
            slots[at] = slot;
        });
    }

    /** A name's bytes as they stand between quotes, or null when it would need an escape there. */
    private static byte[] plain(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
                return null;
            }
        }
        return bytes;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }

    /**
     * The object's members, or null when the record needs the full parser. Only strings may hold
     * bytes beyond ASCII in a flat record; they are checked to be UTF-8 here, and a record with any
     * other such byte, or one that is not UTF-8, goes to the full parser, which says where it is.
     */
    PatientValues parse(byte[] bytes, int from, int to) {
        Cursor at = new Cursor(bytes, from, to);
        if (at.skipSpace() != '{') {
            return null;
        }
        at.next++;
        PatientValues values = new PatientValues(inputs);
        int c = at.skipSpace();
        if (c == '}') {
            at.next++;
            return at.skipSpace() < 0 ? values : null;
        }
        int slot = -1;
        while (true) {
            if (c != '"') {
                return null;
            }
            slot = expected(at, slot + 1);
            String other = null;
            if (slot < 0) {
                int found = find(at);
                if (found == NOT_A_STRING) {
                    return null;
                }
                slot = found >= 0 ? slots[found] : -1;
                if (slot < 0) {
                    other = found >= 0 ? known[found] : at.text;
                }
            }
            if (at.skipSpace() != ':') {
                return null;
            }
            at.next++;
            Object value = value(at);
            if (value == at) {
                return null;
            }
            if (!(other == null ? values.put(slot, value) : values.putOther(other, value))) {
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

    /**
     * {@code slot} when the string at the cursor is that input's name (the cursor then past it), else
     * -1 with the cursor where it was.
     */
    private int expected(Cursor at, int slot) {
        if (slot >= inputBytes.length || inputBytes[slot] == null) {
            return -1;
        }
        byte[] name = inputBytes[slot];
        int start = at.next + 1;
        int end = start + name.length;
        if (end >= at.to || at.bytes[end] != '"') {
            return -1;
        }
        if (!Words.startsAt(name, at.bytes, start)) {
            return -1;
        }
        at.next = end + 1;
        return slot;
    }

    private static final class Cursor {
        final byte[] bytes;
        final int to;
        int next;
        String text; // the last string read that is not a known one

        Cursor(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.next = from;
            this.to = to;
        }

        /**
         * The next byte that is not JSON white space, not consumed; -1 at the end. Small enough for
         * C1, the only JIT compiler of most batch runs, to inline: a record rarely has white space.
         */
        int skipSpace() {
            if (next < to && bytes[next] > ' ') {
                return bytes[next];
            }
            return skipSpaceFrom();
        }

        private int skipSpaceFrom() {
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

    /** {@link #find}: the string needs the full parser. */
    private static final int NOT_A_STRING = -2;

    /** {@link #find}: a string not in the table, left in {@code Cursor.text}. */
    private static final int UNKNOWN = -1;

    /**
     * The string whose opening quote the cursor is on, the known String when it is one; null for
     * an escape, a control character, bytes that are not UTF-8, or no closing quote.
     */
    private String string(Cursor at) {
        int found = find(at);
        return found >= 0 ? known[found] : found == UNKNOWN ? at.text : null;
    }

    /**
     * The string whose opening quote the cursor is on, as its place in the table of known strings;
     * else {@link #UNKNOWN}, with the new String in {@code at.text}, or {@link #NOT_A_STRING} for an
     * escape, a control character, bytes that are not UTF-8, or no closing quote.
     */
    private int find(Cursor at) {
        byte[] bytes = at.bytes;
        int start = at.next + 1;
        int h = 0;
        boolean ascii = true;
        int i = start;
        while (true) {
            if (i >= at.to) {
                return NOT_A_STRING;
            }
            byte b = bytes[i];
            if (b == '"') {
                break;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                return NOT_A_STRING;
            }
            ascii &= b >= 0;
            h = 31 * h + b;
            i++;
        }
        at.next = i + 1;
        if (!ascii && Utf8.firstInvalid(bytes, start, i) >= 0) {
            return NOT_A_STRING;
        }
        int length = i - start;
        for (int slot = (h ^ (h >>> 16)) & mask; known[slot] != null; slot = (slot + 1) & mask) {
            byte[] candidate = knownBytes[slot];
            if (candidate.length == length && Arrays.equals(candidate, 0, length, bytes, start, i)) {
                return slot;
            }
        }
        at.text = new String(bytes, start, length, StandardCharsets.UTF_8);
        return UNKNOWN;
    }

    /** The value at the cursor (Double, Boolean, String or null), or the cursor itself when it needs the full parser. */
    private Object value(Cursor at) {
        int c = at.skipSpace();
        if (c == '"') {
            String text = string(at);
            return text == null ? at : text;
        }
        if (c == 't' && literal(at, TRUE)) {
            return Boolean.TRUE;
        }
        if (c == 'f' && literal(at, FALSE)) {
            return Boolean.FALSE;
        }
        if (c == 'n' && literal(at, NULL)) {
            return null;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number(at);
        }
        return at;
    }

    // As bytes, not Strings: C1 compiles each String.charAt as a call.
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private static boolean literal(Cursor at, byte[] word) {
        int end = at.next + word.length;
        if (end > at.to) {
            return false;
        }
        byte[] bytes = at.bytes;
        for (int i = 0, j = at.next; i < word.length; i++, j++) {
            if (bytes[j] != word[i]) {
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
     * A JSON number: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. With at most 15 digits
     * and no exponent, a whole number becomes the double of its long value and a decimal the
     * quotient of two exact doubles, which IEEE division rounds correctly, so the double stands for
     * exactly the decimal written; anything else goes to the full parser, which reads it exactly.
     */
    private static Object number(Cursor at) {
        byte[] bytes = at.bytes;
        int i = at.next;
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
        if (exponent || digits > 15) {
            // Beyond 15 significant digits a double may not stand for the decimal written
            // (2.9999999999999999 is read as 3): the full parser reads it exactly, and the validator
            // keeps it or refuses it, never rounding it across a threshold.
            return at;
        }
        at.next = i;
        if (!decimal) {
            return (double) (negative ? -mantissa : mantissa);
        }
        double value = mantissa / POWERS_OF_TEN[fraction];
        return negative ? -value : value;
    }
}
