package org.guidelang.compiler.cli;

/**
 * Strict UTF-8 validation of patient data, which says where the first bad byte is: Java's decoders
 * either replace such bytes silently or throw without a position.
 */
final class Utf8 {
    static final String FIX = "save the file as UTF-8, for example with iconv -f ISO-8859-1 -t UTF-8";

    private Utf8() {}

    /**
     * The index of the first byte of {@code bytes[from, to)} that is not part of a well-formed UTF-8
     * character (overlong forms, surrogates and code points beyond U+10FFFF included), or -1.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) { // ASCII, nearly all of a cohort
                i++;
                continue;
            }
            int length;
            int min;
            if ((b & 0xe0) == 0xc0) {
                length = 2;
                min = 0x80;
            } else if ((b & 0xf0) == 0xe0) {
                length = 3;
                min = 0x800;
            } else if ((b & 0xf8) == 0xf0) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int code = b & (0x7f >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k];
                if ((next & 0xc0) != 0x80) {
                    return i;
                }
                code = code << 6 | next & 0x3f;
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** "byte 0xE9", or "bytes 0xED 0xA0 0x80" for an ill-formed sequence, for messages. */
    static String describe(byte[] bytes, int at, int to) {
        StringBuilder text = new StringBuilder(String.format("byte 0x%02X", bytes[at] & 0xff));
        int lead = bytes[at] & 0xff;
        int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        int shown = 1;
        for (int k = 1; k < length && at + k < to && (bytes[at + k] & 0xc0) == 0x80; k++) {
            text.append(String.format(" 0x%02X", bytes[at + k] & 0xff));
            shown++;
        }
        return shown > 1 ? "bytes" + text.substring(4) : text.toString();
    }
}
