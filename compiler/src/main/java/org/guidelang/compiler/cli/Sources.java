package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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

    /**
     * As {@link #guideline}, but for a command that needs one guideline only ({@code batch}):
     * checks just the guideline {@code id} and what it imports, when their files can be told
     * without parsing the others — by the convention that a guideline's file is named after it
     * ({@code who_grading.guide}) and no other file declares one of those ids. Checking the nine
     * NEN guidelines costs a batch about a second and a half of CPU when only two are needed.
     * The answer is the one the whole folder gives: a guideline is checked against its imports
     * only, and whenever the files cannot be told apart, or the guideline or one of its imports
     * has an error, the whole folder is compiled and reported as {@link #guideline} does. Errors
     * in files the guideline does not need do not stop the command.
     */
    static Found guidelineWithImports(List<Path> paths, String id, PrintWriter err) {
        if (id == null) {
            return guideline(paths, id, err);
        }
        Diagnostics loading = new Diagnostics();
        Optional<List<SourceFile>> files = load(paths, loading, err);
        if (files.isEmpty()) {
            return Found.none(Guidec.USAGE);
        }
        if (loading.sorted().isEmpty()) {
            Optional<Compilation> own = GuidelineFiles.of(files.get()).needed(id)
                    .map(needed -> GuideCompiler.compile(List.copyOf(needed.values())));
            if (own.isPresent() && !own.get().hasErrors() && own.get().guideline(id).isPresent()) {
                return Found.of(own.get(), id);
            }
        }
        return guideline(paths, id, err);
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
        return compile(paths, err, null);
    }

    /** As {@link #compile(List, PrintWriter)}, warning about guidelines past their review date on {@code today} (null: not compared). */
    static Optional<Compilation> compile(List<Path> paths, PrintWriter err, LocalDate today) {
        Diagnostics diagnostics = new Diagnostics();
        return load(paths, diagnostics, err).map(files -> GuideCompiler.compile(files, diagnostics, today));
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
