package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Files are parsed, and guidelines analysed and their conflicts proven, on the compiler's threads;
 * a compilation's result must not depend on which thread finished first.
 */
class CompilerThreadsTest {
    private static final Path CONFLICT = Path.of("src/test/resources/diagnostics/analysis-conflict-reached");
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    @Test
    void aCompilationGivesTheSameDiagnosticsInTheSameOrderEveryTime() throws IOException {
        List<SourceFile> files = new ArrayList<>(read(NEN));
        files.addAll(read(CONFLICT));
        Compilation first = GuideCompiler.compile(files);
        assertTrue(first.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.CONFLICT_REACHED),
                "the case proves a conflict reached: " + first.diagnostics());
        for (int i = 0; i < 5; i++) {
            Compilation again = GuideCompiler.compile(files);
            assertEquals(render(first.diagnostics()), render(again.diagnostics()));
            assertEquals(first.analyses().keySet(), again.analyses().keySet());
        }
        List<String> checked = first.guidelines().stream().map(CheckedGuideline::id).toList();
        assertEquals(checked, List.copyOf(first.analyses().keySet()), "analyses in import order, as the guidelines");
    }

    @Test
    void theEditorsPathParsingOnItsOwnThreadGivesTheSameResult() throws IOException {
        List<SourceFile> files = read(CONFLICT);
        Compilation parallel = GuideCompiler.compile(files);
        Compilation editor = GuideCompiler.compile(files, new ParsedSources());
        assertFalse(parallel.diagnostics().isEmpty());
        assertEquals(render(parallel.diagnostics()), render(editor.diagnostics()));
    }

    private static List<String> render(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.span().file().displayPath() + ":" + d.span().start() + " "
                + d.code().id() + " " + d.message() + " | " + d.hint()).toList();
    }

    private static List<SourceFile> read(Path folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.toString(), Files.readString(path)));
            }
        }
        return files;
    }
}
