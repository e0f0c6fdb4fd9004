package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.guidelang.runtime.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A patient record that is not JSON gets a message that names the place and the fix in the
 * words of a patient record, never the JSON library's switches; a byte-order mark is skipped.
 */
class PatientJsonErrorsTest {
    private static final String SKETCH = "src/test/resources/sketch";
    /** What the JSON library says and a user of guidec cannot act on. */
    private static final Pattern LIBRARY_WORDS = Pattern.compile(
            "(?i)jackson|feature|enable|constraints|START_|END_|VALUE_|JsonNode|JsonToken|\\(code \\d+|\\[Source|marker"
                    + "|token|databind|CTRL-CHAR|getMax");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            {"ki67": NaN}                | at column 13: `NaN` is not a number JSON can hold | or null if it is not known
            {"ki67": -Infinity}          | at column 19: `-Infinity` is not a number        | give the value as a number
            {'ki67': 1}                  | at column 2: a name in single quotes             | between double quotes: "ki67"
            {ki67: 1}                    | at column 2: an input name without double quotes | between double quotes
            {"ki67": 1,}                 | at column 12: a comma before `}`                 | remove the comma
            {"ki67": 1 /* why */}        | at column 12: JSON has no comments               | remove the comment
            {"ki67": 01}                 | a number starts with 0                           | write 7, not 07
            {"ki67": +1}                 | a number starts with `+`                         | write 7, not +7
            {"ki67": 1.}                 | a decimal point without a digit after it         | write 1.0
            {"ki67": .5}                 | a number starts with a decimal point             | write 0.5
            {"ki67": 1}}                 | a `}` or `]` that closes nothing                 | remove it
            {"ki67": 1} {"ki67": 2}      | something follows the patient's object           | one per line for a cohort
            {"ki67": "12                 | a text is not closed                             | add the closing `"`
            {"ki67": 12                  | the record ends before its object is closed      | add the missing `}`
            {"ki67" 12}                  | no `:` after an input name                       | "ki67": 12.5
            {"ki67": 1, "ki67": 2}       | input `ki67` is given twice                      | give each input once
            {"ki67": tru}                | `tru` is not a value                             | true, false, or null
            {"ki67": 0x10}               | `x` after a value                                | separate the inputs with `,`
            {"ki67": "\\q"}              | a backslash in a text starts an escape           | for a backslash itself
            """)
    void eachMistakeIsSaidWithItsPlaceAndFix(String json, String what, String fix) {
        List<InputError> errors = PatientReader.read(json).errors();
        assertEquals(1, errors.size(), errors.toString());
        InputError error = errors.get(0);
        assertTrue(error.message().startsWith("malformed JSON at column "), error.message());
        assertTrue(error.message().contains(what.strip()), error.message());
        assertTrue(error.fix().contains(fix.strip()), error.fix());
        assertFalse(LIBRARY_WORDS.matcher(error.message() + " " + error.fix()).find(), error.toString());
    }

    @Test
    void limitsOfTheReaderAreSaidInPlainWordsToo() {
        for (String json : List.of("[".repeat(1_500), "{\"ki67\": " + "1".repeat(1_500) + "}", "{\"ki67\": \"a\tb\"}")) {
            InputError error = PatientReader.read(json).errors().get(0);
            assertTrue(error.message().startsWith("malformed JSON"), error.message());
            assertFalse(LIBRARY_WORDS.matcher(error.message() + " " + error.fix()).find(), error.toString());
        }
    }

    @Test
    void aNameQuotedInAMessageHasItsControlCharactersEscaped() {
        InputError error = PatientReader.read("{\"\\rYES\": 1, \"\\rYES\": 2}").errors().get(0);
        assertEquals("malformed JSON at column 21: input `\\u000DYES` is given twice", error.message());
    }

    @Test
    void aRecordOverSeveralLinesGetsLineAndColumn() {
        InputError error = PatientReader.read("{\n  \"ki67\": 12,\n  \"grade\": NaN\n}").errors().get(0);
        assertTrue(error.message().startsWith("malformed JSON at line 3, column 15: `NaN`"), error.message());
    }

    @Test
    void aNumberTooLargeForAValueIsAnErrorNotInfinity() {
        InputError error = PatientReader.read("{\"ki67\": 1e999}").errors().get(0);
        assertEquals("$.ki67", error.path());
        assertEquals("the number is too large to be a value (beyond 1.8e308)", error.message());
    }

    @Test
    void aByteOrderMarkStartingAPatientFileOrACohortIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path patient = dir.resolve("patient.json");
        Files.write(patient, concat(bom, "{\"differentiation\": \"WELL\", \"ki67\": 2, \"mitoticCount\": 5}"));
        CliRun eval = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", patient.toString());
        assertEquals(0, eval.exitCode(), eval.all());
        assertTrue(eval.out().contains("grade: NET_G2"), eval.out());

        Path cohort = dir.resolve("cohort.jsonl");
        Files.write(cohort, concat(bom, "{\"differentiation\": \"WELL\", \"ki67\": 2, \"mitoticCount\": 5}\n"
                + "{\"differentiation\": \"POOR\"}\n"));
        Path results = dir.resolve("results.jsonl");
        CliRun batch = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", cohort.toString(), "-o", results.toString());
        assertEquals(0, batch.exitCode(), batch.all());
        List<String> lines = Files.readAllLines(results);
        assertEquals("NET_G2", new ObjectMapper().readTree(lines.get(0)).get("outcomes").get("grade").asText());
    }

    private static byte[] concat(byte[] first, String rest) {
        byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + tail.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(tail, 0, all, first.length, tail.length);
        return all;
    }
}
