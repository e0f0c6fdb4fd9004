package org.guidelang.guidelines;

import java.nio.file.Path;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/** The NEN guideline sources of this module, compiled once for all the tests that read them. */
final class NenGuidelines {
    /** Relative to the module folder, where Maven runs the tests. */
    static final Path SOURCES = Path.of("src/main/guide");

    private static Compilation compilation;

    private NenGuidelines() {}

    static synchronized Compilation compilation() {
        if (compilation == null) {
            Diagnostics diagnostics = new Diagnostics();
            try {
                List<SourceFile> files = new SourceLoader(Path.of("")).load(List.of(SOURCES), diagnostics);
                compilation = GuideCompiler.compile(files, diagnostics);
            } catch (SourceLoader.UnreadablePathException e) {
                throw new IllegalStateException("cannot read " + SOURCES.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return compilation;
    }
}
