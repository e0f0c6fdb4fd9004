package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExampleCase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles the NEN guidelines, requires them to be free of diagnostics, and runs every
 * {@code example} block through the interpreter as its own test.
 */
class GuidelineExamplesTest {
    /**
     * Every guideline the brief asks for, and the declarations of what they must never answer
     * together (nen_consistency, issue 14); the build fails if one goes missing.
     */
    private static final Set<String> EXPECTED_IDS = Set.of("who_grading", "milan_nen", "netlm_classification",
            "hg_surgery_selection", "liver_metastasis_resection", "locally_advanced_pnen",
            "primary_tumour_resection", "neoadjuvant_prrt_conversion", "liver_transplantation", "nen_consistency");

    private static final int MINIMUM_EXAMPLES = 150;

    @Test
    void guidelinesCompileWithoutErrorsOrWarnings() {
        Compilation compilation = NenGuidelines.compilation();
        String rendered = compilation.diagnostics().stream().map(DiagnosticRenderer::render)
                .collect(Collectors.joining());
        // No warning is accepted: a table gap, an unused input or an uncited source in the
        // clinical guidelines is a defect, not a style matter.
        assertEquals(0, compilation.diagnostics().size(), () -> "diagnostics in src/main/guide:\n" + rendered);
    }

    @Test
    void everyGuidelineOfTheBriefIsPresent() {
        Set<String> ids = NenGuidelines.compilation().guidelines().stream().map(CheckedGuideline::id)
                .collect(Collectors.toSet());
        assertEquals(EXPECTED_IDS, ids);
    }

    @Test
    void guidelinesCarryEnoughExamples() {
        int count = NenGuidelines.compilation().guidelines().stream().mapToInt(g -> g.examples().size()).sum();
        assertTrue(count >= MINIMUM_EXAMPLES, "only " + count + " examples; at least " + MINIMUM_EXAMPLES + " expected");
        for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
            assertTrue(guideline.examples().size() >= 10, guideline.id() + " has fewer than 10 examples");
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyExamplePasses() {
        List<DynamicContainer> containers = new ArrayList<>();
        for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
            List<DynamicTest> tests = new ArrayList<>();
            Interpreter interpreter = new Interpreter(NenGuidelines.compilation().analysis(guideline.id()));
            for (ExampleCase example : guideline.examples()) {
                tests.add(DynamicTest.dynamicTest(example.title(), () -> {
                    ExampleRunner.Run run = ExampleRunner.run(interpreter, example);
                    assertTrue(run.passed(), () -> failure(run));
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(guideline.id(), tests));
        }
        return containers.stream();
    }

    private static String failure(ExampleRunner.Run run) {
        StringBuilder text = new StringBuilder(run.guideline().id() + ": \"" + run.example().title() + "\" at "
                + run.example().span().location());
        for (ExampleRunner.Mismatch mismatch : run.mismatches()) {
            text.append("\n  expected ").append(mismatch.expected()).append("\n  actual   ").append(mismatch.actual());
        }
        return text.toString();
    }
}
