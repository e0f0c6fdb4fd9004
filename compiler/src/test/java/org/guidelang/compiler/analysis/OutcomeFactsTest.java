package org.guidelang.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.junit.jupiter.api.Test;

/** What the analysis proves of outcomes, kept by the compilation and read from typed findings. */
class OutcomeFactsTest {
    private static final String BASE = Analyses.guideline("""
              input ki67 : percent in [0, 100]
              input a : integer in [0, 10]
              input b : integer in [1, 10]
              table covered : code { LOW, HIGH } hit first {
                when ki67 < 20% -> LOW
                when ki67 >= 20% -> HIGH
              } cite s
              table gappy : code { G_LOW, G_HIGH } hit first {
                when ki67 < 3% -> G_LOW
                when ki67 > 3% -> G_HIGH
              } cite s
              table divided : code { D_LOW, D_HIGH } hit first {
                when a / b < 2 -> D_LOW
                when a / b >= 2 -> D_HIGH
              } cite s
              table beyond : code { B_LOW, B_HIGH } hit first {
                when a < b -> B_LOW
                when ki67 > 50% -> B_HIGH
              } cite s
              recommend onCovered "on covered" when covered = HIGH cite s
              recommend onGappy "on gappy" when gappy = G_HIGH cite s
            """);
    private static final String IMPORTER = """
            guideline u version 1.0.0 {
              title "importer"
              source s "a source"
              import t as base
              recommend viaCovered "via covered" when base.covered = LOW cite s
              recommend viaGappy "via gappy" when base.gappy = G_LOW cite s
            }
            """;

    @Test
    void theCompilationKeepsWhichOutcomesAreDecidedForEveryCompletePatient() {
        Compilation compilation = Analyses.compile(BASE, IMPORTER);
        Analyses.findings(compilation); // no error but the analysis's
        OutcomeFacts t = compilation.analysis("t").outcomes();
        assertEquals("t", t.guideline());
        assertEquals(Set.of("covered", "onCovered"), t.totalOutcomes());
        OutcomeFacts u = compilation.analysis("u").outcomes();
        assertEquals(Set.of("viaCovered"), u.totalOutcomes());
        assertSame(t, u.of("t"));
        assertSame(u, u.of("u"));
        assertThrows(IllegalArgumentException.class, () -> t.of("u"));
        assertThrows(IllegalArgumentException.class, () -> compilation.analysis("v"));
    }

    @Test
    void findingsNameTheOutcomeTheyConcernAsData() {
        Compilation compilation = Analyses.compile(BASE);
        Analyses.findings(compilation); // no error but the analysis's
        GuidelineAnalysis analysis = compilation.analysis("t");
        CheckedGuideline guideline = analysis.guideline();
        List<Finding> findings = analysis.findings();
        Finding.Gap gap = findings.stream().filter(Finding.Gap.class::isInstance).map(Finding.Gap.class::cast)
                .findFirst().orElseThrow();
        assertSame(guideline.outcome("gappy").orElseThrow(), gap.subject());
        List<Finding.Inconclusive> inconclusive = findings.stream().filter(Finding.Inconclusive.class::isInstance)
                .map(Finding.Inconclusive.class::cast).toList();
        assertEquals(List.of("divided", "beyond"), inconclusive.stream().map(f -> f.subject().name()).toList());
        for (Finding.Inconclusive finding : inconclusive) {
            assertSame(guideline.outcome(finding.subject().name()).orElseThrow(), finding.subject());
            assertTrue(finding.coverage());
            assertFalse(analysis.outcomes().isTotal(finding.subject()));
        }
        assertEquals(List.of(), findings.stream().filter(f -> f.subject() == guideline.outcome("covered").get())
                .toList());
    }
}
