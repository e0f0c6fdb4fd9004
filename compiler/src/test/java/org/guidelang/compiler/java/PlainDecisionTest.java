package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.runtime.InputValidator;
import org.junit.jupiter.api.Test;

/**
 * The plain two-valued decision of an outcome ({@code gradeWhenGiven(input, ...)}, for patients who
 * give every input it reads) decides exactly as the three-valued one ({@code decideGrade()}) wherever
 * it decides, and {@code evaluate}'s complete-data path ({@code resultWhenGiven}, which decides with
 * those plain decisions alone) gives exactly the result of the three-valued evaluation. Patients are
 * drawn from each guideline's thresholds (a hair either side of every constant, the range ends),
 * complete and partial.
 *
 * <p>Per outcome, the evaluation's accessor, which tries the plain decision first, is compared with
 * {@code decideGrade()} on a fresh evaluation (code, missing inputs, possible codes), through
 * reflection since both are private to the generated evaluation. The complete-data path is compared
 * with {@code resultOf} of an evaluation with a trace, which decides through the runtime's logic
 * objects and shares no code with the plain decisions.
 */
class PlainDecisionTest {
    private static final long SEED = 20261203L;
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 100_000 : 5_000;

    @Test
    void repositoryGuidelinesDecideAlikeInTwoAndThreeValues() throws Exception {
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        Agreement agreement = agree(TestGuidelines.repository());
        assertTrue(agreement.plain() > 0, "no plain decision in the repository's guidelines");
        assertTrue(agreement.givenPaths() > 0, "no complete-data path in the repository's guidelines");
    }

    @Test
    void sketchAndDiamondGuidelinesDecideAlike() throws Exception {
        assertTrue(agree(TestGuidelines.SKETCH).givenPaths() > 0, "no complete-data path in the sketch guidelines");
        Agreement diamond = agree(TestGuidelines.DIAMOND);
        assertTrue(diamond.plain() > 0, "no plain decision in the diamond guidelines");
        assertTrue(diamond.givenPaths() > 0, "no complete-data path in the diamond guidelines");
    }

    @Test
    void goldenFeaturesDecideAlike() throws Exception {
        int givenPaths = 0;
        for (String feature : JavaGoldenTest.features().toList()) {
            givenPaths += agree(JavaGoldenTest.FEATURES.resolve(feature)).givenPaths();
        }
        assertTrue(givenPaths > 0, "no complete-data path in the golden features");
    }

    /** How many plain decisions, and complete-data paths, a folder's guidelines have; each checked. */
    private record Agreement(int plain, int givenPaths) {}

    /** Checks every plain decision and complete-data path of a folder's guidelines. */
    private static Agreement agree(Path folder) throws Exception {
        Compilation compilation = GeneratedEvaluators.compilation(folder);
        GeneratedEvaluators generated = GeneratedEvaluators.of(folder);
        JavaTypes types = new JavaTypes(compilation.guidelines(), null);
        int plain = 0;
        int givenPaths = 0;
        for (CheckedGuideline guideline : compilation.guidelines()) {
            String name = types.classOf(guideline.id()).reflectionName();
            Class<?> owner = generated.loader.loadClass(name);
            Class<?> evaluation = generated.loader.loadClass(name + "$Evaluation");
            Method fromValues = generated.loader.loadClass(name + "$Input").getMethod("fromValues", Map.class);
            Constructor<?> constructor = evaluation.getConstructor(fromValues.getReturnType(), List.class);
            List<Decision> decisions = decisions(evaluation);
            plain += decisions.size();
            GivenPath given = GivenPath.of(owner, fromValues.getReturnType(), evaluation);
            givenPaths += given == null ? 0 : 1;
            InputValidator validator = InputValidator.of(generated.evaluator(guideline.id()).inputs());
            RandomPatients patients = new RandomPatients(guideline, SEED ^ guideline.id().hashCode());
            for (int i = 0; i < PATIENTS; i++) {
                boolean complete = i % 2 == 0;
                Map<String, Object> patient = complete ? patients.nextComplete() : patients.next();
                Object input = fromValues.invoke(null, validator.validate(patient).values());
                for (Decision decision : decisions) {
                    decision.check(constructor, input, complete, guideline.id() + " " + patient);
                }
                if (given != null) {
                    given.check(constructor, input, complete, guideline.id() + " " + patient);
                }
            }
            for (Decision decision : decisions) {
                assertTrue(decision.plain.getParameterCount() > 1 || decision.decidedComplete > 0,
                        guideline.id() + ": " + decision.plain.getName() + " decided no complete patient of "
                                + PATIENTS / 2);
            }
            if (given != null) {
                assertTrue(given.decidedComplete > 0, guideline.id() + ": resultWhenGiven decided no complete patient of "
                        + PATIENTS / 2);
            }
        }
        return new Agreement(plain, givenPaths);
    }

    /** Each {@code xWhenGiven(input, ...)} of a table or criteria set with the {@code decideX()} it stands in for. */
    private static List<Decision> decisions(Class<?> evaluation) throws ReflectiveOperationException {
        List<Decision> decisions = new ArrayList<>();
        for (Method plain : evaluation.getDeclaredMethods()) {
            String name = plain.getName();
            if (!name.endsWith("WhenGiven") || plain.getReturnType() != int.class) {
                continue;
            }
            assertTrue(Modifier.isStatic(plain.getModifiers()), name + " reads no evaluation");
            String outcome = name.substring(0, name.length() - "WhenGiven".length());
            Method threeValued = evaluation.getDeclaredMethod(
                    "decide" + Character.toUpperCase(outcome.charAt(0)) + outcome.substring(1));
            plain.setAccessible(true);
            threeValued.setAccessible(true);
            decisions.add(new Decision(plain, threeValued, evaluation.getMethod(outcome, String.class),
                    evaluation.getMethod(outcome + "Missing"), evaluation.getMethod(outcome + "Possible")));
        }
        return decisions;
    }

    /** One outcome's two decisions, and how often the plain one decided (counted where it reads no outcome). */
    private static final class Decision {
        /** An outcome the plain decision leaves to the three-valued one ({@code PENDING}). */
        private static final int PENDING = -2;
        final Method plain;
        final Method threeValued;
        final Method accessor;
        final Method missing;
        final Method possible;
        int decidedComplete;

        Decision(Method plain, Method threeValued, Method accessor, Method missing, Method possible) {
            this.plain = plain;
            this.threeValued = threeValued;
            this.accessor = accessor;
            this.missing = missing;
            this.possible = possible;
        }

        void check(Constructor<?> constructor, Object input, boolean complete, String patient) throws Exception {
            if (plain.getParameterCount() == 1 && (int) plain.invoke(null, input) != PENDING) {
                decidedComplete += complete ? 1 : 0;
            }
            // The accessor decides in plain Java where it can, in three values elsewhere.
            Object fast = constructor.newInstance(input, null);
            Object value = accessor.invoke(fast, "outcome");
            int code = value == null ? -1 : ((Enum<?>) value).ordinal();
            Object reference = constructor.newInstance(input, null);
            int expected = (int) threeValued.invoke(reference);
            assertEquals(expected, code, () -> plain.getName() + " of " + patient);
            assertEquals(missing.invoke(reference), missing.invoke(fast), () -> "missing inputs, " + patient);
            assertEquals(possible.invoke(reference), possible.invoke(fast), () -> "possible codes, " + patient);
            assertFalse(expected == PENDING, patient);
        }
    }

    /** {@code resultWhenGiven(input)}, with the three-valued result it must equal wherever it decides. */
    private static final class GivenPath {
        final Method given;
        final Method resultOf;
        int decidedComplete;

        private GivenPath(Method given, Method resultOf) {
            this.given = given;
            this.resultOf = resultOf;
        }

        /** The complete-data path of a generated class, or null when it has none. */
        static GivenPath of(Class<?> owner, Class<?> input, Class<?> evaluation) throws ReflectiveOperationException {
            Method given;
            try {
                given = owner.getMethod("resultWhenGiven", input);
            } catch (NoSuchMethodException none) {
                return null;
            }
            return new GivenPath(given, owner.getMethod("resultOf", evaluation));
        }

        void check(Constructor<?> constructor, Object input, boolean complete, String patient) throws Exception {
            Object fast = given.invoke(null, input);
            if (fast == null) {
                return;
            }
            decidedComplete += complete ? 1 : 0;
            // With a trace, every outcome (the imported ones too) is decided by the runtime's logic objects.
            Object reference = resultOf.invoke(null, constructor.newInstance(input, new ArrayList<>()));
            assertEquals(reference, fast, () -> "resultWhenGiven of " + patient);
        }
    }
}
