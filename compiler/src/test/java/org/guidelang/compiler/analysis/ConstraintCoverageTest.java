package org.guidelang.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The coverage analysis looks for gaps, overlaps and witnesses only among patients that satisfy
 * the constraints between inputs, and constraints that no patient satisfies together are an
 * error (docs/language.md §5.1).
 */
class ConstraintCoverageTest {
    private static String guideline(String constraints) {
        return """
                guideline cleared version 1.0.0 {
                  title "Cleared"
                  source brief "NEN data dictionary"
                  input extrahepaticDiseaseCleared : boolean
                  input extrahepaticMetastases : boolean
                  %s
                  table plan : code { NO_TRANSPLANT, DISCUSS } hit unique {
                    when extrahepaticMetastases -> NO_TRANSPLANT
                    when extrahepaticDiseaseCleared and not extrahepaticMetastases -> DISCUSS
                    when not extrahepaticDiseaseCleared and not extrahepaticMetastases -> DISCUSS
                  } cite brief
                }
                """.formatted(constraints);
    }

    private static List<DiagnosticCode> codes(String text) {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("cleared.guide", text)));
        return compilation.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void overlapsAmongPatientsThatBreakAConstraintAreNotReported() {
        // Without the constraint, rules 1 and 2 cannot overlap anyway; make them overlap on the
        // patients the constraint refuses: cleared disease with metastases.
        String overlapping = guideline("").replace("when extrahepaticDiseaseCleared and not extrahepaticMetastases",
                "when extrahepaticDiseaseCleared");
        assertTrue(codes(overlapping).contains(DiagnosticCode.RULES_OVERLAP), codes(overlapping).toString());
        String constrained = guideline("""
                constraint clearedMeansNone "Cleared extrahepatic disease leaves no metastases." :
                    not (extrahepaticDiseaseCleared and extrahepaticMetastases) cite brief at "p. 1"
                """).replace("when extrahepaticDiseaseCleared and not extrahepaticMetastases",
                "when extrahepaticDiseaseCleared");
        assertEquals(List.of(), codes(constrained));
    }

    @Test
    void gapsAmongPatientsThatBreakAConstraintAreNotReported() {
        String gap = guideline("").replace("    when not extrahepaticDiseaseCleared and not extrahepaticMetastases -> DISCUSS\n", "");
        assertEquals(List.of(DiagnosticCode.TABLE_GAP), codes(gap));
        String constrained = guideline("""
                constraint onlyCleared "Only patients whose extrahepatic disease is cleared are assessed." :
                    extrahepaticDiseaseCleared cite brief at "p. 2"
                """).replace("    when not extrahepaticDiseaseCleared and not extrahepaticMetastases -> DISCUSS\n", "");
        assertEquals(List.of(), codes(constrained));
    }

    @Test
    void constraintsThatNoPatientSatisfiesTogetherAreAnError() {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("cleared.guide", guideline("""
                constraint onlyCleared "Only cleared disease." : extrahepaticDiseaseCleared cite brief at "p. 2"
                constraint neverCleared "Never cleared." : not extrahepaticDiseaseCleared cite brief at "p. 3"
                """))));
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(DiagnosticCode.CONTRADICTORY_CONSTRAINTS), errors.stream().map(Diagnostic::code).toList());
        String rendered = DiagnosticRenderer.render(errors.get(0));
        assertTrue(rendered.contains("no patient satisfies constraints `onlyCleared` and `neverCleared` together [GL430]"),
                rendered);
    }
}
