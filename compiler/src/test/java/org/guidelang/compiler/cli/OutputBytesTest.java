package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputBytesTest {
    @Test
    void numbersTextAndBytesComeOutAsUtf8() throws IOException {
        OutputBytes out = new OutputBytes(1); // grows as it goes
        for (long n : new long[] {0, 7, 10, 99, 100, 123456789012L, -1, -40, Long.MAX_VALUE, Long.MIN_VALUE}) {
            out.append(n).append(' ');
        }
        out.append("é\u2028").append(new byte[] {'x', 'y'}).append('\n');
        String expected = "0 7 10 99 100 123456789012 -1 -40 " + Long.MAX_VALUE + " " + Long.MIN_VALUE + " é\u2028xy\n";
        assertEquals(expected, out.toString());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        out.writeTo(written);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), written.toByteArray());
        assertEquals(written.size(), out.size());
    }
}
