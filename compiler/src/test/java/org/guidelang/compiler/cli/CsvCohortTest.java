package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CsvCohortTest {
    @Test
    void cellsFollowRfc4180WithinALine() {
        assertEquals(List.of("a", "b", ""), CsvCohort.cells("a,b,"));
        assertEquals(List.of(""), CsvCohort.cells(""));
        assertEquals(List.of("a, b", "say \"yes\"", " c "), CsvCohort.cells("\"a, b\",\"say \"\"yes\"\"\", c "));
        assertEquals(List.of("", ""), CsvCohort.cells("\"\","));
        assertThrows(IllegalArgumentException.class, () -> CsvCohort.cells("\"open, 1"));
        assertThrows(IllegalArgumentException.class, () -> CsvCohort.cells("\"a\"b,1"));
    }

    @Test
    void aNumberCellIsWhatThePlainDecimalPatternSays() {
        Pattern decimal = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
        String alphabet = "0123456789.-+eE x%,";
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 7); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cell = text.toString();
            assertEquals(decimal.matcher(cell).matches(), CsvCohort.isNumber(cell), cell);
        }
    }

    @Test
    void theFastPathGivesTheVeryValuesAndErrorsOfTheRowAsText() throws CsvCohort.HeaderProblem {
        List<org.guidelang.runtime.InputSpec> inputs = List.of(
                org.guidelang.runtime.InputSpec.quantity("ki67", org.guidelang.runtime.Unit.PERCENT,
                        org.guidelang.runtime.Range.closed(0, 100), ""),
                org.guidelang.runtime.InputSpec.integer("age", org.guidelang.runtime.Range.unbounded(), ""),
                org.guidelang.runtime.InputSpec.code("differentiation", List.of("WELL", "POOR"), ""),
                org.guidelang.runtime.InputSpec.bool("portalDrainage", ""));
        byte[] header = "portalDrainage, ki67,differentiation,age".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CsvCohort reader = CsvCohort.fromHeader(header, 0, header.length, inputs);
        String[] cells = {"", " ", "12.5", " 12.5\t", "-0", "-0.0", "0.10", "007", "12.", ".5", "+3", "1e2", "-", "1.2.3",
            "123456789012345", "1234567890123456", "9.99999999999999", "0.000000000000001", "TRUE", "False", "tRuE",
            "yes", "WELL", "well", " POOR\t", "WELLX", "\"WELL\"", "\"1,5\"", "é", "\u001b5", "5\u007f", "12 %", "a\"b"};
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder row = new StringBuilder();
            int count = random.nextInt(20) == 0 ? random.nextInt(0, 6) : 4;
            for (int c = 0; c < count; c++) {
                row.append(c == 0 ? "" : ",").append(cells[random.nextInt(cells.length)]);
            }
            byte[] bytes = row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            PatientReader.Parsed fast = reader.read(bytes, 0, bytes.length);
            PatientReader.Parsed text = reader.row(bytes, 0, bytes.length);
            assertEquals(text.errors(), fast.errors(), row.toString());
            assertEquals(text.values(), fast.values(), row.toString()); // Double.equals: -0.0 is not 0.0
            for (String name : text.values().keySet()) {
                assertEquals(text.values().get(name).getClass(), fast.values().get(name).getClass(), row.toString());
            }
        }
    }
}
