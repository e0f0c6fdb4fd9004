package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.Json;
import org.junit.jupiter.api.Test;

/**
 * The generated evaluators agree with the reference interpreter on random patients: the same
 * outcomes, the same missing inputs and the same explanation, step for step. The default run
 * draws 50,000 patients for each of the two sketch guidelines, 5,000 for each repository and
 * diamond test guideline and 2,000 for each golden feature's; {@code -Dguidelang.long=true} draws
 * twenty times as many. A failure prints the seed and the patient.
 */
class DifferentialTest {
    private static final long SEED = 20261201L;
    /** Per sketch guideline: 100,000 patients in all by default. */
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 1_000_000 : 50_000;

    @Test
    void sketchGuidelinesAgreeWithTheInterpreter() {
        Compilation compilation = GeneratedEvaluators.compilation(TestGuidelines.SKETCH);
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.SKETCH);
        for (CheckedGuideline guideline : compilation.guidelines()) {
            agree(new Interpreter(compilation.analysis(guideline.id())), generated.evaluator(guideline.id()), PATIENTS);
        }
    }

    /** Imports in a diamond, other aliases, renumbered inputs, unique tables, arithmetic, recommendations. */
    @Test
    void diamondOfImportsAgreesWithTheInterpreter() {
        Compilation compilation = GeneratedEvaluators.compilation(TestGuidelines.DIAMOND);
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.DIAMOND);
        for (CheckedGuideline guideline : compilation.guidelines()) {
            agree(new Interpreter(compilation.analysis(guideline.id())), generated.evaluator(guideline.id()), PATIENTS / 10);
        }
    }

    /** The small guideline of each golden feature ({@link JavaGoldenTest}), 2,000 patients each by default. */
    @Test
    void goldenFeaturesAgreeWithTheInterpreter() throws java.io.IOException {
        for (String feature : JavaGoldenTest.features().toList()) {
            java.nio.file.Path folder = JavaGoldenTest.FEATURES.resolve(feature);
            Compilation compilation = GeneratedEvaluators.compilation(folder);
            GeneratedEvaluators generated = GeneratedEvaluators.of(folder);
            for (CheckedGuideline guideline : compilation.guidelines()) {
                agree(new Interpreter(compilation.analysis(guideline.id())), generated.evaluator(guideline.id()), PATIENTS / 25);
            }
        }
    }

    @Test
    void repositoryGuidelinesAgreeWithTheInterpreter() {
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        Compilation compilation = GeneratedEvaluators.compilation(TestGuidelines.repository());
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.repository());
        for (CheckedGuideline guideline : compilation.guidelines()) {
            agree(new Interpreter(compilation.analysis(guideline.id())), generated.evaluator(guideline.id()), PATIENTS / 10);
        }
    }

    private static void agree(Interpreter interpreter, GuidelineEvaluator compiled, int count) {
        CheckedGuideline guideline = interpreter.guideline();
        long seed = SEED ^ guideline.id().hashCode();
        RandomPatients patients = new RandomPatients(guideline, seed);
        InputValidator validator = InputValidator.of(compiled.inputs());
        int undetermined = 0;
        int refusedCount = 0;
        boolean anyOutcome = false;
        for (int i = 0; i < count; i++) {
            Map<String, Object> patient = patients.next();
            Map<String, Object> values = validator.validate(patient).values();
            List<InputError> broken = Interpreter.constraintErrors(guideline, values);
            if (!broken.isEmpty()) {
                // Refused alike, with the same errors, and nothing evaluated.
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> compiled.evaluate(patient), () -> guideline.id() + " evaluates " + Json.compact(patient));
                assertEquals(broken, refused.errors(), guideline.id() + ", patient #" + i + " " + Json.compact(patient));
                refusedCount++;
                continue;
            }
            EvaluationResult expected = interpreter.evaluate(values);
            EvaluationResult actual;
            EvaluationResult decided;
            try {
                actual = compiled.explain(patient);
                decided = compiled.evaluate(patient);
            } catch (InvalidInputException | RuntimeException e) {
                fail(guideline.id() + ", seed " + seed + ", patient #" + i + " " + Json.compact(patient) + ": " + e, e);
                return;
            }
            if (!expected.equals(actual)) {
                assertEquals(expected.toJson(), actual.toJson(), guideline.id() + ", seed " + seed + ", patient #" + i
                        + " " + Json.compact(patient));
                fail(guideline.id() + ": results differ beyond their JSON for " + Json.compact(patient));
            }
            // The map path without the explanation decides the same.
            assertEquals(new EvaluationResult(expected.guideline(), expected.version(), expected.outcomes(), List.of()),
                    decided, () -> guideline.id() + ", seed " + seed + ", patient " + Json.compact(patient));
            anyOutcome |= !expected.outcomes().isEmpty();
            if (expected.outcomes().values().stream().anyMatch(o -> !o.isDetermined())) {
                undetermined++;
            }
        }
        // The patients must exercise both sides of missing data, or the test proves little. A guideline
        // that only declares conflicts (nen_consistency) has no outcome to be undetermined.
        int evaluated = count - refusedCount;
        assertTrue(!anyOutcome || undetermined > evaluated / 100 && undetermined < evaluated - evaluated / 100,
                guideline.id() + ": " + undetermined + " of " + evaluated + " patients undetermined");
        // Random values break a constraint often (the NEN guidelines relate up to ten pairs of
        // inputs, each drawn apart); a tenth of the patients must still be evaluated.
        assertTrue(guideline.constraints().isEmpty() || refusedCount < count - count / 10,
                guideline.id() + ": " + refusedCount + " of " + count + " patients refused");
    }
}
