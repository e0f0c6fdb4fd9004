package org.guidelang.guidelines;

import java.nio.file.Path;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.GuidelineEvaluator;

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

    /** The generated class of guideline {@code id}: {@code milan_nen} is {@code org.guidelang.nen.MilanNen}. */
    static GuidelineEvaluator evaluator(String id) {
        StringBuilder name = new StringBuilder("org.guidelang.nen.");
        for (String part : id.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        try {
            return (GuidelineEvaluator) Class.forName(name.toString()).getMethod("evaluator").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no generated evaluator " + name, e);
        }
    }
}
