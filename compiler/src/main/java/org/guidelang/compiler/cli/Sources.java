package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/** Loads and compiles the paths a command was given; every command starts here. */
final class Sources {
    private static final ThreadLocal<Integer> LAST_EXIT = ThreadLocal.withInitial(() -> Guidec.OK);

    private Sources() {}

    /** The exit code that goes with the last empty answer of {@link #guideline}. */
    static int lastExitCode() {
        return LAST_EXIT.get();
    }

    /**
     * The checked guideline {@code id} from {@code paths}, with its analysis. When there is none,
     * prints why (diagnostics, I/O problem, or an unknown id) and answers empty.
     */
    static Optional<org.guidelang.compiler.analysis.GuidelineAnalysis> guideline(
            List<Path> paths, String id, PrintWriter out, PrintWriter err) {
        Optional<Compilation> loaded = compile(paths, err);
        if (loaded.isEmpty()) {
            LAST_EXIT.set(Guidec.USAGE);
            return Optional.empty();
        }
        Compilation compilation = loaded.get();
        if (compilation.hasErrors()) {
            compilation.diagnostics().forEach(d -> err.print(
                    org.guidelang.compiler.diagnostics.DiagnosticRenderer.render(d)));
            err.println("guidec: the guidelines have errors; fix them first (see `guidec check`)");
            boolean unreadable = compilation.diagnostics().stream()
                    .anyMatch(d -> d.code() == org.guidelang.compiler.diagnostics.DiagnosticCode.UNREADABLE_FILE);
            LAST_EXIT.set(unreadable ? Guidec.USAGE : Guidec.ERRORS); // an unreadable file is an I/O problem
            return Optional.empty();
        }
        Optional<org.guidelang.compiler.model.CheckedGuideline> found = compilation.guideline(id);
        if (found.isEmpty()) {
            List<String> ids = compilation.guidelines().stream().map(g -> g.id()).toList();
            String hint = org.guidelang.runtime.Suggestions.closest(id, ids).map(s -> "did you mean " + s + "? ")
                    .orElse("");
            err.println("guidec: no guideline `" + id + "` in the given paths; " + hint
                    + (ids.isEmpty() ? "they hold no guideline" : "the guidelines are: " + String.join(", ", ids)));
            LAST_EXIT.set(Guidec.USAGE);
        }
        return found.map(g -> compilation.analysis(g.id()));
    }

    /** The compilation, or empty after printing an I/O problem (exit code 2). */
    static Optional<Compilation> compile(List<Path> paths, PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        return load(paths, diagnostics, err).map(files -> GuideCompiler.compile(files, diagnostics));
    }

    /**
     * The {@code .guide} files of {@code paths}, relative to the working folder, with what reading
     * them found added to {@code diagnostics}; empty after printing an I/O problem (exit code 2).
     */
    static Optional<List<SourceFile>> load(List<Path> paths, Diagnostics diagnostics, PrintWriter err) {
        try {
            return Optional.of(new SourceLoader(Path.of("")).load(paths, diagnostics));
        } catch (SourceLoader.UnreadablePathException e) {
            err.println("guidec: " + e.getMessage());
            return Optional.empty();
        }
    }
}
