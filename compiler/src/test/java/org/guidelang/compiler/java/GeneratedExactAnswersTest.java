package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.ExactAnswersBruteForce;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated classes of the NEN guidelines answer exactly, by the same brute force over the
 * completions of random partial patients as the interpreter ({@link ExactAnswersBruteForce}, whose
 * oracle shares no code with the runtime): through the map entry point, which goes through the
 * typed {@code evaluate(Input)} and its {@code Decided} values. {@code -Dguidelang.long=true}
 * multiplies the patients.
 */
class GeneratedExactAnswersTest {
    // Half the interpreter's share by default: the interpreter's run covers the same guidelines.
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 2_000 : 30;

    @TestFactory
    Stream<DynamicTest> nenGuidelinesAnswerExactlyThroughTheGeneratedClasses() {
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        Compilation compilation = GeneratedEvaluators.compilation(TestGuidelines.repository());
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.repository());
        return compilation.guidelines().stream().map(g -> DynamicTest.dynamicTest(g.id(), () -> {
            GuidelineEvaluator evaluator = generated.evaluator(g.id());
            ExactAnswersBruteForce.check(g, patient -> evaluate(evaluator, patient),
                    patient -> refuses(evaluator, patient), PATIENTS);
        }));
    }

    private static EvaluationResult evaluate(GuidelineEvaluator evaluator, java.util.Map<String, Object> patient) {
        try {
            return evaluator.evaluate(patient);
        } catch (InvalidInputException e) {
            throw new AssertionError("a grid patient is valid: " + patient + ": " + e.getMessage(), e);
        }
    }

    /** Whether the generated class refuses {@code patient}, whose values are in range, for breaking a constraint. */
    private static boolean refuses(GuidelineEvaluator evaluator, java.util.Map<String, Object> patient) {
        try {
            evaluator.evaluate(patient);
            return false;
        } catch (InvalidInputException e) {
            return true;
        }
    }
}
