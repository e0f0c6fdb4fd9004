package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/** CSV rows: codes and booleans, the missing inputs of undetermined outcomes, errors in the last cell. */
class CsvWriterTest {
    private static final CsvWriter WRITER = new CsvWriter(List.of("grade", "eligibility", "surgery", "a,b"));

    private static String written(java.util.function.Consumer<OutputBytes> write) {
        OutputBytes out = new OutputBytes(1);
        write.accept(out);
        return out.toString();
    }

    @Test
    void headerAndRows() {
        assertEquals("line,grade,grade_missing,eligibility,eligibility_missing,surgery,surgery_missing,\"a,b\","
                + "\"a,b_missing\",errors\n", written(WRITER::header));
        EvaluationResult result = EvaluationResult.of("g", "1", List.of(
                OutcomeResult.determined("grade", "NET,G1"),
                OutcomeResult.undetermined("eligibility", List.of("mitoticCount", "age")),
                OutcomeResult.determined("surgery", false),
                OutcomeResult.undetermined("a,b", List.of())), List.of());
        String row = "12,\"NET,G1\",,,age mitoticCount,false,,,,\n";
        assertEquals(row + row.replace("12,", "13,"), written(out -> {
            WRITER.result(out, 12, result);
            WRITER.result(out, 13, result); // the second time from the cache of cells
        }));
    }

    @Test
    void aMissingInputThatNeedsQuotingQuotesTheWholeCell() {
        CsvWriter writer = new CsvWriter(List.of("x"));
        EvaluationResult result = EvaluationResult.of("g", "1",
                List.of(OutcomeResult.undetermined("x", List.of("b\"c", "a"))), List.of());
        assertEquals("1,,\"a b\"\"c\",\n", written(out -> writer.result(out, 1, result)));
    }

    @Test
    void errorsGoInTheLastCell() {
        assertEquals("7,,,,,,,,,\"$.ki67: bad, \"\"x\"\" — fix: fix it; $: no fix\"\n", written(out -> WRITER.errors(out, 7,
                List.of(new InputError("$.ki67", "bad, \"x\"", "fix it"), new InputError("$", "no fix", null)))));
    }
}
