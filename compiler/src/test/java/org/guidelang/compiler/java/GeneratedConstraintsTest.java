package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/**
 * Generated classes check constraints between inputs as the interpreter does (the golden
 * feature {@code constraints}): a patient whose given values break one is refused by both entry
 * points with the interpreter's errors, an importer refuses what its import's constraints refuse,
 * and completions that break one do not count.
 */
class GeneratedConstraintsTest {
    private static final Path FEATURE = JavaGoldenTest.FEATURES.resolve("constraints");

    @Test
    void theMapEntryPointRefusesAPatientThatBreaksAConstraintWithTheInterpretersErrors() {
        Map<String, Object> patient = Map.of("sizeCm", 0.0, "nodes", 3.0, "examined", 0.0);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> generated().evaluator("staging").evaluate(patient));
        List<InputError> expected = Interpreter.constraintErrors(compilation().analysis("staging").guideline(), patient);
        assertEquals(2, expected.size(), expected.toString());
        assertEquals(expected, refused.errors());
        assertTrue(refused.errors().get(0).message().contains("break constraint positiveWereExamined"),
                refused.errors().get(0).message());
        assertTrue(refused.errors().get(1).message().startsWith("the values sizeCm = 0 cm, nodes = 3 break constraint "
                + "noTumourNoNodes"), refused.errors().get(1).message());
    }

    @Test
    void theTypedEntryPointRefusesItToo() throws Exception {
        Class<?> staging = generated().loader.loadClass("org.guidelang.golden.staging.Staging");
        Class<?> input = generated().loader.loadClass("org.guidelang.golden.staging.Staging$Input");
        Object builder = input.getMethod("builder").invoke(null);
        builder.getClass().getMethod("sizeCm", double.class).invoke(builder, 8.0);
        builder.getClass().getMethod("examined", int.class).invoke(builder, 0); // a whole number is an int
        Object patient = builder.getClass().getMethod("build").invoke(builder);
        Method evaluate = staging.getMethod("evaluate", input);
        assertEquals(List.of(InvalidInputException.class), List.of(evaluate.getExceptionTypes()));
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> evaluate.invoke(null, patient));
        InvalidInputException refused = assertInstanceOf(InvalidInputException.class, thrown.getCause());
        assertEquals(1, refused.errors().size());
        assertTrue(refused.getMessage().contains("break constraint bulkyWasExamined: The lymph nodes of every bulky "
                + "tumour are examined."), refused.getMessage());
    }

    @Test
    void anImporterRefusesWhatItsImportsConstraintsRefuseAndItsOwn() {
        InvalidInputException imported = assertThrows(InvalidInputException.class,
                () -> generated().evaluator("referral").evaluate(Map.of("nodes", 2.0, "examined", 0.0)));
        assertTrue(imported.getMessage().contains("positiveWereExamined"), imported.getMessage());
        InvalidInputException own = assertThrows(InvalidInputException.class,
                () -> generated().evaluator("referral").evaluate(Map.of("relapse", true, "treated", false)));
        assertTrue(own.getMessage().contains("relapseAfterTreatment"), own.getMessage());
    }

    @Test
    void completionsThatBreakAConstraintDoNotCount() throws InvalidInputException {
        // Without a tumour, nodes can only be 0: stage I whatever the missing values are.
        Map<String, Object> patient = Map.of("sizeCm", 0.0, "metastases", false);
        EvaluationResult generatedResult = generated().evaluator("staging").explain(patient);
        assertEquals(OutcomeResult.determined("stage", "I"), generatedResult.outcome("stage").orElseThrow());
        Interpreter interpreter = new Interpreter(compilation().analysis("staging"));
        assertEquals(interpreter.evaluate(patient), generatedResult);
        // Never treated: no relapse, and stage I: no referral, the imported constraint included.
        EvaluationResult referral = generated().evaluator("referral").evaluate(
                Map.of("sizeCm", 0.0, "metastases", false, "treated", false));
        assertEquals(OutcomeResult.determined("oncology", false), referral.outcome("oncology").orElseThrow());
    }

    /**
     * Inputs that constraints tie decide an outcome together: the generated class lists both, as
     * the interpreter does (docs/language.md §9.1), through the cells' record of what each
     * constraint reads.
     */
    @Test
    void tiedInputsAreListedByTheGeneratedClassAsByTheInterpreter() throws InvalidInputException {
        Compilation tied = GuideCompiler.compile(List.of(new SourceFile("tied.guide", """
                guideline tied version 1.0.0 {
                  source s "Notes"
                  input a : boolean
                  input b : boolean
                  input c : boolean
                  constraint aMeansB "a implies b." : not a or b cite s
                  constraint bMeansA "b implies a." : not b or a cite s
                  recommend go "Go." when a cite s
                  recommend either "Either." when a or c cite s
                }
                """)));
        assertTrue(!tied.hasErrors(), tied.diagnostics().toString());
        EvaluationResult result = GeneratedEvaluators.of(tied).evaluator("tied").explain(Map.of());
        assertEquals(java.util.Set.of("a", "b"), result.outcome("go").orElseThrow().missing());
        assertEquals(java.util.Set.of("a", "b", "c"), result.outcome("either").orElseThrow().missing());
        assertEquals(new Interpreter(tied.analysis("tied")).evaluate(Map.of()), result);
    }

    private static GeneratedEvaluators generated() {
        return GeneratedEvaluators.of(FEATURE);
    }

    private static Compilation compilation() {
        return GeneratedEvaluators.compilation(FEATURE);
    }
}
