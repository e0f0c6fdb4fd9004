package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.runtime.InputValidator;
import org.junit.jupiter.api.Test;

/**
 * The plain two-valued decision of an outcome ({@code gradeWhenGiven()}, for patients who give
 * every input it reads) decides exactly as the three-valued one ({@code decideGrade()}) wherever
 * it decides: the same code, the same missing inputs and the same possible codes, on patients
 * drawn from each guideline's thresholds (a hair either side of every constant, the range ends),
 * complete and partial. Each plain decision is called on a fresh evaluation and the three-valued
 * one on another, through reflection, since both are private to the generated evaluation.
 */
class PlainDecisionTest {
    private static final long SEED = 20261203L;
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 100_000 : 5_000;

    @Test
    void repositoryGuidelinesDecideAlikeInTwoAndThreeValues() throws Exception {
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        assertTrue(agree(TestGuidelines.repository()) > 0, "no plain decision in the repository's guidelines");
    }

    @Test
    void sketchAndDiamondGuidelinesDecideAlike() throws Exception {
        assertTrue(agree(TestGuidelines.SKETCH) > 0, "no plain decision in the sketch guidelines");
        assertTrue(agree(TestGuidelines.DIAMOND) > 0, "no plain decision in the diamond guidelines");
    }

    @Test
    void goldenFeaturesDecideAlike() throws Exception {
        for (String feature : JavaGoldenTest.features().toList()) {
            agree(JavaGoldenTest.FEATURES.resolve(feature));
        }
    }

    /** Checks every plain decision of a folder's guidelines; the number of plain decisions. */
    private static int agree(Path folder) throws Exception {
        Compilation compilation = GeneratedEvaluators.compilation(folder);
        GeneratedEvaluators generated = GeneratedEvaluators.of(folder);
        JavaTypes types = new JavaTypes(compilation.guidelines(), null);
        int plain = 0;
        for (CheckedGuideline guideline : compilation.guidelines()) {
            String name = types.classOf(guideline.id()).reflectionName();
            Class<?> evaluation = generated.loader.loadClass(name + "$Evaluation");
            Method fromValues = generated.loader.loadClass(name + "$Input").getMethod("fromValues", Map.class);
            Constructor<?> constructor = evaluation.getConstructor(fromValues.getReturnType(), List.class);
            List<Decision> decisions = decisions(evaluation);
            plain += decisions.size();
            InputValidator validator = InputValidator.of(generated.evaluator(guideline.id()).inputs());
            RandomPatients patients = new RandomPatients(guideline, SEED ^ guideline.id().hashCode());
            for (int i = 0; i < PATIENTS; i++) {
                boolean complete = i % 2 == 0;
                Map<String, Object> patient = complete ? patients.nextComplete() : patients.next();
                Object input = fromValues.invoke(null, validator.validate(patient).values());
                for (Decision decision : decisions) {
                    decision.check(constructor, input, complete, guideline.id() + " " + patient);
                }
            }
            for (Decision decision : decisions) {
                assertTrue(decision.decidedComplete > 0, guideline.id() + ": " + decision.plain.getName()
                        + " decided no complete patient of " + PATIENTS / 2);
            }
        }
        return plain;
    }

    /** Each {@code xWhenGiven()} of the evaluation with the {@code decideX()} it stands in for. */
    private static List<Decision> decisions(Class<?> evaluation) throws ReflectiveOperationException {
        List<Decision> decisions = new ArrayList<>();
        for (Method plain : evaluation.getDeclaredMethods()) {
            String name = plain.getName();
            if (!name.endsWith("WhenGiven") || plain.getParameterCount() != 0) {
                continue;
            }
            String outcome = name.substring(0, name.length() - "WhenGiven".length());
            Method threeValued = evaluation.getDeclaredMethod(
                    "decide" + Character.toUpperCase(outcome.charAt(0)) + outcome.substring(1));
            plain.setAccessible(true);
            threeValued.setAccessible(true);
            decisions.add(new Decision(plain, threeValued, evaluation.getMethod(outcome + "Missing"),
                    evaluation.getMethod(outcome + "Possible")));
        }
        return decisions;
    }

    /** One outcome's two decisions, and how often the plain one decided. */
    private static final class Decision {
        /** An outcome the plain decision leaves to the three-valued one ({@code PENDING}). */
        private static final int PENDING = -2;
        final Method plain;
        final Method threeValued;
        final Method missing;
        final Method possible;
        int decidedComplete;

        Decision(Method plain, Method threeValued, Method missing, Method possible) {
            this.plain = plain;
            this.threeValued = threeValued;
            this.missing = missing;
            this.possible = possible;
        }

        void check(Constructor<?> constructor, Object input, boolean complete, String patient) throws Exception {
            Object fast = constructor.newInstance(input, null);
            int code = (int) plain.invoke(fast);
            if (code == PENDING) {
                return;
            }
            decidedComplete += complete ? 1 : 0;
            Object reference = constructor.newInstance(input, null);
            int expected = (int) threeValued.invoke(reference);
            assertEquals(expected, code, () -> plain.getName() + " of " + patient);
            assertEquals(missing.invoke(reference), missing.invoke(fast), () -> "missing inputs, " + patient);
            assertEquals(possible.invoke(reference), possible.invoke(fast), () -> "possible codes, " + patient);
            assertFalse(expected == PENDING, patient);
        }
    }
}
