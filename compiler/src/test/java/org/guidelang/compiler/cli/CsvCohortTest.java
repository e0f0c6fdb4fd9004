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
}
