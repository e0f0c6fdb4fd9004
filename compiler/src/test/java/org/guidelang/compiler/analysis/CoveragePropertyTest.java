package org.guidelang.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputValidator;
import org.junit.jupiter.api.Test;

/**
 * The analysis against brute force: random tables, each evaluated by the reference interpreter
 * on a grid holding every boundary value, a point between each two, and points beyond (for whole
 * numbers: every value of the declared range). Since every rule is a union of boxes whose ends
 * are boundary values, each non-empty region of the analysis contains a grid point, so the two
 * must agree exactly on gaps, overlaps, unreachable rules and never or always true conditions;
 * and every witness must be a valid patient for whom the claim holds.
 *
 * <p>Seeded and deterministic; {@code -Dguidelang.long=true} checks 100,000 tables instead of 3,000.
 */
class CoveragePropertyTest {
    /** Time spent compiling, analysing and brute-forcing, for the summary line. */
    private static final long[] NANOS = new long[3];
    private static final long SEED = 20_261_201L;
    private static final int TABLES = Boolean.getBoolean("guidelang.long") ? 100_000 : 3_000;

    @Test
    void theAnalysisAgreesWithBruteForceOnRandomTables() {
        long started = System.nanoTime();
        long patients = 0;
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int n = 0; n < TABLES; n++) {
            RandomTable table = new RandomTable(new Random(SEED + n));
            patients += check(table, n, seen);
        }
        // The generator must exercise every feature, and the tables every kind of finding.
        List<String> expected = new ArrayList<>(List.of("param", " * 2 ", "10 - ", " years", " not in ", " in {",
                "hit unique", "hit first", "otherwise", "Gap", "Overlap", "Unreachable", "OtherwiseUnreachable",
                "NeverTrue", "AlwaysTrue"));
        for (RandomTable.Kind kind : RandomTable.Kind.values()) {
            expected.add(kind.name());
        }
        for (String feature : expected) {
            assertTrue(seen.getOrDefault(feature, 0) >= 20, feature + " in only " + seen.get(feature) + " tables");
        }
        System.out.println("CoveragePropertyTest: tables by feature and finding " + seen);
        System.out.printf("CoveragePropertyTest: %d tables, %d grid patients, %.1f s (compiling %.1f s, analysing "
                + "%.1f s, brute force %.1f s)%n", TABLES, patients, (System.nanoTime() - started) / 1e9,
                NANOS[0] / 1e9, NANOS[1] / 1e9, NANOS[2] / 1e9);
    }

    private static long check(RandomTable table, int n, Map<String, Integer> seen) {
        String text = table.text();
        long t0 = System.nanoTime();
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("g.guide", text)));
        if (compilation.hasErrors()) {
            StringBuilder errors = new StringBuilder();
            compilation.diagnostics().forEach(d -> errors.append(DiagnosticRenderer.render(d)));
            fail("table " + n + " does not compile:\n" + text + errors);
        }
        CheckedGuideline guideline = compilation.guideline("g").orElseThrow();
        Interpreter interpreter = new Interpreter(compilation.analysis("g"));
        int rules = table.conditions.size();
        long t1 = System.nanoTime();
        List<Finding> findings = CoverageAnalysis.findings(guideline);
        for (String feature : List.of("param", " * 2 ", "10 - ", " years", " not in ", " in {", "hit unique",
                "hit first", "otherwise")) {
            if (text.contains(feature)) {
                seen.merge(feature, 1, Integer::sum);
            }
        }
        table.inputs.stream().map(i -> i.kind().name()).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        findings.stream().map(f -> f.getClass().getSimpleName()).distinct()
                .forEach(kind -> seen.merge(kind, 1, Integer::sum));
        long t2 = System.nanoTime();
        NANOS[0] += t1 - t0;
        NANOS[1] += t2 - t1;

        List<Map<String, Object>> grid = grid(table);
        Set<Integer> everTrue = new TreeSet<>();
        Set<Integer> alwaysTrue = new TreeSet<>();
        Set<Integer> first = new TreeSet<>();
        Set<String> overlaps = new TreeSet<>();
        boolean gap = false;
        for (int i = 1; i <= rules; i++) {
            alwaysTrue.add(i);
        }
        for (Map<String, Object> patient : grid) {
            boolean[] holds = holds(interpreter, patient, rules);
            int firstTrue = 0;
            for (int i = 1; i <= rules; i++) {
                if (holds[i]) {
                    everTrue.add(i);
                    firstTrue = firstTrue == 0 ? i : firstTrue;
                } else {
                    alwaysTrue.remove(i);
                }
                for (int j = i + 1; j <= rules; j++) {
                    if (holds[i] && holds[j] && !table.outputs.get(i - 1).equals(table.outputs.get(j - 1))) {
                        overlaps.add(i + "&" + j);
                    }
                }
            }
            first.add(firstTrue);
            gap |= firstTrue == 0;
        }

        Set<Integer> expectedNever = new TreeSet<>();
        Set<Integer> expectedUnreachable = new TreeSet<>();
        for (int i = 1; i <= rules; i++) {
            if (!everTrue.contains(i)) {
                expectedNever.add(i);
            } else if (!table.unique && !first.contains(i)) {
                expectedUnreachable.add(i);
            }
        }
        Set<Integer> never = new TreeSet<>();
        Set<Integer> neverRecommendations = new TreeSet<>();
        Set<Integer> alwaysRecommendations = new TreeSet<>();
        Set<Integer> unreachable = new TreeSet<>();
        Set<String> overlapping = new TreeSet<>();
        boolean gapFound = false;
        boolean otherwiseUnreachable = false;
        Supplier<String> context = () -> {
            StringBuilder out = new StringBuilder("table " + n + ":\n" + text + "findings:\n");
            findings.forEach(f -> out.append(FindingReporter.diagnostic(f).headline()).append('\n'));
            return out.toString();
        };
        for (Finding finding : findings) {
            if (finding instanceof Finding.NeverTrue f && f.element().startsWith("rule ")) {
                never.add(Integer.parseInt(f.element().split(" ")[1]));
            } else if (finding instanceof Finding.NeverTrue f && f.element().contains("recommendation `r")) {
                neverRecommendations.add(recommendation(f.element()));
            } else if (finding instanceof Finding.AlwaysTrue f && f.element().contains("recommendation `r")) {
                alwaysRecommendations.add(recommendation(f.element()));
            } else if (finding instanceof Finding.Unreachable u) {
                unreachable.add(u.rule().number());
            } else if (finding instanceof Finding.Overlap o) {
                overlapping.add(o.first().number() + "&" + o.second().number());
                boolean[] holds = holds(interpreter, valid(guideline, o.witness(), context), rules);
                assertTrue(holds[o.first().number()] && holds[o.second().number()],
                        () -> "overlap witness\n" + context.get());
            } else if (finding instanceof Finding.Gap g) {
                gapFound = true;
                boolean[] holds = holds(interpreter, valid(guideline, g.witness(), context), rules);
                for (int i = 1; i <= rules; i++) {
                    int rule = i;
                    assertTrue(!holds[i], () -> "gap witness meets rule " + rule + "\n" + context.get());
                }
            } else if (finding instanceof Finding.OtherwiseUnreachable) {
                otherwiseUnreachable = true;
            } else if (finding instanceof Finding.Inconclusive || finding instanceof Finding.TooComplex) {
                fail("every generated condition is within the analysis\n" + context.get());
            }
        }
        assertEquals(expectedNever, never, () -> "rules that never hold\n" + context.get());
        assertEquals(expectedNever, neverRecommendations, () -> "recommendations that never apply\n" + context.get());
        Set<Integer> expectedAlways = new TreeSet<>(alwaysTrue);
        assertEquals(expectedAlways, alwaysRecommendations,
                () -> "recommendations that always apply\n" + context.get());
        assertEquals(expectedUnreachable, unreachable, () -> "unreachable rules\n" + context.get());
        assertEquals(table.unique ? overlaps : Set.of(), overlapping, () -> "overlaps\n" + context.get());
        assertEquals(gap && table.otherwise == null, gapFound, () -> "gap\n" + context.get());
        assertEquals(!gap && table.otherwise != null, otherwiseUnreachable,
                () -> "unreachable otherwise\n" + context.get());
        NANOS[2] += System.nanoTime() - t2;
        return grid.size();
    }

    private static int recommendation(String element) {
        int start = element.indexOf("`r") + 2;
        return Integer.parseInt(element.substring(start, element.indexOf('`', start)));
    }

    /** The witness, checked to be a patient the runtime accepts. */
    private static Map<String, Object> valid(CheckedGuideline guideline, Witness witness, Supplier<String> context) {
        var specs = guideline.inputs().stream().map(i -> i.spec()).toList();
        var validation = InputValidator.validate(witness.patient(), specs);
        assertTrue(validation.isValid(),
                () -> "invalid witness " + witness + ": " + validation.errors() + "\n" + context.get());
        return witness.patient();
    }

    /** {@code holds[i]}: whether rule i holds for the patient, as the interpreter decides it. */
    private static boolean[] holds(Interpreter interpreter, Map<String, Object> patient, int rules) {
        EvaluationResult result = interpreter.evaluate(patient);
        boolean[] holds = new boolean[rules + 1];
        for (int i = 1; i <= rules; i++) {
            Object value = result.outcome("r" + i).orElseThrow().value();
            holds[i] = Boolean.TRUE.equals(value);
        }
        return holds;
    }

    /** Every combination of the inputs' grid values. */
    private static List<Map<String, Object>> grid(RandomTable table) {
        List<Map<String, Object>> patients = new ArrayList<>();
        patients.add(new LinkedHashMap<>());
        for (RandomTable.Input input : table.inputs) {
            List<Object> values = values(input, table.constants.get(input.name()));
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> patient : patients) {
                for (Object value : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(patient);
                    extended.put(input.name(), value);
                    next.add(extended);
                }
            }
            patients = next;
        }
        return patients;
    }

    private static List<Object> values(RandomTable.Input input, Set<Double> constants) {
        return switch (input.kind()) {
            case CODE -> new ArrayList<>(RandomTable.CODES);
            case BOOLEAN -> List.of(true, false);
            default -> numbers(input, constants);
        };
    }

    private static List<Object> numbers(RandomTable.Input input, Set<Double> constants) {
        TreeSet<Double> points = new TreeSet<>();
        if (input.whole()) {
            for (double x = input.lo(); x <= input.hi(); x++) {
                points.add(x);
            }
        } else {
            TreeSet<Double> bounds = new TreeSet<>(constants);
            bounds.add(input.lo());
            if (input.hi() != Double.POSITIVE_INFINITY) {
                bounds.add(input.hi());
            }
            Double previous = null;
            for (double b : bounds) {
                points.add(b);
                if (previous != null) {
                    points.add((previous + b) / 2);
                }
                previous = b;
            }
            points.add(bounds.first() - 1);
            points.add(bounds.last() + 1);
        }
        List<Object> inRange = new ArrayList<>();
        for (double x : points) {
            boolean aboveLo = input.loClosed() ? x >= input.lo() : x > input.lo();
            boolean belowHi = input.hiClosed() ? x <= input.hi() : x < input.hi();
            if (aboveLo && belowHi) {
                inRange.add(x);
            }
        }
        return inRange;
    }
}
