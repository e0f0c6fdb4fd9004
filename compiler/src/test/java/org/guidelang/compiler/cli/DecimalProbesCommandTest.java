package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decimal probes as a user runs them: {@code guidec test} and {@code guidec eval} on patient JSON. */
class DecimalProbesCommandTest {
    private static final String PROBES = "src/test/resources/decimal";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode outcomes(String patient) throws IOException {
        Path file = dir.resolve("patient.json");
        Files.writeString(file, patient);
        CliRun run = CliRun.of("eval", PROBES, "--guideline", "decimal_probes", "--input", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.all());
        return JSON.readTree(run.out()).get("outcomes");
    }

    @Test
    void theExamplesPass() {
        CliRun run = CliRun.of("test", PROBES);
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("6 passed, 0 failed"), run.out());
    }

    @Test
    void evalDecidesWithTheDecimalsWritten() throws IOException {
        assertTrue(outcomes("{\"lesion1\": 1.1, \"lesion2\": 2.2}").get("smallTogether").booleanValue());
        assertTrue(outcomes("{\"stableDisease\": 1.2}").get("stableLongEnough").booleanValue());
        assertFalse(outcomes("{\"ki67First\": 0.1, \"ki67Second\": 0.2}").get("highMeanKi67").booleanValue());
        assertFalse(outcomes("{\"score\": 2.99999999999999}").get("scoreAtLeastThree").booleanValue());
        assertTrue(outcomes("{\"score\": 3.00}").get("scoreAtLeastThree").booleanValue());
    }

    @Test
    void checkRefusesNumbersItCannotKeepExactlyWhereAPatientsNumberGoes() throws IOException {
        Path file = dir.resolve("inexact.guide");
        Files.writeString(file, """
                guideline inexact version 1.0.0 {
                  title "Numbers no double stands for"
                  input interval : weeks in [0, 520] "Interval"
                  recommend late "Late" when interval > 10 days
                  example "ten days" {
                    given interval = 10 days
                    expect late = false
                  }
                  example "too many digits" {
                    given interval = 1.00000000000000001 weeks
                    expect late = false
                  }
                }
                """);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("error: `10 days` does not come out even in weeks: give `interval` in weeks "
                + "[GL501]"), run.out());
        assertTrue(run.out().contains("error: `1.00000000000000001 weeks` has more digits than can be kept exactly (it "
                + "would be read as 1 week): write it with at most 15 significant digits [GL501]"), run.out());

        Files.writeString(file, """
                guideline inexact version 1.0.0 {
                  title "A range end no double stands for"
                  input score : decimal in [0, 2.9999999999999999] "A score"
                  input interval : weeks in [0, 10 days] "Interval"
                }
                """);
        run = CliRun.of("check", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("error: the range end `2.9999999999999999` has more digits than can be kept "
                + "exactly (it would be read as 3) [GL306]"), run.out());
        assertTrue(run.out().contains("error: the range end `10 days` does not come out even in weeks [GL306]"),
                run.out());
    }

    @Test
    void evalRefusesANumberTooLongToKeepWithItsInputItsTextAndTheFix() throws IOException {
        Path file = dir.resolve("patient.json");
        Files.writeString(file, "{\"score\": 2.9999999999999999}");
        CliRun run = CliRun.of("eval", PROBES, "--guideline", "decimal_probes", "--input", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("$.score: value 2.9999999999999999 has more digits than can be kept exactly "
                + "(it would be read as 3)"), run.err());
        assertTrue(run.err().contains("round it to at most 15 significant digits"), run.err());
        assertFalse(run.all().contains("Exception"), run.all());
    }
}
