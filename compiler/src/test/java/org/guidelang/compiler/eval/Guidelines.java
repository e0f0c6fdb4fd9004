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
import org.guidelang.compiler.source.SourceFile;

/** Compiles guideline texts for tests, failing loudly on any error, into interpreters of their analyses. */
final class Guidelines {
    static final Path SKETCH = Path.of("src/test/resources/sketch");

    private Guidelines() {}

    static Interpreter sketch(String id) {
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

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Interpreter of(String id, String text) {
        return compile(List.of(new SourceFile(id + ".guide", text)), id);
    }

    /** {@code id} among {@code texts}, one guideline each, as guidelines importing one another. */
    static Interpreter among(String id, String... texts) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new SourceFile("g" + i + ".guide", texts[i]));
        }
        return compile(files, id);
    }

    private static Interpreter compile(List<SourceFile> files, String id) {
        Compilation compilation = GuideCompiler.compile(files);
        StringBuilder report = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.isError()).forEach(d -> report.append(DiagnosticRenderer.render(d)));
        assertFalse(compilation.hasErrors(), report::toString);
        return new Interpreter(compilation.analysis(id));
    }
}
