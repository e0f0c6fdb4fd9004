package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Characters that could rewrite a terminal never leave guidec raw. */
class ControlCharactersTest {
    @Test
    void theTerminalControlsAndTheBidirectionalOnesAreControls() {
        for (char c : "\u0000\u0007\u0008\u000B\u000C\r\u001B\u007F\u0085\u009B\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
                .toCharArray()) {
            assertTrue(ControlCharacters.isControl(c), Integer.toHexString(c));
        }
        for (char c : "\t\n aZ~é\u00A0\u00AD\u2028\u200B\u2065\u206A\u202F→€😀".toCharArray()) {
            assertFalse(ControlCharacters.isControl(c), Integer.toHexString(c));
        }
        assertTrue(ControlCharacters.isBidirectional('\u202E'));
        assertFalse(ControlCharacters.isBidirectional('\u001B'));
    }

    @Test
    void escapeWritesEachAsItsCodeAndKeepsEverythingElse() {
        assertEquals("\\u001B[2J", ControlCharacters.escape("\u001B[2J"));
        assertEquals("NO\\u000DYES \\u202Eabc\\u202C\ttab\nline é😀", ControlCharacters.escape("NO\rYES \u202Eabc\u202C\ttab\nline é😀"));
        String clean = "ki67 > 20% — «Milan»";
        assertSame(clean, ControlCharacters.escape(clean));
    }

    @Test
    void jsonEscapesThemTooSoItsOutputIsSafeOnATerminal() {
        assertEquals("\"\\u202eX\\u0085\\u009b31m\"", Json.quote("\u202EX\u0085\u009B31m"));
        assertEquals("{\"\\u001b[2J\":1}", Json.compact(Map.of("\u001B[2J", 1)));
    }

    @Test
    void anInputErrorPrintsThePatientsKeyEscaped() {
        InputError error = new InputError(InputError.pathOf("\u001B[2J"), "unknown input", "remove it");
        assertEquals("$['\\u001B[2J']: unknown input — fix: remove it", error.toString());
    }
}
