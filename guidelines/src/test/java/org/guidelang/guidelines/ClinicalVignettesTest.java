package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Validation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Clinical vignettes written from the two source papers (not from the guidelines' own
 * examples), one per line of {@code vignettes.jsonl}: a patient, the guideline, the expected
 * outcomes, and the sentence or table of the paper the expectation comes from. Each is
 * validated and evaluated through the interpreter like a real patient record.
 */
class ClinicalVignettesTest {
    private static final String RESOURCE = "/vignettes.jsonl";
    private static final int MINIMUM_VIGNETTES = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the file: where it is, and what it says. */
    private record Vignette(int line, String id, String guideline, Map<String, Object> patient,
            Map<String, JsonNode> expect, String source) {
        String name() {
            return id + " " + guideline + " " + expect.keySet() + " (line " + line + ")";
        }
    }

    private static List<Vignette> vignettes() throws IOException {
        List<Vignette> vignettes = new ArrayList<>();
        try (InputStream in = ClinicalVignettesTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    vignettes.add(parse(i + 1, JSON.readTree(lines[i])));
                }
            }
        }
        return vignettes;
    }

    private static Vignette parse(int line, JsonNode node) {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("patient").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            patient.put(field.getKey(), value.isNumber() ? (Object) value.doubleValue()
                    : value.isBoolean() ? (Object) value.booleanValue() : value.isNull() ? null : value.textValue());
        }
        Map<String, JsonNode> expect = new LinkedHashMap<>();
        node.path("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue()));
        return new Vignette(line, node.path("id").asText(), node.path("guideline").asText(), patient, expect,
                node.path("source").asText(""));
    }

    @Test
    void fileHoldsEnoughVignettesForEveryGuideline() throws IOException {
        List<Vignette> vignettes = vignettes();
        assertTrue(vignettes.size() >= MINIMUM_VIGNETTES,
                "only " + vignettes.size() + " vignettes; at least " + MINIMUM_VIGNETTES + " expected");
        Map<String, Long> perGuideline = vignettes.stream()
                .collect(Collectors.groupingBy(Vignette::guideline, TreeMap::new, Collectors.counting()));
        // nen_consistency decides nothing itself: it declares what the others must not answer together.
        Set<String> ids = NenGuidelines.compilation().guidelines().stream().filter(g -> !g.outcomes().isEmpty())
                .map(CheckedGuideline::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, perGuideline.keySet(),
                "every guideline with outcomes needs vignettes, and only guidelines that exist");
        perGuideline.forEach((id, count) -> assertTrue(count >= 5, id + " has only " + count + " vignettes"));
        assertEquals(vignettes.size(), vignettes.stream().map(Vignette::id).distinct().count(), "vignette ids repeat");
    }

    @TestFactory
    Stream<DynamicTest> everyVignetteGivesThePapersAnswer() throws IOException {
        return vignettes().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v)));
    }

    private static void check(Vignette vignette) {
        assertFalse(vignette.source().isBlank(), vignette.name() + ": no source sentence or table");
        assertFalse(vignette.expect().isEmpty(), vignette.name() + ": expects nothing");
        Optional<CheckedGuideline> found = NenGuidelines.compilation().guideline(vignette.guideline());
        assertTrue(found.isPresent(), vignette.name() + ": no guideline " + vignette.guideline());
        CheckedGuideline guideline = found.get();
        Validation validation = InputValidator.validate(vignette.patient(),
                guideline.inputs().stream().map(InputDecl::spec).toList());
        assertTrue(validation.errors().isEmpty(), () -> vignette.name() + ": invalid patient " + validation.errors());
        // A real record is refused when its values break a constraint between inputs.
        assertEquals(List.of(), Interpreter.constraintErrors(guideline, validation.values()),
                () -> vignette.name() + ": the patient breaks a constraint between inputs");
        EvaluationResult result = new Interpreter(NenGuidelines.compilation().analysis(guideline.id()))
                .evaluate(validation.values());
        for (Map.Entry<String, JsonNode> expected : vignette.expect().entrySet()) {
            Optional<OutcomeResult> outcome = result.outcome(expected.getKey());
            assertTrue(outcome.isPresent(), vignette.name() + ": " + guideline.id() + " has no outcome "
                    + expected.getKey());
            String where = vignette.name() + ", " + expected.getKey() + ", from: " + vignette.source();
            JsonNode value = expected.getValue();
            if (value.isObject()) {
                Set<String> missing = new TreeSet<>();
                value.path("undetermined").forEach(m -> missing.add(m.asText()));
                assertFalse(outcome.get().isDetermined(), where + ": expected undetermined, got "
                        + outcome.get().value());
                assertEquals(missing, new TreeSet<>(outcome.get().missing()), where + ": missing inputs");
            } else {
                Object wanted = value.isBoolean() ? (Object) value.booleanValue() : value.asText();
                assertEquals(wanted, outcome.get().value(), where);
            }
        }
    }
}
