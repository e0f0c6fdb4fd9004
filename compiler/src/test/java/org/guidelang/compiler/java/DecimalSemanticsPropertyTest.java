package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The language's numbers against plain {@code BigDecimal} arithmetic written here: a guideline
 * whose recommendations compare, add, subtract, multiply and divide plain numbers and convert
 * between every pair of units of time and of length, evaluated for random patients (decimals of
 * up to 15 digits, every sign and scale, often exactly at the threshold) by the interpreter and by
 * the generated classes. Seeded; {@code -Dguidelang.long=true} runs a hundred times as many.
 */
class DecimalSemanticsPropertyTest {
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 100_000 : 1_000;
    private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final MathContext PATIENT_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    /** A unit as written in a guideline, and its size in days or mm as the language reference states it. */
    private record Unit(String name, BigDecimal size, int dimension) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("days", new BigDecimal("1"), 0), new Unit("weeks", new BigDecimal("7"), 0),
            new Unit("months", new BigDecimal("30.4375"), 0), new Unit("years", new BigDecimal("365.25"), 0),
            new Unit("mm", new BigDecimal("1"), 1), new Unit("cm", new BigDecimal("10"), 1));

    /** A recommendation's condition, and what it must be for a patient (null: unknown). */
    private record Probe(String name, String condition, Function<Map<String, BigDecimal>, Boolean> expected) {}

    private final Random random = new Random(20261204L);

    @Test
    void interpreterAndGeneratedClassesComputeAsBigDecimalDoes() throws InvalidInputException {
        List<Probe> probes = probes();
        CheckedGuideline guideline = compile(probes);
        GuidelineEvaluator generated = GeneratedEvaluators.of(compilation).evaluator("decimal_semantics");
        Map<String, java.util.Set<Boolean>> seen = new LinkedHashMap<>();
        for (int i = 0; i < PATIENTS; i++) {
            Map<String, BigDecimal> patient = patient();
            Map<String, Object> raw = new LinkedHashMap<>(patient);
            EvaluationResult interpreted = new Interpreter(compilation.analysis(guideline.id())).evaluate(generated.validate(raw).values());
            EvaluationResult compiled = generated.explain(raw);
            assertEquals(interpreted, compiled, "interpreter and generated classes, patient #" + i + " " + patient);
            for (Probe probe : probes) {
                Boolean expected = probe.expected().apply(patient);
                Object actual = interpreted.outcome(probe.name()).orElseThrow().value();
                if (!java.util.Objects.equals(expected, actual)) {
                    fail(probe.condition() + " for patient #" + i + " " + patient + ": expected " + expected + ", got "
                            + actual);
                }
                seen.computeIfAbsent(probe.condition(), k -> new java.util.HashSet<>()).add(expected);
            }
        }
        // Every condition must have held for some patients and failed for others, or it proves little.
        seen.forEach((condition, values) -> assertEquals(true, values.contains(true) && values.contains(false),
                condition + " was only ever " + values));
    }

    private Compilation compilation;

    private CheckedGuideline compile(List<Probe> probes) {
        StringBuilder text = new StringBuilder("guideline decimal_semantics version 1.0.0 {\n  title \"Decimal semantics\"\n");
        for (String plain : List.of("x", "y", "z")) {
            text.append("  input ").append(plain).append(" : decimal in (*, *) \"").append(plain).append("\"\n");
        }
        for (Unit unit : UNITS) {
            text.append("  input q_").append(unit.name()).append(" : ").append(unit.name()).append(" in (*, *) \"q\"\n");
            text.append("  input r_").append(unit.name()).append(" : ").append(unit.name()).append(" in (*, *) \"r\"\n");
        }
        for (Probe probe : probes) {
            text.append("  recommend ").append(probe.name()).append(" \"").append(probe.name()).append("\" when ")
                    .append(probe.condition()).append('\n');
        }
        text.append("}\n");
        compilation = GuideCompiler.compile(List.of(new SourceFile("decimal_semantics.guide", text.toString())));
        StringBuilder report = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.isError()).forEach(d -> report.append(DiagnosticRenderer.render(d)));
        if (compilation.hasErrors()) {
            fail(report + "\n" + text);
        }
        return compilation.guideline("decimal_semantics").orElseThrow();
    }

    private static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("sumBelow", "x + y < z", p -> p.get("x").add(p.get("y")).compareTo(p.get("z")) < 0));
        probes.add(new Probe("sumEqual", "x + y = z", p -> p.get("x").add(p.get("y")).compareTo(p.get("z")) == 0));
        probes.add(new Probe("differenceAtMost", "x - y <= z",
                p -> p.get("x").subtract(p.get("y")).compareTo(p.get("z")) <= 0));
        probes.add(new Probe("productAbove", "x * y > z", p -> p.get("x").multiply(p.get("y")).compareTo(p.get("z")) > 0));
        probes.add(new Probe("productEqual", "x * y = z", p -> p.get("x").multiply(p.get("y")).compareTo(p.get("z")) == 0));
        probes.add(new Probe("quotientBelow", "x / y < z", p -> quotient(p.get("x"), p.get("y"), p.get("z"), -1)));
        probes.add(new Probe("quotientEqual", "x / y = z", p -> quotient(p.get("x"), p.get("y"), p.get("z"), 0)));
        probes.add(new Probe("negatedAtLeast", "-x >= y", p -> p.get("x").negate().compareTo(p.get("y")) >= 0));
        probes.add(new Probe("sumInRange", "x + y in [z, 1000)",
                p -> p.get("x").add(p.get("y")).compareTo(p.get("z")) >= 0
                        && p.get("x").add(p.get("y")).compareTo(new BigDecimal(1000)) < 0));
        for (Unit u : UNITS) {
            for (Unit v : UNITS) {
                if (u.dimension() != v.dimension()) {
                    continue;
                }
                String qu = "q_" + u.name();
                String qv = "q_" + v.name();
                String pair = u.name() + "_" + v.name();
                if (u != v) {
                    // Compared as exact quantities: q_u · size(u) against q_v · size(v).
                    probes.add(new Probe("below_" + pair, qu + " < " + qv,
                            p -> p.get(qu).multiply(u.size()).compareTo(p.get(qv).multiply(v.size())) < 0));
                    probes.add(new Probe("equal_" + pair, qu + " = " + qv,
                            p -> p.get(qu).multiply(u.size()).compareTo(p.get(qv).multiply(v.size())) == 0));
                }
                // A sum is in its left operand's unit: the right one converted (rounding once if it must).
                probes.add(new Probe("sum_" + pair, qu + " + " + qv + " < r_" + u.name(),
                        p -> p.get(qu).add(converted(p.get(qv), v, u)).compareTo(p.get("r_" + u.name())) < 0));
                // A ratio of quantities is their exact quotient, rounded once.
                probes.add(new Probe("ratio_" + pair, qu + " / " + qv + " < z",
                        p -> quotient(p.get(qu).multiply(u.size()), p.get(qv).multiply(v.size()), p.get("z"), -1)));
            }
        }
        return probes;
    }

    /** {@code x / y} rounded to 34 digits compared with {@code c}; null (unknown) when y is 0. */
    private static Boolean quotient(BigDecimal x, BigDecimal y, BigDecimal c, int wanted) {
        if (y.signum() == 0) {
            return null;
        }
        int order = x.divide(y, DIVISION).compareTo(c);
        return wanted < 0 ? order < 0 : order == 0;
    }

    /** A value of unit {@code from} in unit {@code to}: exact for a whole ratio, else the quotient to 34 digits. */
    private static BigDecimal converted(BigDecimal value, Unit from, Unit to) {
        BigDecimal ratio = from.size().divide(to.size(), DIVISION);
        return ratio.stripTrailingZeros().scale() <= 0 ? value.multiply(ratio)
                : value.multiply(from.size()).divide(to.size(), DIVISION);
    }

    /** A patient: random decimals, with the thresholds often exactly at, or a hair beside, the value compared. */
    private Map<String, BigDecimal> patient() {
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        p.put("x", decimal());
        p.put("y", random.nextInt(10) == 0 ? BigDecimal.ZERO : decimal());
        BigDecimal a = p.get("x");
        BigDecimal b = p.get("y");
        BigDecimal result = switch (random.nextInt(4)) {
            case 0 -> a.add(b);
            case 1 -> a.multiply(b);
            case 2 -> b.signum() == 0 ? a : a.divide(b, DIVISION);
            default -> decimal();
        };
        p.put("z", beside(result));
        Unit first = UNITS.get(random.nextInt(UNITS.size()));
        BigDecimal quantity = decimal();
        for (Unit unit : UNITS) {
            BigDecimal same = unit.dimension() == first.dimension() ? converted(quantity, first, unit) : null;
            // Often the same quantity as the first unit's, where that is a patient's number.
            p.put("q_" + unit.name(), same != null && random.nextBoolean() && fits(same) ? same : decimal());
        }
        for (Unit unit : UNITS) {
            p.put("r_" + unit.name(), decimal());
        }
        for (Unit u : UNITS) {
            // The sum of q_u and some q_v in u's unit, or a hair beside it, as r_u.
            Unit v = UNITS.get(random.nextInt(UNITS.size()));
            if (v.dimension() == u.dimension() && random.nextBoolean()) {
                p.put("r_" + u.name(), beside(p.get("q_" + u.name()).add(converted(p.get("q_" + v.name()), v, u))));
            }
        }
        return p;
    }

    /** {@code x} to 15 digits, or that a last digit up or down: a number a patient record can hold. */
    private BigDecimal beside(BigDecimal x) {
        BigDecimal near = x.round(PATIENT_DIGITS);
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(near.precision() - near.scale() - 15);
        return switch (random.nextInt(3)) {
            case 0 -> near;
            case 1 -> near.add(step).round(PATIENT_DIGITS);
            default -> near.subtract(step).round(PATIENT_DIGITS);
        };
    }

    /** A random decimal of at most 15 significant digits: as clinicians write them, or of any scale and sign. */
    private BigDecimal decimal() {
        BigDecimal value = switch (random.nextInt(3)) {
            case 0 -> BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3));
            case 1 -> new BigDecimal(new BigInteger(1 + random.nextInt(49), random), random.nextInt(30) - 10);
            default -> BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L, random.nextInt(20) - 2);
        };
        value = value.round(PATIENT_DIGITS);
        return random.nextBoolean() ? value : value.negate();
    }

    private static boolean fits(BigDecimal x) {
        return x.stripTrailingZeros().precision() <= 15;
    }
}
