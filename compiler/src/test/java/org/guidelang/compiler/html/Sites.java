package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;

/** The sites the tests check: the sketch guidelines, and the NEN guidelines of the guidelines module. */
final class Sites {
    static final Path SKETCH = Path.of("src/test/resources/sketch");
    static final Path NEN = Path.of("../guidelines/src/main/guide");

    private Sites() {}

    /** Both sites, each as its name and files. */
    static List<Site> all() {
        return List.of(new Site("sketch", generate(SKETCH)), new Site("nen", generate(NEN)));
    }

    record Site(String name, List<GeneratedFile> files) {
        List<GeneratedFile> pages() {
            return files.stream().filter(f -> f.path().endsWith(".html")).toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<GeneratedFile> generate(Path folder) {
        return HtmlBackend.generate(compile(folder));
    }

    static Compilation compile(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compileClean(files);
    }

    static Compilation compileClean(List<SourceFile> files) {
        Compilation compilation = GuideCompiler.compile(files);
        StringBuilder report = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.isError()).forEach(d -> report.append(DiagnosticRenderer.render(d)));
        assertFalse(compilation.hasErrors(), report::toString);
        return compilation;
    }
}
