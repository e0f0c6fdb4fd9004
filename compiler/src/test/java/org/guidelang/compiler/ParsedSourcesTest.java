package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Compiling again with the parse results of unchanged files gives what a compilation from scratch gives. */
class ParsedSourcesTest {
    private static final String GRADE = """
            guideline grade version 1.0.0 {
              title "Grade"
              source s "A source."
              input ki67 : percent in [0, 100]
              table grade : code { LOW, HIGH } hit first {
                when ki67 < 3% -> LOW
                when ki67 < 2% -> LOW
                otherwise -> HIGH
              } cite s
            }
            """;
    private static final String PLAN = """
            guideline plan version 1.0.0 {
              title "Plan"
              source s "A source."
              import grade
              table plan : code { WATCH, TREAT } hit first {
                when grade.grade = LOW -> WATCH
                otherwise -> TREAT
              } cite s
            }
            """;

    @Test
    void anUnchangedFileIsNotParsedAgainAndItsFindingsStay() {
        ParsedSources parses = new ParsedSources();
        List<SourceFile> files = new ArrayList<>(List.of(new SourceFile("grade.guide", GRADE),
                new SourceFile("plan.guide", PLAN)));
        Compilation first = GuideCompiler.compile(files, parses);
        files.set(1, new SourceFile("plan.guide", PLAN + "// edited\n"));
        Compilation second = GuideCompiler.compile(files, parses);

        assertSame(first.syntax(files.get(0)).orElseThrow(), second.syntax(files.get(0)).orElseThrow());
        assertNotSame(first.syntax().get(1), second.syntax(files.get(1)).orElseThrow());
        // The hidden rule of the unchanged file is still reported, exactly as from scratch.
        assertEquals(render(GuideCompiler.compile(files)), render(second));
        assertEquals(1, second.warningCount(), render(second));
    }

    @Test
    void syntaxErrorsOfAnUnchangedFileAreReportedEveryTime() {
        ParsedSources parses = new ParsedSources();
        List<SourceFile> files = List.of(new SourceFile("grade.guide", GRADE.replace("input ki67", "input ki67 ::")));
        String fromScratch = render(GuideCompiler.compile(files));
        assertEquals(fromScratch, render(GuideCompiler.compile(files, parses)));
        assertEquals(fromScratch, render(GuideCompiler.compile(files, parses)));
        assertTrue(GuideCompiler.compile(files, parses).hasErrors());
    }

    private static String render(Compilation compilation) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : compilation.diagnostics()) {
            out.append(d.headline()).append('\n');
        }
        return out.append(compilation.guidelines().stream().map(g -> g.id()).toList()).toString();
    }
}
