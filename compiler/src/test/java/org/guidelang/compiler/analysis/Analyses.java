package org.guidelang.compiler.analysis;

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
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Severity;
import org.guidelang.compiler.source.SourceFile;

/** Compiles guideline texts for the analysis tests and picks out the analysis's diagnostics. */
final class Analyses {
    static final Path RESOURCES = Path.of("src/test/resources");

    private Analyses() {}

    /** The guideline {@code t.guide} made of {@code members}, with a title and one source. */
    static String guideline(String members) {
        return "guideline t version 1.0.0 {\n"
                + "  title \"analysis test\"\n"
                + "  source s \"a source\"\n"
                + members
                + "}\n";
    }

    static Compilation compile(String... texts) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new SourceFile(i == 0 ? "t.guide" : "import" + i + ".guide", texts[i]));
        }
        return GuideCompiler.compile(files);
    }

    static Compilation compileFiles(Path... paths) {
        try {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                files.add(new SourceFile(path.getFileName().toString(), text));
            }
            return GuideCompiler.compile(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headlines of the GL7xx diagnostics but notes (GL712, where answers for missing data are
     * sound rather than exact: ExactnessNotesTest), failing if anything else is an error.
     */
    static List<String> findings(Compilation compilation) {
        StringBuilder errors = new StringBuilder();
        compilation.diagnostics().stream()
                .filter(d -> d.isError() && !d.code().id().startsWith("GL7"))
                .forEach(d -> errors.append(DiagnosticRenderer.render(d)));
        assertFalse(errors.length() > 0, errors::toString);
        return compilation.diagnostics().stream()
                .filter(d -> d.code().id().startsWith("GL7") && d.severity() != Severity.NOTE)
                .map(Diagnostic::headline)
                .toList();
    }

    static List<String> findings(String members) {
        return findings(compile(guideline(members)));
    }
}
