package org.guidelang.compiler.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a cohort as numbered lines of bytes, in blocks of about a given size, for {@code batch}
 * and {@code diff --cohort}. Bytes, not characters: a line that is not UTF-8 is the reader's of
 * that line to refuse, and costs no other line. Lines end with LF or CRLF; a leading UTF-8 byte
 * order mark is skipped; a line longer than {@link #MAX_LINE} bytes is reported as such and
 * skipped, so that memory stays bounded whatever the input.
 */
final class CohortLines {
    /** The longest line kept: a patient record is a few hundred bytes. */
    static final int MAX_LINE = 8 << 20;

    /**
     * Lines {@code firstLine, firstLine + 1, …}: line {@code i} of the block is {@code data[starts[i],
     * ends[i])} without its line end, or too long when {@code ends[i] < 0}.
     */
    record Block(long firstLine, byte[] data, int[] starts, int[] ends, int count) {
        boolean tooLong(int i) {
            return ends[i] < 0;
        }
    }

    private final InputStream in;
    private final int blockBytes;
    private byte[] carry = new byte[0];
    private int carried;
    private boolean eof;
    private boolean started;
    private long nextLine = 1;
    private long bytesRead;

    CohortLines(InputStream in, int blockBytes) {
        // Buffered for the byte-by-byte skip of an overlong line; block reads go around the buffer.
        this.in = new BufferedInputStream(in, 1 << 16);
        this.blockBytes = Math.max(64, blockBytes);
    }

    /** The bytes read so far, for progress. */
    long bytesRead() {
        return bytesRead;
    }

    /** The next block of whole lines, or null at the end of the input. */
    Block next() throws IOException {
        byte[] data = Arrays.copyOf(carry, Math.max(blockBytes, carried + 1));
        int filled = carried;
        carried = 0;
        while (true) {
            filled = fill(data, filled);
            if (!started) {
                filled = skipByteOrderMark(data, filled);
            }
            int lastEnd = lastIndexOf(data, filled);
            if (lastEnd >= 0 || eof) {
                return cut(data, filled, lastEnd);
            }
            if (filled > MAX_LINE) { // MAX_LINE + 1 bytes and no line end
                return tooLong();
            }
            data = Arrays.copyOf(data, Math.min(data.length * 2, MAX_LINE + 1)); // one line longer than a block
        }
    }

    private int fill(byte[] data, int filled) throws IOException {
        while (filled < data.length && !eof) {
            int n = in.read(data, filled, data.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
                bytesRead += n;
            }
        }
        return filled;
    }

    private int skipByteOrderMark(byte[] data, int filled) {
        if (filled < 3 && !eof) {
            return filled; // wait for three bytes
        }
        started = true;
        if (filled >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            System.arraycopy(data, 3, data, 0, filled - 3);
            return filled - 3;
        }
        return filled;
    }

    private static int lastIndexOf(byte[] data, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lines up to {@code lastEnd} (the last LF; -1: none), or to the end of the input; the rest is
     * carried. This runs on the reading thread, which every worker waits on, so it looks at eight
     * bytes at a time ({@link Words}): a cohort's lines are a few hundred bytes long.
     */
    private Block cut(byte[] data, int filled, int lastEnd) {
        int limit = eof && lastEnd < filled - 1 ? filled : lastEnd + 1;
        Lines lines = new Lines(16 + limit / 64);
        int start = 0;
        int i = 0;
        for (; i + 8 <= limit; i += 8) {
            for (long found = Words.bytesEqual(Words.get(data, i), '\n'); found != 0; found &= found - 1) {
                int end = i + Long.numberOfTrailingZeros(found) / 8;
                lines.add(data, start, end);
                start = end + 1;
            }
        }
        for (; i < limit; i++) {
            if (data[i] == '\n') {
                lines.add(data, start, i);
                start = i + 1;
            }
        }
        if (start < limit) {
            lines.add(data, start, limit); // the last line, which the end of the input ends
        }
        if (lines.count == 0) {
            return null; // nothing left
        }
        carried = filled - limit;
        carry = carried == 0 ? new byte[0] : Arrays.copyOfRange(data, limit, filled);
        Block block = new Block(nextLine, data, lines.starts, lines.ends, lines.count);
        nextLine += lines.count;
        return block;
    }

    /** Where the lines of a block start and end, without their line ends. */
    private static final class Lines {
        int[] starts;
        int[] ends;
        int count;

        Lines(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        /** The line {@code data[start, end)}, where {@code end} is its LF (or the end of the input). */
        void add(byte[] data, int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end > start && data[end - 1] == '\r' ? end - 1 : end;
            count++;
        }
    }

    /** One line beyond {@link #MAX_LINE}: skipped up to its line end, and reported as one line. */
    private Block tooLong() throws IOException {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            bytesRead++;
        }
        if (b < 0) {
            eof = true;
        } else {
            bytesRead++;
        }
        carry = new byte[0];
        Block block = new Block(nextLine, new byte[0], new int[] {0}, new int[] {-1}, 1);
        nextLine++;
        return block;
    }
}
