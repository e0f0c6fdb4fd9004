package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.Json;

/**
 * Guidelines written in a test, taken through check, the Java back end and javac ({@code
 * -Xlint:all -Werror}), and compared with the interpreter.
 */
final class GuidelineTexts {
    private GuidelineTexts() {}

    /** The texts checked together; each is named after the id on its first line. */
    static Compilation check(String... texts) {
        List<SourceFile> files = new ArrayList<>();
        for (String text : texts) {
            String id = text.strip().split("\\s+")[1];
            files.add(new SourceFile(id + ".guide", text));
        }
        return GuideCompiler.compile(files);
    }

    /** The errors of a compilation, rendered as {@code guidec check} prints them. */
    static List<String> errors(Compilation compilation) {
        return compilation.diagnostics().stream().filter(d -> d.isError()).map(DiagnosticRenderer::render).toList();
    }

    /** The texts checked clean (or the test fails with the errors), compiled to Java and loaded. */
    static GeneratedEvaluators build(String... texts) {
        Compilation compilation = check(texts);
        if (compilation.hasErrors()) {
            fail(String.join("\n", errors(compilation)));
        }
        return GeneratedEvaluators.of(compilation);
    }

    /** Every example of every guideline gives the same result through the generated class as through the interpreter. */
    static void examplesAgree(Compilation compilation, GeneratedEvaluators generated) {
        for (CheckedGuideline guideline : compilation.guidelines()) {
            for (ExampleCase example : guideline.examples()) {
                agree(compilation, guideline, generated.evaluator(guideline.id()), example.patient(), example.title());
            }
        }
    }

    /** The generated evaluator and the interpreter agree on {@code patient}, outcomes, missing inputs and explanation. */
    static void agree(Compilation compilation, CheckedGuideline guideline, GuidelineEvaluator compiled,
            Map<String, Object> patient, String what) {
        Map<String, Object> values = InputValidator.of(compiled.inputs()).validate(patient).values();
        EvaluationResult expected;
        try {
            expected = new Interpreter(compilation.analysis(guideline.id())).evaluate(values);
        } catch (RuntimeException e) {
            throw new AssertionError(guideline.id() + ", " + what + " " + Json.compact(patient)
                    + ": the interpreter failed: " + e, e);
        }
        EvaluationResult actual;
        try {
            actual = compiled.explain(patient);
        } catch (InvalidInputException | RuntimeException e) {
            throw new AssertionError(guideline.id() + ", " + what + " " + Json.compact(patient) + ": " + e, e);
        }
        if (!expected.equals(actual)) {
            assertEquals(expected.toJson(), actual.toJson(), guideline.id() + ", " + what + " " + Json.compact(patient));
            fail(guideline.id() + ": results differ beyond their JSON for " + Json.compact(patient) + ": "
                    + difference(expected, actual));
        }
    }

    /** Where two results equal in JSON differ: the first outcome or step that does, with its values' classes. */
    private static String difference(EvaluationResult expected, EvaluationResult actual) {
        if (!expected.outcomes().equals(actual.outcomes())) {
            for (String name : expected.outcomes().keySet()) {
                if (!expected.outcomes().get(name).equals(actual.outcomes().get(name))) {
                    return "outcome " + name + ": " + expected.outcomes().get(name) + " vs " + actual.outcomes().get(name);
                }
            }
            return "outcomes " + expected.outcomes() + " vs " + actual.outcomes();
        }
        for (int i = 0; i < Math.min(expected.explanation().size(), actual.explanation().size()); i++) {
            var e = expected.explanation().get(i);
            var a = actual.explanation().get(i);
            if (!e.equals(a)) {
                StringBuilder classes = new StringBuilder();
                e.values().forEach((k, v) -> classes.append(k).append('=').append(v == null ? "null" : v.getClass()
                        .getSimpleName() + ":" + v).append('/').append(a.values().get(k) == null ? "null"
                        : a.values().get(k).getClass().getSimpleName() + ":" + a.values().get(k)).append(' '));
                return "step " + i + ": " + e + " vs " + a + "; values " + classes;
            }
        }
        return "the explanation's length or its header";
    }
}
