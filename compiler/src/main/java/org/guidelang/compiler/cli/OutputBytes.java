package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The output records of one block of a batch run, as the UTF-8 bytes they are written as. A
 * record is put together from a few pieces that repeat millions of times (names, codes, the
 * guideline's id), which writers keep as bytes; so a record costs a copy of each piece and its
 * line number's digits, and no String, StringBuilder or encoding on the way to the file.
 * Not thread-safe: each block has its own.
 */
final class OutputBytes {
    private byte[] bytes;
    private int size;

    OutputBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    OutputBytes append(byte[] piece) {
        int end = size + piece.length;
        if (end > bytes.length) {
            grow(end);
        }
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size = end;
        return this;
    }

    /** One ASCII character. */
    OutputBytes append(char c) {
        if (size == bytes.length) {
            grow(size + 1);
        }
        bytes[size++] = (byte) c;
        return this;
    }

    /** Any text, as UTF-8 (the rare pieces: messages, names met once). */
    OutputBytes append(String text) {
        return append(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A whole number's decimal digits, such as a line number. */
    OutputBytes append(long number) {
        if (number < 0) {
            if (number == Long.MIN_VALUE) {
                return append(Long.toString(number));
            }
            append('-');
            number = -number;
        }
        int digits = 1;
        for (long rest = number / 10; rest != 0; rest /= 10) {
            digits++;
        }
        if (size + digits > bytes.length) {
            grow(size + digits);
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + number % 10);
            number /= 10;
        }
        size += digits;
        return this;
    }

    int size() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
}
