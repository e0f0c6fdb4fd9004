package org.guidelang.runtime;

/**
 * Sets of codes of any size as words of 64 bits (bit {@code i % 64} of word {@code i / 64} for
 * code {@code i}), the layout of {@link java.util.BitSet#toLongArray()} padded to a fixed length.
 * Tables of up to 63 codes use one {@code long} instead, on the generated evaluators' fast path.
 */
final class CodeBits {
    private CodeBits() {}

    /** The empty set over {@code size} codes. */
    static long[] none(int size) {
        return new long[(size + Long.SIZE - 1) / Long.SIZE];
    }

    static void set(long[] bits, int code) {
        bits[code / Long.SIZE] |= 1L << code;
    }

    static boolean has(long[] bits, int code) {
        return code / Long.SIZE < bits.length && (bits[code / Long.SIZE] & 1L << code) != 0L;
    }

    static int count(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** The lowest code in the set, or -1 for none. */
    static int first(long[] bits) {
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0L) {
                return i * Long.SIZE + Long.numberOfTrailingZeros(bits[i]);
            }
        }
        return -1;
    }
}
