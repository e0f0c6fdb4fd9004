package org.guidelang.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.junit.jupiter.api.Test;

/** Example and cohort impact: which patients change outcome between two versions, and how. */
class ImpactTest {
    private static final GuidelineAnalysis OLD = Demo.compile(Demo.V1);
    private static final GuidelineAnalysis NEW = Demo.compile(Demo.v1With("param limit = 20%", "param limit = 10%"));

    @Test
    void examplesOfEitherVersionAreRunThroughBoth() {
        List<ExampleImpact.ExampleChange> changes = ExampleImpact.of(OLD, NEW);
        // "middle Ki-67" (15%) is above the new 10% limit; "high Ki-67" (30%) was above both.
        assertEquals(List.of("example \"middle Ki-67\": band C → A, act false → true"),
                changes.stream().map(ExampleImpact.ExampleChange::line).toList());
    }

    @Test
    void anExampleOfOneVersionOnlyIsNamedSo() {
        GuidelineAnalysis withExtra = Demo.compile(Demo.v1With("param limit = 20%", "param limit = 10%").replace(
                "  example \"high", "  example \"Ki-67 12%\" {\n    given ki67 = 12%, grade = HIGH\n    expect band = A\n  }\n"
                        + "  example \"high"));
        assertEquals(List.of("example \"middle Ki-67\": band C → A, act false → true",
                "example \"Ki-67 12%\" (NEW only): band B → A, act false → true"),
                ExampleImpact.of(OLD, withExtra).stream().map(ExampleImpact.ExampleChange::line).toList());
    }

    @Test
    void aPatientTheOtherVersionRefusesIsReportedNotGuessed() {
        GuidelineAnalysis narrow = Demo.compile(Demo.v1With("in [0, 100]", "in [0, 20]").replace(
                "given ki67 = 30%", "given ki67 = 20%").replace("expect band = A", "expect band = C"));
        List<String> lines = ExampleImpact.of(OLD, narrow).stream().map(ExampleImpact.ExampleChange::line).toList();
        assertEquals(List.of("example \"high Ki-67\" (OLD only): its patient is refused by NEW: $.ki67: value 30 is out "
                + "of range [0, 20] (Ki-67)"), lines);
    }

    @Test
    void aCohortCountsEachMoveAndEveryInvalidRecord() {
        CohortImpact impact = new CohortImpact(OLD, NEW);
        int expectedMoves = 0;
        int expectedInvalid = 0;
        long line = 0;
        // Ki-67 from 0% to 40% by 0.5%, grade LOW: those in (10%, 20%] move from C to A.
        for (double ki67 = 0; ki67 <= 40; ki67 += 0.5) {
            Map<String, Object> patient = new HashMap<>();
            patient.put("ki67", ki67);
            patient.put("grade", "LOW");
            impact.patient(++line, patient);
            if (ki67 > 10 && ki67 <= 20) {
                expectedMoves++;
            }
        }
        impact.patient(++line, Map.of("ki67", 140.0));
        impact.patient(++line, Map.of("ki_67", 12.0));
        impact.unreadable(++line, "malformed JSON");
        expectedInvalid += 3;
        CohortImpact.Summary summary = impact.summary();
        assertEquals(line, summary.records());
        assertEquals(expectedInvalid, summary.invalid());
        assertEquals(line - expectedInvalid, summary.evaluated());
        assertEquals(Map.of("C → A", (long) expectedMoves), summary.transitions().get("band"));
        assertEquals(Map.of("false → true", (long) expectedMoves), summary.transitions().get("act"));
        assertEquals(Map.of(), summary.transitions().get("ok"));
        assertEquals(List.of("line 82: $.ki67: value 140 is out of range [0, 100] (Ki-67)",
                "line 83: $.ki_67: unknown input \"ki_67\"", "line 84: malformed JSON"), summary.invalidShown());
        assertTrue(summary.lines().contains("  band: 20 of 81 patients change"), summary.lines().toString());
    }

    @Test
    void anInputOnlyOneVersionDeclaresIsGivenToThatVersionOnly() {
        GuidelineAnalysis withAge = Demo.compile(Demo.v1With("  input grade", "  input age : years in [0, 120]\n  input grade"));
        CohortImpact impact = new CohortImpact(OLD, withAge);
        impact.patient(1, Map.of("ki67", 15.0, "grade", "LOW", "age", 50.0));
        assertEquals(0, impact.summary().invalid());
        assertEquals(1, impact.summary().evaluated());
    }
}
