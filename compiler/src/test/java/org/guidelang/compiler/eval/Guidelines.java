package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;

/** Compiles guideline texts for tests, failing loudly on any error. */
final class Guidelines {
    static final Path SKETCH = Path.of("src/test/resources/sketch");

    private Guidelines() {}

    static CheckedGuideline sketch(String id) {
        try {
            List<SourceFile> files = new ArrayList<>();
            for (String name : List.of("who_grading.guide", "milan_nen.guide")) {
                files.add(new SourceFile(name, Files.readString(SKETCH.resolve(name), StandardCharsets.UTF_8)));
            }
            return compile(files, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckedGuideline of(String id, String text) {
        return compile(List.of(new SourceFile(id + ".guide", text)), id);
    }

    private static CheckedGuideline compile(List<SourceFile> files, String id) {
        Compilation compilation = GuideCompiler.compile(files);
        StringBuilder report = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.isError()).forEach(d -> report.append(DiagnosticRenderer.render(d)));
        assertFalse(compilation.hasErrors(), report::toString);
        return compilation.guideline(id).orElseThrow();
    }
}
