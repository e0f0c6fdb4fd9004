package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guidelang.runtime.ControlCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient record or a file name can hold an escape sequence, a carriage return or a
 * bidirectional override; whatever guidec prints shows them escaped, never raw.
 */
class ControlCharacterOutputTest {
    private static final String SKETCH = "src/test/resources/sketch";
    /** A key that clears the screen, a value that prints YES over NO, a value that reverses the line. */
    private static final String HOSTILE = "{\"\\u001b[2J\": 1, \"ki67\": \"NO\\rYES\", \"differentiation\": \"\\u202eLLEW\"}";

    @TempDir
    Path dir;

    @Test
    void evalPrintsThePatientsKeysAndValuesEscaped() throws IOException {
        Path patient = Files.writeString(dir.resolve("patient.json"), HOSTILE);
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("$['\\u001B[2J']: unknown input"), run.err());
        assertTrue(run.err().matches("(?s).*NO\\\\(r|u000[dD])YES.*"), run.err());
        assertTrue(run.err().contains("\\u202E"), run.err());
        assertNoControlCharacter(run.all());
    }

    @Test
    void evalJsonAndBatchWriteThemAsJsonEscapes() throws IOException {
        Path patient = Files.writeString(dir.resolve("patient.json"), HOSTILE);
        CliRun json = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient.toString(), "--json");
        assertEquals(1, json.exitCode(), json.all());
        assertTrue(json.out().contains("\\u202e"), json.out());
        assertNoControlCharacter(json.all());

        Path cohort = Files.writeString(dir.resolve("cohort.jsonl"), HOSTILE + "\n");
        Path results = dir.resolve("results.jsonl");
        CliRun batch = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", cohort.toString(), "-o", results.toString());
        assertEquals(1, batch.exitCode(), batch.all());
        assertNoControlCharacter(Files.readString(results).replace("\n", ""));
    }

    @Test
    void aFileNameWithAnEscapeSequenceIsPrintedEscaped() throws IOException {
        Path file = Files.writeString(dir.resolve("\u001B[2Jx.guide"), "guideline x version 1.0.0 {\n  title \"X\"\n  status nope\n}\n");
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("\\u001B[2Jx.guide:3:10: error:"), run.out());
        assertNoControlCharacter(run.all());
    }

    @Test
    void aCsvHeaderWithAnEscapeSequenceIsNamedEscapedNotTrimmed() throws IOException {
        // String.trim() took ESC for a space: `\u001B[2J` was shown as `[2J`, and ESC ki67 passed for ki67.
        Path clears = Files.writeString(dir.resolve("clears.csv"), "ki67,\u001B[2J\n5,1\n");
        CliRun run = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", clears.toString(), "-o", "-");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("column 2 of the header, `\\u001B[2J`, is not an input of the guideline"),
                run.err());
        assertNoControlCharacter(run.all());

        Path leading = Files.writeString(dir.resolve("leading.csv"), " \u001Bki67 \n5\n");
        CliRun prefixed = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", leading.toString(), "-o", "-");
        assertEquals(2, prefixed.exitCode(), prefixed.all());
        assertTrue(prefixed.err().contains("column 1 of the header, `\\u001Bki67`, is not an input of the guideline; "
                + "did you mean ki67?"), prefixed.err());
        assertNoControlCharacter(prefixed.all());
    }

    @Test
    void aCsvCellWithAControlCharacterIsRefusedNotReadAsItsNumber() throws IOException {
        // String.trim() took ESC for a space: ESC5 was read as a Ki-67 of 5, without a word.
        Path cells = Files.writeString(dir.resolve("cells.csv"), "differentiation,ki67,mitoticCount\n"
                + "WELL,\u001B5,1\nWELL, 5 ,1\n");
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", cells.toString(), "-o", out.toString());
        String written = Files.readString(out);
        String[] records = written.split("\n");
        assertEquals(3, records.length, run.all()); // the header, then one record per patient
        assertTrue(records[1].startsWith("2,,,") && records[1].contains("$.ki67")
                && records[1].toLowerCase(java.util.Locale.ROOT).contains("\\u001b5"), records[1]);
        assertTrue(records[2].startsWith("3,NET_G2,"), records[2]);
        assertNoControlCharacter(run.all() + written);
    }

    private static void assertNoControlCharacter(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            assertTrue(!ControlCharacters.isControl(c), String.format("raw U+%04X at %d in:%n%s", (int) c, i, output));
        }
    }
}
