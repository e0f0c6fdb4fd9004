package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExplanationScopes;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.junit.jupiter.api.Test;

/**
 * Steps of a guideline reached through imports are labelled by the path of aliases from the
 * guideline evaluated, in the interpreter and in the generated classes alike. In
 * {@code src/test/resources/java/scopes}, outer imports inner as {@code inn}, and has an outcome
 * {@code contra} of its own, named like the inner outcome that inner's {@code plan} reads; inner
 * imports base as {@code b}. When both {@code contra}s were labelled {@code contra}, the refinement
 * took inner's for outer's and explained it by outer's input: "until other is known".
 */
class ExplanationScopesTest {
    static final Path SCOPES = Path.of("src/test/resources/java/scopes");

    @Test
    void anImportedInnerOutcomeIsNotTakenForTheImportersOwnOutcomeOfTheSameName() throws Exception {
        Compilation compilation = GeneratedEvaluators.compilation(SCOPES);
        Map<String, Object> patient = new HashMap<>();
        patient.put("g", false);
        patient.put("x", false);
        EvaluationResult interpreted = new Interpreter(compilation.analysis("outer")).evaluate(patient);

        Map<String, String> closing = closingSteps(interpreted.explanation());
        assertEquals("could be CONTRA or NONE until other is known", closing.get("contra"));
        assertEquals("could be CONTRA or NONE until y is known", closing.get("inn.contra"));
        assertEquals("could be NO or YES until y is known", closing.get("inn.plan"));
        assertTrue(interpreted.explanation().stream().anyMatch(s -> s.outcome().equals("inn.b.level")),
                () -> "base is reached through inn.b: " + labels(interpreted.explanation()));
        assertEquals(List.of("contra", "inn.contra", "inn.b.level", "inn.contra", "inn.plan", "uses"),
                labels(interpreted.explanation()));

        EvaluationResult generated = GeneratedEvaluators.of(SCOPES).evaluator("outer").explain(patient);
        assertEquals(interpreted.explanation(), generated.explanation());
    }

    @Test
    void eachGuidelineReachedIsLabelledByItsShortestPathInImportOrder() {
        Compilation compilation = GeneratedEvaluators.compilation(SCOPES);
        assertEquals(Map.of("outer", "", "inner", "inn.", "base", "inn.b."), ExplanationScopes.of(guideline(compilation, "outer")));
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        Compilation nen = GeneratedEvaluators.compilation(TestGuidelines.repository());
        Map<String, String> scopes = ExplanationScopes.of(guideline(nen, "nen_consistency"));
        // netlm_classification is imported directly as well as through resection and transplant.
        assertEquals("netlm.", scopes.get("netlm_classification"));
        // who_grading only through imports: netlm, the first import, reaches it first.
        assertEquals("netlm.who.", scopes.get("who_grading"));
        assertEquals("transplant.milan.", scopes.get("milan_nen"));
        assertEquals(List.of("nen_consistency", "netlm_classification", "liver_metastasis_resection",
                "liver_transplantation", "hg_surgery_selection", "locally_advanced_pnen", "primary_tumour_resection",
                "neoadjuvant_prrt_conversion", "who_grading", "milan_nen"), List.copyOf(scopes.keySet()));
    }

    private static CheckedGuideline guideline(Compilation compilation, String id) {
        return compilation.guidelines().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> labels(List<ExplanationStep> steps) {
        List<String> labels = new java.util.ArrayList<>();
        for (ExplanationStep step : steps) {
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(step.outcome())) {
                labels.add(step.outcome());
            }
        }
        return labels;
    }

    private static Map<String, String> closingSteps(List<ExplanationStep> steps) {
        Map<String, String> closing = new LinkedHashMap<>();
        for (ExplanationStep step : steps) {
            if (step.element().equals("undetermined")) {
                closing.put(step.outcome(), step.text());
            }
        }
        return closing;
    }
}
