package org.guidelang.nen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The evaluators the plugin generated into {@code org.guidelang.nen} during this build decide,
 * and explain, exactly what the reference interpreter does, for every NEN guideline and many
 * seeded random patients with missing values (numbers now and then at their range's ends); and
 * refuse, with the interpreter's errors, the patients whose values break a constraint between
 * inputs.
 */
class GeneratedEvaluatorsTest {
    private static final int PATIENTS = 500;

    @TestFactory
    Stream<DynamicTest> everyGuidelineAgreesWithTheInterpreter() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Compilation compilation = GuideCompiler.compile(
                new SourceLoader(Path.of(".")).load(List.of(Path.of("src/main/guide")), diagnostics), diagnostics);
        assertFalse(compilation.hasErrors(), () -> compilation.diagnostics().toString());
        assertTrue(compilation.guidelines().size() >= 3, "the NEN guidelines are there");
        // A guideline without outcomes (nen_consistency's declarations) has nothing to agree on.
        return compilation.guidelines().stream().filter(g -> !g.outcomes().isEmpty())
                .map(g -> DynamicTest.dynamicTest(g.id(),
                        () -> agree(new Interpreter(compilation.analysis(g.id())), generated(g.id()))));
    }

    private static void agree(Interpreter interpreter, GuidelineEvaluator generated) throws Exception {
        CheckedGuideline guideline = interpreter.guideline();
        assertEquals(guideline.version(), generated.version());
        SplittableRandom random = new SplittableRandom(guideline.id().hashCode());
        int determined = 0;
        int refused = 0;
        for (int i = 0; i < PATIENTS; i++) {
            Map<String, Object> patient = patient(generated.inputs(), random);
            Map<String, Object> values = InputValidator.validate(patient, generated.inputs()).valuesOrThrow();
            List<InputError> broken = Interpreter.constraintErrors(guideline, values);
            if (!broken.isEmpty()) {
                // A patient that breaks a constraint between inputs is refused alike, nothing evaluated.
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> generated.evaluate(patient),
                        () -> guideline.id() + " evaluates " + patient + ", which breaks a constraint");
                assertEquals(broken, e.errors(), () -> guideline.id() + " refuses otherwise " + patient);
                refused++;
                continue;
            }
            EvaluationResult expected = interpreter.evaluate(values);
            EvaluationResult actual = generated.evaluate(patient);
            assertEquals(decisions(expected), decisions(actual), () -> guideline.id() + " decides otherwise for " + patient);
            assertEquals(List.of(), actual.explanation(), "evaluate leaves the explanation to explain");
            EvaluationResult explained = generated.explain(patient);
            assertEquals(decisions(expected), decisions(explained), () -> guideline.id() + " decides otherwise for "
                    + patient);
            assertEquals(expected.explanation(), explained.explanation(),
                    () -> guideline.id() + " explains otherwise for " + patient);
            determined += (int) actual.outcomes().values().stream().filter(o -> o.isDetermined()).count();
        }
        assertTrue(determined > 0, guideline.id() + ": some outcomes are decided");
        // Constraints refuse many random records (each pair of related inputs drawn apart); a fifth
        // of them evaluated still compares the two engines on a hundred patients.
        assertTrue(refused <= PATIENTS * 4 / 5, guideline.id() + ": " + refused + " patients refused of " + PATIENTS);
    }

    /** The outcomes and the inputs missing for each: the JSON document without its explanation. */
    private static Map<String, Object> decisions(EvaluationResult result) {
        Map<String, Object> tree = result.toJsonTree();
        tree.remove("explanation");
        return tree;
    }

    /** The generated class of guideline {@code id}: {@code milan_nen} is {@code org.guidelang.nen.MilanNen}. */
    private static GuidelineEvaluator generated(String id) throws ReflectiveOperationException {
        StringBuilder name = new StringBuilder("org.guidelang.nen.");
        for (String part : id.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return (GuidelineEvaluator) Class.forName(name.toString()).getMethod("evaluator").invoke(null);
    }

    /** A patient as JSON would give it: each input missing one time in five, values over their range. */
    private static Map<String, Object> patient(List<InputSpec> inputs, SplittableRandom random) {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (InputSpec input : inputs) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            patient.put(input.name(), switch (input.kind()) {
                case BOOLEAN -> random.nextBoolean();
                case CODE -> input.codes().get(random.nextInt(input.codes().size()));
                default -> number(input, random);
            });
        }
        return patient;
    }

    private static Object number(InputSpec input, SplittableRandom random) {
        Range range = input.range();
        double lo = range.hasLowerBound() ? range.lo() : 0;
        double hi = range.hasUpperBound() ? range.hi() : lo + 60;
        if (random.nextInt(5) == 0 && range.hasUpperBound() && range.contains(lo) && range.contains(hi)) {
            // A range's ends: 0% and 100% are values constraints name (complete clearance is 100% debulking).
            return random.nextBoolean() ? lo : hi;
        }
        boolean whole = input.kind() == InputKind.INTEGER || input.unit() == Unit.COUNT || random.nextBoolean();
        for (;;) {
            double x = lo + random.nextDouble() * (hi - lo);
            x = whole ? Math.rint(x) : Math.rint(x * 10) / 10;
            if (range.contains(x)) {
                return x;
            }
        }
    }
}
