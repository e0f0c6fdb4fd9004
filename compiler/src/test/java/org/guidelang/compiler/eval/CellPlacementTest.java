package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.analysis.InputCells;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.Decimals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A generated evaluator remembers refined answers by the cells of a patient's given values
 * ({@code Completions.keyOf}), so placing a value in the wrong cell would hand one patient another's
 * answer. The oracle is {@link CompletePatientOracle}, written apart from the cells: for complete
 * patients over the boundary grid (every threshold, a hair and the nearest doubles either side, the
 * range ends), replacing any number by the representative of the cell it is placed in changes no
 * outcome and no constraint's verdict; patients whose numbers sit in different cells have
 * different keys.
 */
class CellPlacementTest {
    private static final Path NEN = Path.of("../guidelines/src/main/guide");
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 400 : 40;

    /** Thresholds no double stands for, units that differ from the threshold's, equality and ranges, negative numbers, counts. */
    private static final String EDGES = """
            guideline edges version 1.0.0 {
              title "edges"
              source s "S"
              input size : cm in [-5 cm, 10 cm]
              input months : months in [0, *)
              input count : count in [0, 30]
              input score : decimal
              input flag : boolean
              param limit = 1 year cite s
              constraint sane "a count of 30 has some size" : count < 30 or size > 0 cm cite s
              recommend a "a" when size <= 2.9999999999999999 cm and months < limit cite s
              recommend b "b" when size in [0.1 cm, 0.3 cm) or size = 7 cm or count > 2.5 cite s
              recommend c "c" when score > -0.0 and score <= 0.000000000000000000000000000000000001 and count != 4 cite s
              recommend d "d" when flag and months >= 0.1 years cite s
            }
            """;

    @TestFactory
    Stream<DynamicTest> nenGuidelinesPlaceEveryValueInTheRightCell() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(NEN)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.getFileName().toString(), Files.readString(path)));
            }
        }
        Compilation compilation = GuideCompiler.compile(files);
        assertTrue(!compilation.hasErrors(), "the NEN guidelines check clean");
        return compilation.guidelines().stream().map(g -> DynamicTest.dynamicTest(g.id(), () -> check(g)));
    }

    @Test
    void edgeThresholdsPlaceEveryValueInTheRightCell() {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("edges.guide", EDGES)));
        assertTrue(!compilation.hasErrors(), () -> compilation.diagnostics().toString());
        CheckedGuideline g = compilation.guideline("edges").orElseThrow();
        check(g);
        Completions cells = InputCells.of(g);
        // 2.9999999999999999 is no double: 2.9999999999999996 is below it, 3 above, and no double is on it.
        int size = index(g, "size");
        assertNotEquals(cells.cellOf(size, Math.nextDown(3.0)), cells.cellOf(size, 3.0));
        assertEquals(cells.cellOf(size, 3.0), cells.cellOf(size, 5.0));
        // -0.0 is 0.0.
        int score = index(g, "score");
        assertEquals(cells.cellOf(score, 0.0), cells.cellOf(score, -0.0));
        assertNotEquals(cells.cellOf(score, 0.0), cells.cellOf(score, 1.0));
        // Twelve months is one year.
        int months = index(g, "months");
        assertNotEquals(cells.cellOf(months, 11.0), cells.cellOf(months, 12.0));
    }

    private static int index(CheckedGuideline g, String input) {
        return g.inputs().stream().map(InputDecl::name).toList().indexOf(input);
    }

    private static void check(CheckedGuideline g) {
        Map<String, List<Object>> grid = ExactAnswersBruteForce.grid(g);
        Completions cells = InputCells.of(g);
        Random random = new Random(g.id().hashCode());
        List<InputDecl> inputs = g.inputs();
        for (int n = 0; n < PATIENTS; n++) {
            Map<String, Object> patient = new LinkedHashMap<>();
            for (InputDecl input : inputs) {
                List<Object> values = grid.get(input.name());
                patient.put(input.name(), values.get(random.nextInt(values.size())));
            }
            Map<String, Object> expected = outcomes(g, patient);
            for (int i = 0; i < inputs.size(); i++) {
                if (!cells.splits(i)) {
                    continue;
                }
                String name = inputs.get(i).name();
                for (Object value : grid.get(name)) {
                    Object given = value instanceof BigDecimal d ? (Object) d.doubleValue() : value;
                    int cell = cells.cellOf(i, given);
                    String where = g.id() + "." + name + " = " + value;
                    assertTrue(cell >= 0, where + " has no cell");
                    Object representative = cells.cells(i).get(cell);
                    Map<String, Object> withValue = new HashMap<>(patient);
                    withValue.put(name, value);
                    Map<String, Object> withRepresentative = new HashMap<>(patient);
                    withRepresentative.put(name, representative instanceof Double d ? Decimals.of(d) : representative);
                    assertEquals(outcomes(g, withValue), outcomes(g, withRepresentative),
                            where + " answers as its cell's representative " + representative + ", beside " + patient);
                    assertEquals(cells.keyOf(engineView(g, withValue)), cells.keyOf(engineView(g, withRepresentative)),
                            where);
                }
            }
            assertEquals(expected, outcomes(g, patient));
        }
    }

    /** The complete patient's outcomes and whether it satisfies the constraints, by the oracle. */
    private static Map<String, Object> outcomes(CheckedGuideline g, Map<String, Object> patient) {
        CompletePatientOracle oracle = new CompletePatientOracle(patient, new HashSet<>());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : g.outcomes()) {
            outcomes.put(outcome.name(), oracle.outcome(g, outcome));
        }
        outcomes.put("<constraints>", oracle.satisfiesConstraints(g));
        return outcomes;
    }

    private static Object[] engineView(CheckedGuideline g, Map<String, Object> patient) {
        Object[] values = new Object[g.inputs().size()];
        for (int i = 0; i < values.length; i++) {
            Object value = patient.get(g.inputs().get(i).name());
            values[i] = value instanceof BigDecimal d ? (Object) d.doubleValue() : value;
        }
        return values;
    }
}
