package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.Json;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.StepStatus;
import org.junit.jupiter.api.Test;

/** The batch writer writes the very document the result's JSON tree gives, line number first. */
class JsonLinesWriterTest {
    private static final EvaluationResult RESULT = EvaluationResult.of("g\"\u2028", "1.0.0", List.of(
            OutcomeResult.determined("grade", "NET_G1"),
            OutcomeResult.undetermined("eligibility", List.of("mitoticCount", "age")),
            OutcomeResult.determined("surgery", true),
            OutcomeResult.undetermined("ré\tsection", List.of())),
            List.of(new ExplanationStep("grade", "rule 1", "ki67 < 3%", StepStatus.HELD, Map.of("ki67", 2.0), "que2022")));

    private static String expected(long line, EvaluationResult result, boolean explain) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("line", line);
        tree.putAll(result.toJsonTree());
        if (!explain) {
            tree.remove("explanation");
        }
        return Json.compact(tree) + "\n";
    }

    @Test
    void resultsAreTheJsonTreeOnOneLine() {
        for (boolean explain : new boolean[] {false, true}) {
            JsonLinesWriter writer = new JsonLinesWriter("g\"\u2028", "1.0.0", explain);
            OutputBytes out = new OutputBytes(1);
            writer.result(out, 12, RESULT);
            writer.result(out, 13, RESULT); // from the cache of quoted names the second time
            assertEquals(expected(12, RESULT, explain) + expected(13, RESULT, explain), out.toString());
            OutputBytes other = new OutputBytes(1);
            EvaluationResult foreign = EvaluationResult.of("h", "2", List.of(OutcomeResult.determined("x", false)),
                    List.of());
            writer.result(other, 1, foreign);
            assertEquals(expected(1, foreign, explain), other.toString());
        }
    }

    @Test
    void errorsAreTheirPathMessageAndFix() {
        OutputBytes out = new OutputBytes(1);
        new JsonLinesWriter("g", "1", false).errors(out, 7, List.of(new InputError("$.ki67", "bad \"x\"", "fix it"),
                new InputError("$", "no fix", null)));
        assertEquals("{\"line\":7,\"errors\":[{\"path\":\"$.ki67\",\"message\":\"bad \\\"x\\\"\",\"fix\":\"fix it\"},"
                + "{\"path\":\"$\",\"message\":\"no fix\",\"fix\":null}]}\n", out.toString());
    }
}
