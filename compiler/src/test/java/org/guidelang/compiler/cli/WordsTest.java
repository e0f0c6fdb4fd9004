package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void bytesEqualMarksExactlyTheBytesThatAre() {
        SplittableRandom random = new SplittableRandom(8);
        byte[] alphabet = {'\n', '\r', 0x0b, 0x09, 0x00, (byte) 0x8a, (byte) 0xff, 0x01, '"', 'a'};
        for (int round = 0; round < 100_000; round++) {
            byte[] bytes = new byte[9];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = round % 2 == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int at = random.nextInt(2); // unaligned too
            for (char b : new char[] {'\n', '"', '\\'}) {
                long expected = 0;
                for (int i = 0; i < 8; i++) {
                    expected |= bytes[at + i] == b ? 0x80L << (8 * i) : 0;
                }
                assertEquals(expected, Words.bytesEqual(Words.get(bytes, at), b));
            }
        }
    }

    @Test
    void startsAtComparesEveryByte() {
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 20_000; round++) {
            byte[] part = new byte[random.nextInt(0, 30)];
            for (int i = 0; i < part.length; i++) {
                part[i] = (byte) random.nextInt('a', 'd');
            }
            int from = random.nextInt(0, 5);
            byte[] bytes = new byte[from + part.length + random.nextInt(0, 3)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt('a', 'd');
            }
            if (random.nextBoolean()) {
                System.arraycopy(part, 0, bytes, from, part.length);
                if (part.length > 0 && random.nextBoolean()) {
                    bytes[from + random.nextInt(part.length)] ^= 1; // one byte off, anywhere
                }
            }
            boolean expected = java.util.Arrays.equals(part, 0, part.length, bytes, from, from + part.length);
            assertEquals(expected, Words.startsAt(part, bytes, from));
        }
    }
}
