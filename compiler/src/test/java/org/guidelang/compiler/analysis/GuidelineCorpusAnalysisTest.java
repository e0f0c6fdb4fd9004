package org.guidelang.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.DecisionTable;
import org.junit.jupiter.api.Test;

/**
 * The guidelines we ship are proven: the sketch guidelines and the NEN guidelines leave no
 * patient unclassified, have no overlapping, unreachable or trivial conditions.
 */
class GuidelineCorpusAnalysisTest {
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    @Test
    void theSketchGuidelinesHaveNoFindings() {
        Compilation compilation = Analyses.compileFiles(Analyses.RESOURCES.resolve("sketch/who_grading.guide"),
                Analyses.RESOURCES.resolve("sketch/milan_nen.guide"));
        assertEquals(2, compilation.guidelines().size());
        assertEquals(List.of(), Analyses.findings(compilation));
    }

    @Test
    void theNenGuidelinesHaveNoFindings() throws IOException {
        Path[] files = nenFiles();
        assertTrue(files.length > 0, "no NEN guidelines in " + NEN.toAbsolutePath());
        Compilation compilation = Analyses.compileFiles(files);
        assertEquals(files.length, compilation.guidelines().size());
        assertEquals(List.of(), Analyses.findings(compilation));
    }

    @Test
    void withoutTheirOtherwiseRulesSomeNenTablesWouldLeaveGaps() throws IOException {
        // Guard against a vacuous pass: without their `otherwise` rules, the tables that rely on
        // one are reported, each with a witness.
        Compilation compilation = Analyses.compileFiles(nenFiles());
        long tables = compilation.guidelines().stream().flatMap(g -> g.outcomes().stream())
                .filter(o -> o instanceof DecisionTable t && t.otherwise() != null)
                .count();
        long gaps = compilation.guidelines().stream()
                .flatMap(g -> g.outcomes().stream()
                        .filter(o -> o instanceof DecisionTable t && t.otherwise() != null)
                        .map(o -> (DecisionTable) o)
                        .map(t -> new DecisionTable(t.name(), t.label(), t.codes(), t.policy(), t.rules(), null,
                                t.citations(), t.span()))
                        .map(t -> withOutcome(g, t)))
                .flatMap(g -> CoverageAnalysis.findings(g).stream())
                .filter(Finding.Gap.class::isInstance)
                .count();
        assertTrue(tables > 0);
        assertTrue(gaps > 0, "no table relies on its otherwise rule");
    }

    private static Path[] nenFiles() throws IOException {
        try (Stream<Path> listing = Files.list(NEN)) {
            return listing.filter(p -> p.toString().endsWith(".guide")).sorted().toArray(Path[]::new);
        }
    }

    /** {@code g} with {@code table} as its only outcome. */
    private static CheckedGuideline withOutcome(
            CheckedGuideline g, DecisionTable table) {
        return new CheckedGuideline(g.id(), g.version(), g.title(), g.status(),
                g.authors(), g.committee(), g.issued(), g.updated(), g.description(), g.sources(), g.imports(),
                g.inputs(), g.params(), g.definitions(), List.of(table), g.examples(), g.span());
    }
}
