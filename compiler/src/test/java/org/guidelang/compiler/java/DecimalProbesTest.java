package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.ExactAnswersBruteForce;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The probes of exact decimal answers ({@code src/test/resources/decimal/decimal_probes.guide}),
 * each through the interpreter, the generated classes' map API and their typed API: 1.1 cm +
 * 2.2 cm is 3.3 cm, 1.2 months is 0.1 years, the mean of 0.1% and 0.2% is not above 0.15%, a
 * JSON number no double stands for is refused rather than read as its neighbour, and 10 days is
 * compared exactly with a number of weeks.
 */
class DecimalProbesTest {
    private static final Path FOLDER = Path.of("src/test/resources/decimal");

    private static Compilation compilation() {
        return GeneratedEvaluators.compilation(FOLDER);
    }

    private static Interpreter interpreter() {
        return new Interpreter(compilation().analysis("decimal_probes"));
    }

    private static GuidelineEvaluator generated() {
        return GeneratedEvaluators.of(FOLDER).evaluator("decimal_probes");
    }

    /** The recommendation's value from the interpreter and from the generated map API, which must agree. */
    private static Object decide(String outcome, Object... inputsAndValues) throws InvalidInputException {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (int i = 0; i < inputsAndValues.length; i += 2) {
            patient.put((String) inputsAndValues[i], inputsAndValues[i + 1]);
        }
        GuidelineEvaluator generated = generated();
        EvaluationResult compiled = generated.explain(patient);
        EvaluationResult interpreted = interpreter().evaluate(generated.validate(patient).values());
        assertEquals(interpreted, compiled, "interpreter and generated classes for " + patient);
        assertEquals(interpreted.outcomes(), generated.evaluate(patient).outcomes(), "the map path decides the same");
        return interpreted.outcome(outcome).orElseThrow().value();
    }

    @Test
    void lesionsOf1Point1And2Point2CmAreTogetherAtMost3Point3Cm() throws InvalidInputException {
        assertEquals(true, decide("smallTogether", "lesion1", 1.1, "lesion2", 2.2));
        assertEquals(true, decide("smallTogether", "lesion1", new BigDecimal("1.1"), "lesion2", new BigDecimal("2.2")));
        assertEquals(false, decide("smallTogether", "lesion1", 1.1, "lesion2", Math.nextUp(2.2)));
        assertEquals(false, decide("smallTogether", "lesion1", 1.1, "lesion2", 2.21));
    }

    @Test
    void stableDiseaseOf1Point2MonthsIsAtLeast0Point1Years() throws InvalidInputException {
        assertEquals(true, decide("stableLongEnough", "stableDisease", 1.2));
        assertEquals(false, decide("stableLongEnough", "stableDisease", 1.19999999999999));
    }

    @Test
    void theMeanOfKi67Of0Point1And0Point2PercentIsNotAbove0Point15Percent() throws InvalidInputException {
        assertEquals(false, decide("highMeanKi67", "ki67First", 0.1, "ki67Second", 0.2));
        assertEquals(true, decide("highMeanKi67", "ki67First", 0.1, "ki67Second", 0.20000000000001));
    }

    @Test
    void tenDaysAreComparedExactlyWithWeeks() throws InvalidInputException {
        // 10/7 = 1.428571428571428571…: the double 10.0 / 7 stands for 1.4285714285714286, a little
        // more; the double below it for 1.4285714285714284, a little less.
        assertEquals(true, decide("tenDaysAfter", "interval", 10.0 / 7));
        assertEquals(false, decide("tenDaysAfter", "interval", Math.nextDown(10.0 / 7)));
        assertEquals(false, decide("tenDaysAfter", "interval", new BigDecimal("1.4285714285714284")));
        assertEquals(false, decide("tenDaysAfter", "interval", 1));
        assertEquals(true, decide("tenDaysAfter", "interval", 2));
    }

    @Test
    void aJsonNumberNoDoubleStandsForIsRefusedNotRoundedToTheThreshold() throws InvalidInputException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> generated().evaluate(Map.of("score", new BigDecimal("2.9999999999999999"))));
        assertEquals(List.of("$.score: value 2.9999999999999999 has more digits than can be kept exactly (it would be"
                + " read as 3) (A score) — fix: round it to at most 15 significant digits, such as 3, as precise as the"
                + " measurement is"), e.errors().stream().map(Object::toString).toList());
        // The interpreter, given the decimal itself (no validation), reads it exactly: not 3 either.
        assertEquals(false, interpreter().evaluate(Map.of("score", new BigDecimal("2.9999999999999999")))
                .outcome("scoreAtLeastThree").orElseThrow().value());
        assertEquals(false, decide("scoreAtLeastThree", "score", new BigDecimal("2.99999999999999")));
        assertEquals(true, decide("scoreAtLeastThree", "score", new BigDecimal("3.000")));
        assertEquals(true, decide("scoreAtLeastThree", "score", new BigDecimal("3.0000000000000004")));
    }

    @Test
    void withTheScoreMissingTheBandCannotBeEdgeForNoPatientsScoreLiesInItsStretch() throws InvalidInputException {
        GuidelineEvaluator generated = generated();
        Map<String, Object> patient = Map.of("lesion1", 1.1);
        EvaluationResult compiled = generated.explain(patient);
        assertEquals(interpreter().evaluate(generated.validate(patient).values()), compiled);
        assertEquals(List.of("LOW", "HIGH"), compiled.outcome("band").orElseThrow().possible());
        assertEquals(java.util.Set.of("score"), compiled.outcome("band").orElseThrow().missing());
        assertEquals("HIGH", decide("band", "score", 3));
        assertEquals("LOW", decide("band", "score", Math.nextDown(3.0)));
    }

    /**
     * Partial patients against every completion over a grid that holds each threshold, a hair
     * either side, and the doubles next to it: the interpreter and the generated classes are
     * exact (or sound, where a missing input is read in arithmetic) on the probes too.
     */
    @Test
    void partialPatientsAreAnsweredExactlyByBothEngines() {
        Compilation compilation = compilation();
        ExactAnswersBruteForce.check(guideline(compilation), interpreter()::evaluate, patient -> false, 100);
        GuidelineEvaluator generated = generated();
        ExactAnswersBruteForce.check(guideline(compilation), patient -> {
            try {
                return generated.evaluate(patient);
            } catch (InvalidInputException e) {
                throw new AssertionError(e);
            }
        }, patient -> false, 100); // the probes declare no constraint
    }

    private static org.guidelang.compiler.model.CheckedGuideline guideline(Compilation compilation) {
        return compilation.guideline("decimal_probes").orElseThrow();
    }

    @Test
    void theTypedApiTakesDoublesAsTheirShortestDecimals() throws Exception {
        List<GeneratedFile> files = new ArrayList<>(JavaBackend.generate(compilation(), null).sources());
        files.add(new GeneratedFile("org/guidelang/example/DecimalProbesUsage.java",
                Files.readString(Path.of("src/test/resources/usage/DecimalProbesUsage.java"), StandardCharsets.UTF_8)));
        ClassLoader loader = InMemoryJavac.compile(files);
        String out = (String) loader.loadClass("org.guidelang.example.DecimalProbesUsage").getMethod("run").invoke(null);
        assertEquals("""
                smallTogether true
                stableLongEnough true
                highMeanKi67 false
                scoreAtLeastThree false then true
                tenDaysAfter true then false
                """, out);
    }

    /** Comparisons of doubles stay doubles; arithmetic and a constant that does not convert evenly go exact. */
    @Test
    void theGeneratedCodeKeepsTheFastPathWhereItIsExact() throws IOException {
        String source = JavaBackend.generate(compilation(), null).sources().stream()
                .filter(f -> f.path().endsWith("DecimalProbes.java")).findFirst().orElseThrow().content();
        assertTrue(source.contains("Ops.ge(InputValues.number(input.score()), 3.0)"), source);
        assertTrue(source.contains("Ops.ge(InputValues.number(input.stableDisease()), 1.2)"), source);
        assertTrue(source.contains("Decimals.le(Decimals.add(Decimals.of(InputValues.number(input.lesion1())), "
                + "Decimals.of(InputValues.number(input.lesion2()))), new BigDecimal(\"3.3\"))"), source);
        assertTrue(source.contains("Decimals.ge(Unit.WEEKS.toTicks(Decimals.of(InputValues.number(input.interval()))), Unit.DAYS.toTicks("
                + "new BigDecimal(\"10\")))"), source);
    }
}
