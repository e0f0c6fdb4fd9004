package org.guidelang.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/**
 * A project's guideline source folder as both mojos read it: loaded as {@code guidec check}
 * loads it, compiled with {@link GuideCompiler}, and its diagnostics reported to the Maven log
 * in the same {@code file:line:col: severity: message [CODE]} form.
 */
final class GuideSources {
    private final File sourceDirectory;
    private final File baseDirectory;
    private final Log log;

    GuideSources(File sourceDirectory, File baseDirectory, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.baseDirectory = baseDirectory;
        this.log = log;
    }

    /** The files read, and what reading them found (files that are not UTF-8 text, say). */
    record Loaded(List<SourceFile> files, Diagnostics diagnostics) {}

    boolean exist() {
        return sourceDirectory.isDirectory();
    }

    File directory() {
        return sourceDirectory;
    }

    Loaded load() throws MojoExecutionException {
        Diagnostics diagnostics = new Diagnostics();
        try {
            List<SourceFile> files =
                    new SourceLoader(baseDirectory.toPath()).load(List.of(sourceDirectory.toPath()), diagnostics);
            return new Loaded(files, diagnostics);
        } catch (SourceLoader.UnreadablePathException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Compiles what {@link #load} read and logs every diagnostic; fails the build on errors, and
     * on warnings when {@code failOnWarning}.
     */
    Compilation compile(Loaded loaded, boolean failOnWarning) throws MojoFailureException {
        Compilation compilation = GuideCompiler.compile(loaded.files(), loaded.diagnostics());
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            String rendered = DiagnosticRenderer.render(diagnostic).stripTrailing();
            switch (diagnostic.severity()) {
                case ERROR -> log.error(rendered);
                case WARNING -> log.warn(rendered);
                case NOTE -> log.info(rendered);
            }
        }
        log.info("GuideLang: " + plural(loaded.files().size(), "guideline file") + " checked, "
                + plural(compilation.errorCount(), "error") + ", " + plural(compilation.warningCount(), "warning")
                + (compilation.noteCount() == 0 ? "" : ", " + plural(compilation.noteCount(), "note")));
        if (compilation.hasErrors() || (failOnWarning && compilation.warningCount() > 0)) {
            throw new MojoFailureException("guideline sources in " + sourceDirectory + " have "
                    + plural(compilation.errorCount(), "error") + " and "
                    + plural(compilation.warningCount(), "warning") + " (see above)");
        }
        return compilation;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
