package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static boolean javaAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoderAndFindsTheFirstBadByte() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(0, 8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextBoolean() ? random.nextInt(0x80, 0x100) : random.nextInt(0, 0x100));
            }
            int bad = Utf8.firstInvalid(bytes, 0, bytes.length);
            assertEquals(javaAccepts(bytes), bad < 0, () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
            if (bad >= 0) {
                byte[] before = java.util.Arrays.copyOf(bytes, bad);
                assertEquals(-1, Utf8.firstInvalid(before, 0, before.length), "everything before it is well formed");
            }
        }
    }

    @Test
    void describesTheBadBytes() {
        byte[] latin1 = {'a', (byte) 0xe9, 'b'};
        assertEquals(1, Utf8.firstInvalid(latin1, 0, 3));
        assertEquals("byte 0xE9", Utf8.describe(latin1, 1, 3));
        byte[] surrogate = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
        assertEquals(0, Utf8.firstInvalid(surrogate, 0, 3));
        assertEquals("bytes 0xED 0xA0 0x80", Utf8.describe(surrogate, 0, 3));
        byte[] overlong = {(byte) 0xc0, (byte) 0xaf};
        assertEquals(0, Utf8.firstInvalid(overlong, 0, 2));
        byte[] text = "größe 😀".getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, Utf8.firstInvalid(text, 0, text.length));
        assertEquals(8, Utf8.firstInvalid(text, 0, text.length - 1), "a character cut short");
    }
}
