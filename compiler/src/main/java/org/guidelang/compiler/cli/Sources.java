package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.Suggestions;

/** Loads and compiles the paths a command was given; every command starts here. */
final class Sources {
    private Sources() {}

    /**
     * The guideline a command asked for, or, when there is none, the exit code that says why
     * (the reason is already printed): exactly one of the two is set.
     */
    record Found(Compilation compilation, GuidelineAnalysis analysis, int exitCode) {
        /** The guideline {@code id} of a compilation (kept for what it imports: batch compiles them all). */
        static Found of(Compilation compilation, String id) {
            return new Found(compilation, compilation.analysis(id), Guidec.OK);
        }

        static Found none(int exitCode) {
            return new Found(null, null, exitCode);
        }

        boolean found() {
            return analysis != null;
        }

        CheckedGuideline guideline() {
            return analysis.guideline();
        }
    }

    /**
     * The checked guideline {@code id} from {@code paths}, or with {@code id} null the only
     * guideline they hold. When there is none, prints why (diagnostics, I/O problem, an unknown
     * id, or several guidelines to choose from) and answers the exit code instead.
     */
    static Found guideline(List<Path> paths, String id, PrintWriter err) {
        Optional<Compilation> loaded = compile(paths, err);
        if (loaded.isEmpty()) {
            return Found.none(Guidec.USAGE);
        }
        Compilation compilation = loaded.get();
        if (compilation.hasErrors()) {
            DiagnosticListing.print(compilation.diagnostics(), DiagnosticListing.DEFAULT_LIMIT, err);
            err.println("guidec: the guidelines have errors; fix them first (see `guidec check`)");
            boolean unreadable = compilation.diagnostics().stream()
                    .anyMatch(d -> d.code() == DiagnosticCode.UNREADABLE_FILE);
            return Found.none(unreadable ? Guidec.USAGE : Guidec.ERRORS); // an unreadable file is an I/O problem
        }
        if (id == null) {
            return only(compilation, err);
        }
        Optional<CheckedGuideline> found = compilation.guideline(id);
        if (found.isEmpty()) {
            List<String> ids = compilation.guidelines().stream().map(g -> g.id()).toList();
            String hint = Suggestions.closest(id, ids).map(s -> "did you mean " + s + "? ").orElse("");
            err.println("guidec: no guideline `" + id + "` in the given paths; " + hint
                    + (ids.isEmpty() ? "they hold no guideline" : "the guidelines are: " + String.join(", ", ids)));
            return Found.none(Guidec.USAGE);
        }
        return Found.of(compilation, found.get().id());
    }

    /** The one guideline of a compilation; with none or several, the exit code after saying which to choose. */
    private static Found only(Compilation compilation, PrintWriter err) {
        List<String> ids = compilation.guidelines().stream().map(g -> g.id()).sorted().toList();
        if (ids.size() == 1) {
            return Found.of(compilation, compilation.guidelines().get(0).id());
        }
        err.println(ids.isEmpty()
                ? "guidec: the given paths hold no guideline"
                : "guidec: the given paths hold " + ids.size() + " guidelines; choose one with --guideline ID: "
                        + String.join(", ", ids));
        return Found.none(Guidec.USAGE);
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
