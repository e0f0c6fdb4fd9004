package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyInputLineGivesExactlyOneOutputLineResultOrErrors() throws IOException {
        Path cohort = dir.resolve("cohort.jsonl");
        Files.write(cohort, List.of(
                "{\"differentiation\":\"WELL\",\"ki67\":2,\"mitoticCount\":1}",
                "{\"differentiation\":\"WELL\",\"ki67\":10}",
                "{\"ki67\": 12,",
                "",
                "{\"differentiation\":\"POOR\",\"ki67\":\"x\"}",
                "{\"differentiation\":\"POOR\"}"));
        Path results = dir.resolve("results.jsonl");
        CliRun run = CliRun.of("batch", "src/test/resources/sketch", "-g", "who_grading", "-i", cohort.toString(), "-o",
                results.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("6 patients: 3 evaluated, 3 with errors"), run.err());
        List<String> lines = Files.readAllLines(results);
        assertEquals(6, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, JSON.readTree(lines.get(i)).get("line").asInt());
        }
        assertEquals("NET_G1", JSON.readTree(lines.get(0)).get("outcomes").get("grade").asText());
        JsonNode undetermined = JSON.readTree(lines.get(1));
        assertTrue(undetermined.get("outcomes").get("grade").isNull());
        assertEquals("[\"mitoticCount\"]", undetermined.get("missing").get("grade").toString());
        assertFalse(undetermined.has("explanation"));
        assertTrue(JSON.readTree(lines.get(2)).get("errors").get(0).get("message").asText().startsWith("malformed JSON"));
        assertEquals("the line is empty", JSON.readTree(lines.get(3)).get("errors").get(0).get("message").asText());
        assertEquals("$.ki67", JSON.readTree(lines.get(4)).get("errors").get(0).get("path").asText());
        assertEquals("NEC_G3", JSON.readTree(lines.get(5)).get("outcomes").get("grade").asText());
    }

    @Test
    void aRecordThatBreaksAConstraintIsAnErrorRecordAndEvalRefusesIt() throws IOException {
        Path guide = dir.resolve("cleared.guide");
        Files.writeString(guide, """
                guideline cleared version 1.0.0 {
                  title "Cleared"
                  source s "Data dictionary"
                  input extrahepaticDiseaseCleared : boolean
                  input extrahepaticMetastases : boolean
                  constraint clearedMeansNone "Cleared disease leaves no metastases." :
                    not (extrahepaticDiseaseCleared and extrahepaticMetastases) cite s
                  recommend transplant "Discuss." when extrahepaticDiseaseCleared and not extrahepaticMetastases cite s
                }
                """);
        Path cohort = dir.resolve("cohort.jsonl");
        Files.write(cohort, List.of(
                "{\"extrahepaticDiseaseCleared\":true}",
                "{\"extrahepaticDiseaseCleared\":true,\"extrahepaticMetastases\":true}",
                "{\"extrahepaticDiseaseCleared\":false}"));
        Path results = dir.resolve("results.jsonl");
        CliRun run = CliRun.of("batch", guide.toString(), "-i", cohort.toString(), "-o", results.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("3 patients: 2 evaluated, 1 with errors"), run.err());
        List<String> lines = Files.readAllLines(results);
        assertTrue(JSON.readTree(lines.get(0)).get("outcomes").get("transplant").asBoolean(), lines.get(0));
        JsonNode refused = JSON.readTree(lines.get(1)).get("errors").get(0);
        assertEquals("$", refused.get("path").asText());
        assertTrue(refused.get("message").asText().contains("break constraint clearedMeansNone: Cleared disease leaves "
                + "no metastases."), refused.toString());
        assertFalse(JSON.readTree(lines.get(2)).get("outcomes").get("transplant").asBoolean(), lines.get(2));

        Path patient = dir.resolve("patient.json");
        Files.writeString(patient, "{\"extrahepaticDiseaseCleared\":true,\"extrahepaticMetastases\":true}");
        CliRun eval = CliRun.of("eval", guide.toString(), "-i", patient.toString());
        assertEquals(1, eval.exitCode(), eval.all());
        assertTrue(eval.err().contains("extrahepaticDiseaseCleared = true, extrahepaticMetastases = true break "
                + "constraint clearedMeansNone"), eval.err());
    }

    @Test
    void explainAddsTheExplanation() throws IOException {
        Path cohort = dir.resolve("one.jsonl");
        Files.writeString(cohort, "{\"differentiation\":\"POOR\",\"ki67\":50}\n");
        Path results = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("batch", "src/test/resources/sketch", "-g", "who_grading", "-i", cohort.toString(), "-o",
                results.toString(), "--explain");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(JSON.readTree(Files.readAllLines(results).get(0)).get("explanation").isArray());
    }
}
