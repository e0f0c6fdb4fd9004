package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

/** The well-formed sketches are the other half of the diagnostics corpus: they give no diagnostic at all. */
class SketchChecksCleanTest {

    @Test
    void theReferenceSketchGivesNoDiagnostic() throws Exception {
        Compilation compilation = compile("src/test/resources/sketch");
        assertEquals("", rendered(compilation.diagnostics()));
        assertEquals(List.of("who_grading", "milan_nen"),
                compilation.guidelines().stream().map(g -> g.id()).toList());
    }

    /**
     * DESIGN.md's sketch, in the final syntax. Its table has a gap that the table analysis
     * (GL7xx) is meant to report, so only the front end's codes must be absent.
     */
    @Test
    void theDesignSketchGivesNoFrontEndDiagnostic() throws Exception {
        Compilation compilation = compile("src/test/resources/design");
        List<Diagnostic> frontEnd = compilation.diagnostics().stream()
                .filter(d -> d.code().id().compareTo("GL700") < 0)
                .toList();
        assertEquals("", rendered(frontEnd));
        assertTrue(compilation.guideline("who_grading_design").isPresent());
    }

    private static Compilation compile(String folder) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        var files = new SourceLoader(Path.of("")).load(List.of(Path.of(folder)), diagnostics);
        return GuideCompiler.compile(files, diagnostics);
    }

    private static String rendered(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticRenderer::render).collect(Collectors.joining());
    }
}
