package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExactAnswers;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/**
 * Generated evaluators used as a developer uses them: the typed API from hand-written code
 * (compiled with the generated sources, warnings as errors), the map API on invalid data, and
 * every example of the sketch and repository guidelines run through the generated classes.
 */
class GeneratedUsageTest {
    @Test
    void typedApiReadsLikeHandWrittenCode() throws Exception {
        List<GeneratedFile> files = new ArrayList<>(JavaBackend.generate(TestGuidelines.sketch(), null).sources());
        files.add(new GeneratedFile("org/guidelang/example/MilanNenUsage.java",
                Files.readString(Path.of("src/test/resources/usage/MilanNenUsage.java"), StandardCharsets.UTF_8)));
        ClassLoader loader = InMemoryJavac.compile(files);
        String out = (String) loader.loadClass("org.guidelang.example.MilanNenUsage").getMethod("run").invoke(null);
        assertEquals("""
                eligible by exception: Eligible by exception: criteria 1 to 4 are met, the relative age criterion is not
                who.grade rule 1: FAILED
                who.grade rule 2: FAILED
                who.grade rule 3: HELD
                eligibility criterion lowGrade: HELD
                eligibility criterion portalDrainageCleared: HELD
                eligibility criterion limitedLiverInvolvement: HELD
                eligibility criterion stableDisease: HELD
                eligibility relative criterion belowAgeLimit: FAILED
                without age: undetermined (missing age), ask for [age]; in all, ask for [age]
                who grade: NET_G2
                high grade: undetermined (missing differentiation), possibly [NET_G3, NEC_G3]
                """, out);
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheValidatorsMessage() throws Exception {
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.SKETCH);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> generated.evaluator("who_grading").evaluate(Map.of("ki67", 120, "differentiation", "well")));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertTrue(e.getMessage().contains("$.ki67: value 120 is out of range [0, 100]"), e.getMessage());
        Class<?> input = generated.loader.loadClass("org.guidelang.generated.WhoGrading$Input$Builder");
        Object builder = generated.loader.loadClass("org.guidelang.generated.WhoGrading$Input").getMethod("builder")
                .invoke(null);
        input.getMethod("ki67", double.class).invoke(builder, 120.0);
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> input.getMethod("build").invoke(builder));
        assertTrue(thrown.getCause() instanceof IllegalArgumentException);
        assertTrue(thrown.getCause().getMessage().startsWith("$.ki67: value 120 is out of range [0, 100]"),
                thrown.getCause().getMessage());
        // NaN is not "missing" (null is): a NaN computed upstream is refused, naming the input.
        input.getMethod("ki67", double.class).invoke(builder, Double.NaN);
        thrown = assertThrows(InvocationTargetException.class, () -> input.getMethod("build").invoke(builder));
        assertTrue(thrown.getCause().getMessage().startsWith("$.ki67: value NaN is not a finite number"),
                thrown.getCause().getMessage());
        assertTrue(thrown.getCause().getCause() instanceof InvalidInputException);
        input.getMethod("ki67", Double.class).invoke(builder, (Object) null);
        input.getMethod("build").invoke(builder);
    }

    @Test
    void sketchExamplesPassThroughTheGeneratedClasses() {
        assertEquals(31, runExamples(TestGuidelines.SKETCH));
    }

    @Test
    void repositoryExamplesPassThroughTheGeneratedClasses() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestGuidelines.repositoryPresent());
        assertTrue(runExamples(TestGuidelines.repository()) > 0);
    }

    /** Runs every example through the generated evaluator, checking its expectations and the interpreter's result. */
    static int runExamples(Path folder) {
        Compilation compilation = GeneratedEvaluators.compilation(folder);
        GeneratedEvaluators generated = GeneratedEvaluators.of(folder);
        int count = 0;
        for (CheckedGuideline guideline : compilation.guidelines()) {
            Interpreter interpreter = new Interpreter(compilation.analysis(guideline.id()));
            for (ExampleCase example : guideline.examples()) {
                EvaluationResult result;
                try {
                    result = generated.evaluator(guideline.id()).explain(example.patient());
                } catch (InvalidInputException e) {
                    throw new AssertionError(guideline.id() + ": " + example.title() + ": " + e.getMessage(), e);
                }
                assertEquals(interpreter.evaluate(example.patient()), result, example.title());
                for (ExampleCase.Expectation expectation : example.expectations()) {
                    String owner = expectation.outcome().guideline();
                    OutcomeResult actual;
                    try {
                        actual = owner.equals(guideline.id()) ? result.outcome(expectation.outcome().outcome().name())
                                .orElseThrow() : ExactAnswers.refineImported(generated.evaluator(owner).evaluate(only(
                                        generated, owner, example.patient())).outcome(expectation.outcome().outcome()
                                        .name()).orElseThrow(), expectation.outcome().alias(), example.patient(),
                                        subject(generated, compilation, guideline.id()));
                    } catch (InvalidInputException e) {
                        throw new AssertionError(e);
                    }
                    check(guideline.id() + ": " + example.title(), expectation, actual);
                }
                assertTrue(ExampleRunner.run(interpreter, example).passed(), "the interpreter disagrees: "
                        + example.title());
                count++;
            }
        }
        return count;
    }

    /**
     * The generated class of {@code id} as the runtime's ExactAnswers refines it: an imported
     * outcome an example expects is exact in the importer's context (docs/language.md §5.1).
     */
    private static ExactAnswers.Subject subject(GeneratedEvaluators generated, Compilation compilation, String id) {
        String name = new JavaTypes(compilation.guidelines(), null).classOf(id).reflectionName();
        try {
            return (ExactAnswers.Subject) generated.loader.loadClass(name).getMethod("exactAnswers").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no exactAnswers() in " + name, e);
        }
    }

    /** The part of a patient an imported guideline reads. */
    private static Map<String, Object> only(GeneratedEvaluators generated, String id, Map<String, Object> patient) {
        Map<String, Object> part = new java.util.LinkedHashMap<>();
        generated.evaluator(id).inputs().forEach(i -> {
            if (patient.containsKey(i.name())) {
                part.put(i.name(), patient.get(i.name()));
            }
        });
        return part;
    }

    private static void check(String what, ExampleCase.Expectation expectation, OutcomeResult actual) {
        if (expectation instanceof ExampleCase.ExpectValue value) {
            assertEquals(value.value(), actual.value(), what);
        } else {
            ExampleCase.ExpectUndetermined undetermined = (ExampleCase.ExpectUndetermined) expectation;
            assertTrue(!actual.isDetermined(), what + ": expected undetermined, got " + actual.value());
            if (undetermined.missing() != null) {
                assertEquals(undetermined.missing(), actual.missing(), what);
            }
        }
    }
}
