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

class EvalAndTestCommandTest {
    private static final String SKETCH = "src/test/resources/sketch";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String patient(String json) throws IOException {
        Path file = dir.resolve("patient.json");
        Files.writeString(file, json);
        return file.toString();
    }

    @Test
    void evalExplainsTheOutcomeForAClinician() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "--guideline", "who_grading", "--input",
                patient("{\"differentiation\": \"WELL\", \"ki67\": 2, \"mitoticCount\": 5}"));
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("grade: NET_G2 (NET, G2: well differentiated, intermediate grade)"), run.out());
        assertTrue(run.out().contains("held     rule 3"), run.out());
        assertTrue(run.out().contains("with differentiation = WELL, ki67 = 2%, mitoticCount = 5"), run.out());
        assertTrue(run.out().contains("Missing: nothing; every outcome is decided."), run.out());
        assertTrue(run.out().indexOf("grade: NET_G2") < run.out().indexOf("Why:"));
    }

    @Test
    void evalJsonHasTheDesignedShapeWithNullForUndetermined() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i",
                patient("{\"differentiation\": \"WELL\", \"ki67\": 10, \"mitoticCount\": null}"), "--json");
        assertEquals(0, run.exitCode(), run.all());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("who_grading", result.get("guideline").asText());
        assertEquals("2019.1.0", result.get("version").asText());
        assertTrue(result.get("outcomes").has("grade"));
        assertTrue(result.get("outcomes").get("grade").isNull());
        assertEquals("[\"mitoticCount\"]", result.get("missing").get("grade").toString());
        assertTrue(result.get("explanation").isArray());
        assertEquals("rule 1", result.get("explanation").get(0).get("element").asText());
        assertEquals("FAILED", result.get("explanation").get(0).get("status").asText());
    }

    @Test
    void evalOfOneGuidelineNeedsNoGuidelineOption() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH + "/who_grading.guide", "-i",
                patient("{\"differentiation\": \"WELL\", \"ki67\": 2, \"mitoticCount\": 5}"));
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("grade: NET_G2"), run.out());
    }

    @Test
    void evalOfSeveralGuidelinesWithoutGuidelineOptionListsThem() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "-i", patient("{}"));
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("guidec: the given paths hold 2 guidelines; choose one with --guideline ID: "
                + "milan_nen, who_grading\n", run.err().replace("\r\n", "\n"));
    }

    @Test
    void evalReadsStandardInput() {
        CliRun run = CliRun.withStdin("{\"differentiation\": \"POOR\"}", "eval", SKETCH, "-g", "who_grading", "-i", "-",
                "--json");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("\"grade\": \"NEC_G3\""), run.out());
    }

    @Test
    void evalReportsEveryInputErrorAtOnceWithItsPath() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i",
                patient("{\"differentiation\": \"well\", \"ki67\": 120, \"mitoticCount\": true, \"ki_67\": 3}"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("4 errors in the patient data for who_grading"), run.err());
        assertTrue(run.err().contains("$.differentiation: unknown code \"well\""), run.err());
        assertTrue(run.err().contains("did you mean WELL?"), run.err());
        assertTrue(run.err().contains("$.ki67: value 120 is out of range [0, 100]"), run.err());
        assertTrue(run.err().contains("$.mitoticCount: expected a count, got the boolean true"), run.err());
        assertTrue(run.err().contains("$.ki_67: unknown input \"ki_67\""), run.err());
        assertFalse(run.all().contains("Exception"), run.all());
    }

    @Test
    void evalReportsMalformedJsonWithItsPlace() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient("{\"ki67\": 12,\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("malformed JSON at line 2"), run.err());
        assertFalse(run.all().contains("Exception"), run.all());
        CliRun array = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient("[1, 2]"));
        assertEquals(1, array.exitCode());
        assertTrue(array.err().contains("expected a JSON object of input names to values, got a list"), array.err());
    }

    @Test
    void evalRefusesBytesThatAreNotUtf8InsteadOfReplacingThem() throws IOException {
        byte[] latin1 = "{\"differentiation\": \"WELL\",\n \"ki67\": 12, \"x\u00e9\": 1}".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = java.nio.file.Files.write(dir.resolve("latin1.json"), latin1);
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("the patient data is not UTF-8 text: byte 0xE9 at line 2, byte 16 of the line"),
                run.err());
        assertTrue(run.err().contains("save the file as UTF-8"), run.err());
        CliRun stdin = CliRun.withStdin(latin1, "eval", SKETCH, "-g", "who_grading", "-i", "-");
        assertEquals(1, stdin.exitCode(), stdin.all());
        assertTrue(stdin.err().contains("standard input: 1 error") && stdin.err().contains("not UTF-8 text: byte 0xE9"),
                stdin.err());
    }

    @Test
    void evalJsonReportsInputErrorsAsJson() throws IOException {
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient("{\"ki67\": -1}"), "--json");
        assertEquals(1, run.exitCode());
        JsonNode errors = JSON.readTree(run.out()).get("errors");
        assertEquals("$.ki67", errors.get(0).get("path").asText());
    }

    @Test
    void evalRefusesAnUnknownGuidelineOrPatientFileAsUsageProblems() throws IOException {
        CliRun unknown = CliRun.of("eval", SKETCH, "-g", "who_gradin", "-i", patient("{}"));
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean who_grading?"), unknown.err());
        CliRun noFile = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", dir.resolve("absent.json").toString());
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("cannot read the patient file"), noFile.err());
    }

    @Test
    void testRunsEveryExampleAndEndsWithTheCount() {
        CliRun run = CliRun.of("test", SKETCH);
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().strip().matches("(?s).*\\b\\d+ passed, 0 failed$"), run.out());
    }

    @Test
    void testShowsEachFailureWithExpectedActualAndWhy() throws IOException {
        Path file = dir.resolve("bad.guide");
        Files.writeString(file, """
                guideline bad version 1.0.0 {
                  title "Deliberately wrong example"
                  source s "S"
                  input x : integer in [0, 10]
                  table band : code { LOW, HIGH } hit first {
                    when x < 5 -> LOW
                    otherwise -> HIGH
                  } cite s
                  example "five is low (wrong on purpose)" {
                    given x = 5
                    expect band = LOW
                  }
                  example "two is low" {
                    given x = 2
                    expect band = LOW
                  }
                }
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("FAIL bad: five is low (wrong on purpose)"), run.out());
        assertTrue(run.out().contains("expected band = LOW"), run.out());
        assertTrue(run.out().contains("actual   band = HIGH"), run.out());
        assertTrue(run.out().contains("band rule 1 failed: x < 5 → LOW  with x = 5\n"),
                "values in the words of guidec eval (5, not 5.0): " + run.out());
        assertTrue(run.out().strip().endsWith("1 passed, 1 failed"), run.out());
    }

    @Test
    void anExampleMayGiveANegativeNumber() throws IOException {
        Path file = dir.resolve("z.guide");
        Files.writeString(file, """
                guideline z_score version 1.0.0 {
                  title "Z score"
                  source s "S"
                  input z : decimal in [-5, 5] "Z score"
                  table band : code { LOW, NORMAL } hit first {
                    when z < -1 -> LOW
                    otherwise -> NORMAL
                  } cite s
                  example "two below the mean is low" {
                    given z = -2
                    expect band = LOW
                  }
                  example "half below is normal" {
                    given z = -0.5
                    expect band = NORMAL
                  }
                }
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().strip().endsWith("2 passed, 0 failed"), run.out());

        Files.writeString(file, Files.readString(file).replace("given z = -0.5", "given z = -6"));
        CliRun outside = CliRun.of("check", file.toString());
        assertEquals(1, outside.exitCode(), outside.all());
        assertTrue(outside.out().contains("-6"), outside.out());

        Files.writeString(file, Files.readString(file).replace("given z = -6", "given z = -true"));
        CliRun signed = CliRun.of("check", file.toString());
        assertEquals(1, signed.exitCode(), signed.all());
        assertTrue(signed.out().contains("unexpected `true`; expected a number [GL100]"), signed.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"check", "eval", "test"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: guidec " + command), run.out());
        }
    }
}
