package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CohortLinesTest {
    /** Every line of the input, numbered from 1, "<too long>" for one that is. */
    private static List<String> lines(byte[] input, int blockBytes) throws IOException {
        return lines(new ByteArrayInputStream(input), blockBytes);
    }

    private static List<String> lines(InputStream input, int blockBytes) throws IOException {
        CohortLines reader = new CohortLines(input, blockBytes);
        List<String> lines = new ArrayList<>();
        for (CohortLines.Block block = reader.next(); block != null; block = reader.next()) {
            assertEquals(lines.size() + 1, block.firstLine(), "blocks follow each other");
            for (int i = 0; i < block.count(); i++) {
                lines.add(block.tooLong(i) ? "<too long>" : new String(block.data(), block.starts()[i],
                        block.ends()[i] - block.starts()[i], StandardCharsets.UTF_8));
            }
        }
        assertNull(reader.next(), "the end stays the end");
        return lines;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesEndWithLfOrCrLfAndTheLastNeedsNoEnd() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines(utf8("a\nb\r\n\nc"), 64));
        assertEquals(List.of("a", "b"), lines(utf8("a\nb\n"), 64));
        assertEquals(List.of(), lines(utf8(""), 64));
        assertEquals(List.of(""), lines(utf8("\n"), 64));
        assertEquals(List.of("a\rb"), lines(utf8("a\rb"), 64), "a lone CR is not a line end");
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedAndNoOtherBomIs() throws IOException {
        assertEquals(List.of("{}", "\ufeff{}"), lines(utf8("\ufeff{}\n\ufeff{}"), 64));
        assertEquals(List.of("\ufeff"), lines(utf8("\ufeff\ufeff"), 64).stream().map(s -> s).toList());
    }

    @Test
    void blocksOfAnySizeGiveTheSameLines() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String line = "x".repeat(random.nextInt(0, 300)) + "é" + i;
            expected.add(line);
            text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        byte[] input = utf8(text.toString());
        for (int block : new int[] {1, 64, 100, 4096, 1 << 20}) {
            assertEquals(expected, lines(input, block), "blocks of " + block);
            // A stream that gives a few bytes at a time, as a pipe does.
            assertEquals(expected, lines(new Trickle(input), block), "trickled, blocks of " + block);
        }
    }

    @Test
    void shortLinesAcrossEveryPlaceInAWord() throws IOException {
        // Lines of 0 to 20 bytes put line ends at every place in an eight-byte word, next to bytes
        // (0x0b, 0x8a, CR) that a looser test for a byte in a word would take for LF.
        SplittableRandom random = new SplittableRandom(11);
        byte[] alphabet = {'a', 0x0b, (byte) 0x8a, '\r', '"', ' '};
        List<String> expected = new ArrayList<>();
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < 5000; i++) {
            byte[] line = new byte[random.nextInt(0, 21)];
            for (int j = 0; j < line.length; j++) {
                line[j] = alphabet[random.nextInt(alphabet.length)];
            }
            if (line.length > 0 && line[line.length - 1] == '\r') {
                line[line.length - 1] = 'a'; // a CR before LF belongs to the line end
            }
            expected.add(new String(line, StandardCharsets.ISO_8859_1));
            input.writeBytes(line);
            input.writeBytes(random.nextBoolean() ? new byte[] {'\n'} : new byte[] {'\r', '\n'});
        }
        byte[] bytes = input.toByteArray();
        for (int block : new int[] {1, 7, 64, 100, 4096, 1 << 20}) {
            CohortLines reader = new CohortLines(new ByteArrayInputStream(bytes), block);
            List<String> lines = new ArrayList<>();
            for (CohortLines.Block b = reader.next(); b != null; b = reader.next()) {
                for (int i = 0; i < b.count(); i++) {
                    lines.add(new String(b.data(), b.starts()[i], b.ends()[i] - b.starts()[i],
                            StandardCharsets.ISO_8859_1));
                }
            }
            assertEquals(expected, lines, "blocks of " + block);
        }
    }

    @Test
    void aLineBeyondTheLimitIsOneLineReportedAsTooLong() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(utf8("first\n"));
        input.writeBytes(new byte[CohortLines.MAX_LINE + 10]);
        input.writeBytes(utf8("\nlast\n"));
        List<String> lines = lines(input.toByteArray(), 1 << 16);
        assertEquals(List.of("first", "<too long>", "last"), lines);
        CohortLines reader = new CohortLines(new ByteArrayInputStream(input.toByteArray()), 1 << 16);
        while (reader.next() != null) {
            assertTrue(reader.bytesRead() <= input.size());
        }
        assertEquals(input.size(), reader.bytesRead());
    }

    /** Gives at most 7 bytes per read. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int next;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (next >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 7), bytes.length - next);
            System.arraycopy(bytes, next, b, off, n);
            next += n;
            return n;
        }
    }
}
