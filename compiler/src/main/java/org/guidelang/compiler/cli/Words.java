package org.guidelang.compiler.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time, for the loops of a batch run that look at every byte of a cohort. The JIT
 * compiler that {@code ./guidec batch} runs with (C1) compiles a loop over bytes as it is written,
 * one byte and one bounds check at a time; a long read through a VarHandle is one load for eight.
 */
final class Words {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;

    private Words() {}

    /** Bytes {@code [at, at + 8)} of {@code bytes}, the first in the lowest eight bits. */
    static long get(byte[] bytes, int at) {
        return (long) LONGS.get(bytes, at);
    }

    /**
     * The high bit of each byte of {@code word} that is {@code b}, and no other bit: its lowest set
     * bit over 8 is the first such byte's place. Exact for every byte (no borrow runs from one byte
     * into the next, as in the shorter formula).
     */
    static long bytesEqual(long word, char b) {
        long x = word ^ (ONES * b);
        long nonZero = ((x & LOW_SEVEN) + LOW_SEVEN) | x;
        return ~(nonZero | LOW_SEVEN);
    }

    /** Whether {@code part} is {@code bytes[from, from + part.length)}, which must lie within {@code bytes}. */
    static boolean startsAt(byte[] part, byte[] bytes, int from) {
        int n = part.length;
        if (n < 8) {
            for (int i = 0; i < n; i++) {
                if (part[i] != bytes[from + i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i + 8 < n; i += 8) {
            if (get(part, i) != get(bytes, from + i)) {
                return false;
            }
        }
        return get(part, n - 8) == get(bytes, from + n - 8); // the last eight, overlapping the word before
    }
}
