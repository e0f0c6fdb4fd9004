package org.guidelang.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.source.SourceFile;

/** A small guideline with one of everything, and versions of it with one thing changed. */
final class Demo {
    static final String V1 = """
            guideline demo version 1.0.0 {
              title "Demo"
              status draft
              source s "Source S"

              input ki67 : percent in [0, 100] "Ki-67"
              input grade : code { LOW "Low", HIGH "High" }

              param limit = 20% cite s

              define high = ki67 > limit

              table band "Band" : code { A, B, C } hit first {
                when high -> A
                when grade = HIGH -> B
                otherwise -> C
              } cite s
              criteria ok require all {
                criterion lowKi "Low Ki-67": ki67 < 50%
              } outcome {
                met YES
                unmet NO
              } cite s
              recommend act "Act." when band = A strength strong evidence low cite s

              example "high Ki-67" {
                given ki67 = 30%, grade = LOW
                expect band = A
              }
              example "middle Ki-67" {
                given ki67 = 15%, grade = LOW
                expect band = C
              }
            }
            """;

    private Demo() {}

    /** V1 with {@code from} replaced by {@code to} (which must occur). */
    static String v1With(String from, String to) {
        assertTrue(V1.contains(from), from);
        return V1.replace(from, to);
    }

    static GuidelineAnalysis compile(String text) {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("demo.guide", text)));
        StringBuilder errors = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.isError()).forEach(d -> errors.append(DiagnosticRenderer.render(d)));
        assertFalse(compilation.hasErrors(), errors::toString);
        return compilation.analysis("demo");
    }

    static GuidelineDiff.Report diff(String old, String now) {
        return GuidelineDiff.compare(compile(old), compile(now));
    }

    /** The change lines of a diff of V1 against V1 changed so. */
    static List<String> lines(String from, String to) {
        return diff(V1, v1With(from, to)).changes().stream().map(c -> c.bump().word() + " " + c.line()).toList();
    }
}
