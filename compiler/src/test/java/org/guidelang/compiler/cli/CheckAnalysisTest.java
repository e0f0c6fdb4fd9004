package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `guidec check` shows the coverage analysis: a gap is a warning, or an error in a complete table. */
class CheckAnalysisTest {
    private static final Path PRINTED = Path.of("src/test/resources/analysis/who_printed.guide");
    private static final String GAP = "table `grade` leaves patients unclassified: differentiation = POOR, "
            + "ki67 = 10%, mitoticCount = 10 matches no rule (uncovered: differentiation = POOR, ki67 in [0%, 20%], "
            + "mitoticCount in [0, 20]) [GL700]\n"
            + " 14 |   table grade \"WHO grade\" : code {\n"
            + "    |         ^^^^^\n"
            + "  hint: add a rule for these patients, or an `otherwise` rule\n";

    @Test
    void theGapOfThePrintedWhoTableIsAWarning() {
        CliRun run = CliRun.of("check", PRINTED.toString());
        assertEquals(0, run.exitCode());
        assertEquals(PRINTED + ":14:9: warning: " + GAP + "1 file checked: 0 errors, 1 warning\n", run.all());
    }

    @Test
    void inATableDeclaredCompleteTheGapIsAnError(@TempDir Path dir) throws IOException {
        Path complete = dir.resolve("who_printed.guide");
        Files.writeString(complete, Files.readString(PRINTED, StandardCharsets.UTF_8)
                .replace("hit first {", "hit first complete {"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", complete.toString());
        assertEquals(1, run.exitCode());
        assertEquals(complete + ":14:9: error: " + GAP + "1 file checked: 1 error, 0 warnings\n", run.all());
    }
}
