package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/** The guideline folders the Java back end is tested on, compiled clean or failing the test. */
final class TestGuidelines {
    static final Path SKETCH = Path.of("src/test/resources/sketch");
    /** Test guidelines importing each other in a diamond. */
    static final Path DIAMOND = Path.of("src/test/resources/java/diamond");

    private TestGuidelines() {}

    /** The repository's own guidelines ({@code guidelines/src/main/guide}), found through {@code guidelang.repo}. */
    static Path repository() {
        String repo = System.getProperty("guidelang.repo", "..");
        return Path.of(repo).resolve("guidelines/src/main/guide").normalize();
    }

    static Compilation sketch() {
        return compile(SKETCH);
    }

    static Compilation compile(Path folder) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            List<SourceFile> files = new SourceLoader(Path.of("")).load(List.of(folder), diagnostics);
            Compilation compilation = GuideCompiler.compile(files, diagnostics);
            StringBuilder report = new StringBuilder();
            compilation.diagnostics().stream().filter(d -> d.isError())
                    .forEach(d -> report.append(DiagnosticRenderer.render(d)));
            assertFalse(compilation.hasErrors(), report::toString);
            return compilation;
        } catch (SourceLoader.UnreadablePathException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static boolean repositoryPresent() {
        return Files.isDirectory(repository());
    }
}
