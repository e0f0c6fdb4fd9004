package org.guidelang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.guidelang.compiler.cli.Guidec;
import org.junit.jupiter.api.Test;

/**
 * The command-line jar's class path (compiler and language server) gives {@code guidec} its
 * {@code lsp} command, which the compiler finds through ServiceLoader without depending on it.
 */
class LspCommandRegistrationTest {

    @Test
    void guidecListsTheLspCommand() {
        StringWriter out = new StringWriter();
        assertEquals(Guidec.OK, Guidec.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().contains("lsp "), out::toString);
        assertTrue(out.toString().contains("check "), out::toString);
    }

    @Test
    void guidecLspHasItsOwnHelp() {
        StringWriter out = new StringWriter();
        assertEquals(Guidec.OK, Guidec.run(new String[] {"lsp", "--help"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        assertTrue(out.toString().startsWith("Usage: guidec lsp"), out::toString);
        assertTrue(out.toString().contains("Language Server Protocol"), out::toString);
    }
}
