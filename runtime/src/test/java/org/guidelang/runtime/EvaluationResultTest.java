package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationResultTest {
    private static EvaluationResult sample() {
        Map<String, Object> rule1 = new HashMap<>();
        rule1.put("mitoticCount", null);
        rule1.put("ki67", 10.0);
        rule1.put("differentiation", "WELL");
        Map<String, Object> rule2 = new HashMap<>();
        rule2.put("ki67", 10.0);
        rule2.put("mitoticCount", Double.NaN);
        return EvaluationResult.of(
                "who_grading",
                "2019.1.0",
                List.of(
                        OutcomeResult.undetermined("grade", List.of("mitoticCount")),
                        OutcomeResult.determined("welldifferentiated", true),
                        OutcomeResult.determined("stage", "IIA"),
                        OutcomeResult.undetermined("surgery", Set.of("size", "age"))),
                List.of(
                        new ExplanationStep("grade", "rule 1", "differentiation = WELL and (ki67 > 20% or mitoticCount > 20)",
                                StepStatus.UNKNOWN, rule1, "who2019, Table 1"),
                        new ExplanationStep("grade", "rule 2", "ki67 >= 3% or mitoticCount >= 2", StepStatus.of(Truth.UNKNOWN), rule2, null),
                        new ExplanationStep("stage", "otherwise", "\"quoted\" <b>", StepStatus.SKIPPED, Map.of(), null)));
    }

    @Test
    void rendersTheDesignShapeExactly() {
        String expected = String.join("\n",
                "{",
                "  \"guideline\": \"who_grading\",",
                "  \"version\": \"2019.1.0\",",
                "  \"outcomes\": {",
                "    \"grade\": null,",
                "    \"welldifferentiated\": true,",
                "    \"stage\": \"IIA\",",
                "    \"surgery\": null",
                "  },",
                "  \"missing\": {",
                "    \"grade\": [",
                "      \"mitoticCount\"",
                "    ],",
                "    \"surgery\": [",
                "      \"age\",",
                "      \"size\"",
                "    ]",
                "  },",
                "  \"explanation\": [",
                "    {",
                "      \"outcome\": \"grade\",",
                "      \"element\": \"rule 1\",",
                "      \"text\": \"differentiation = WELL and (ki67 > 20% or mitoticCount > 20)\",",
                "      \"status\": \"UNKNOWN\",",
                "      \"values\": {",
                "        \"differentiation\": \"WELL\",",
                "        \"ki67\": 10,",
                "        \"mitoticCount\": null",
                "      },",
                "      \"citation\": \"who2019, Table 1\"",
                "    },",
                "    {",
                "      \"outcome\": \"grade\",",
                "      \"element\": \"rule 2\",",
                "      \"text\": \"ki67 >= 3% or mitoticCount >= 2\",",
                "      \"status\": \"UNKNOWN\",",
                "      \"values\": {",
                "        \"ki67\": 10,",
                "        \"mitoticCount\": null",
                "      },",
                "      \"citation\": null",
                "    },",
                "    {",
                "      \"outcome\": \"stage\",",
                "      \"element\": \"otherwise\",",
                "      \"text\": \"\\\"quoted\\\" <b>\",",
                "      \"status\": \"SKIPPED\",",
                "      \"values\": {},",
                "      \"citation\": null",
                "    }",
                "  ]",
                "}");
        assertEquals(expected, sample().toJson());
        assertEquals(expected, sample().toJson(), "deterministic");
    }

    @Test
    void rendersOneLineForBatchOutput() {
        EvaluationResult result = EvaluationResult.of(
                "g", "1.0.0", List.of(OutcomeResult.determined("eligible", false)), List.of());
        assertEquals(
                "{\"guideline\":\"g\",\"version\":\"1.0.0\",\"outcomes\":{\"eligible\":false},\"missing\":{},\"explanation\":[]}",
                result.toJsonLine());
    }

    @Test
    void looksUpOutcomesInDeclarationOrder() {
        EvaluationResult result = sample();
        assertEquals(List.of("grade", "welldifferentiated", "stage", "surgery"), new ArrayList<>(result.outcomes().keySet()));
        assertEquals(Optional.of("IIA"), result.outcome("stage").map(OutcomeResult::value));
        assertEquals(Optional.empty(), result.outcome("nothing"));
        assertThrows(UnsupportedOperationException.class, () -> result.outcomes().clear());
        assertEquals(List.of("grade", "welldifferentiated", "stage", "surgery"),
                result.outcomes().values().stream().map(OutcomeResult::name).toList());
        assertThrows(UnsupportedOperationException.class, () -> result.outcomes().values().clear());
        assertThrows(UnsupportedOperationException.class, () -> result.explanation().clear());
    }

    @Test
    void resultsBuiltFromAListOrAMapAreEqual() {
        EvaluationResult listed = sample();
        EvaluationResult mapped = new EvaluationResult(listed.guideline(), listed.version(),
                new java.util.LinkedHashMap<>(listed.outcomes()), listed.explanation());
        assertEquals(mapped, listed);
        assertEquals(mapped.hashCode(), listed.hashCode());
        assertEquals(mapped.toJson(), listed.toJson());
        assertEquals(listed.outcome("stage"), listed.outcome(new String("stage")), "found by an equal name");
    }

    @Test
    void rejectsMismatchedOrDuplicateOutcomes() {
        Map<String, OutcomeResult> wrong = new LinkedHashMap<>();
        wrong.put("grade", OutcomeResult.determined("stage", "I"));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationResult("g", "1", wrong, List.of()));
        assertThrows(IllegalArgumentException.class, () -> EvaluationResult.of("g", "1",
                List.of(OutcomeResult.determined("a", true), OutcomeResult.determined("a", false)), List.of()));
    }

    @Test
    void outcomeResultInvariants() {
        OutcomeResult undetermined = OutcomeResult.undetermined("grade", List.of("mitoticCount", "ki67", "ki67"));
        assertFalse(undetermined.isDetermined());
        assertNull(undetermined.value());
        assertEquals(List.of("ki67", "mitoticCount"), new ArrayList<>(undetermined.missing()));
        assertThrows(UnsupportedOperationException.class, () -> undetermined.missing().add("x"));

        OutcomeResult determined = OutcomeResult.determined("grade", "NET_G2");
        assertTrue(determined.isDetermined());
        assertEquals(Set.of(), determined.missing());

        assertEquals(Boolean.TRUE, new OutcomeResult("e", Truth.TRUE, null).value());
        assertFalse(new OutcomeResult("e", Truth.UNKNOWN, Set.of("age")).isDetermined());
        assertThrows(IllegalArgumentException.class, () -> new OutcomeResult("e", 3.0, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new OutcomeResult("e", "X", Set.of("age")));
        assertThrows(NullPointerException.class, () -> OutcomeResult.determined("e", null));
    }

    @Test
    void explanationStepCopiesSortsAndNormalizesValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z", Truth.UNKNOWN);
        values.put("b", Truth.TRUE);
        values.put("a", Double.NaN);
        ExplanationStep step = new ExplanationStep("o", "rule 1", "b", StepStatus.HELD, values, null);
        values.put("c", 1);
        assertEquals(List.of("a", "b", "z"), new ArrayList<>(step.values().keySet()));
        assertNull(step.values().get("a"));
        assertEquals(Boolean.TRUE, step.values().get("b"));
        assertNull(step.values().get("z"));
        assertThrows(UnsupportedOperationException.class, () -> step.values().put("d", 1));
        assertEquals(Map.of(), new ExplanationStep("o", "e", "t", StepStatus.FAILED, null, null).values());
    }

    @Test
    void stepStatusFromTruth() {
        assertEquals(StepStatus.HELD, StepStatus.of(Truth.TRUE));
        assertEquals(StepStatus.FAILED, StepStatus.of(Truth.FALSE));
        assertEquals(StepStatus.UNKNOWN, StepStatus.of(Truth.UNKNOWN));
    }
}
