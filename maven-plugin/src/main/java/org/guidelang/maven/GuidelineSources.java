package org.guidelang.maven;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceLoader;

/**
 * How every goal reads a project's guidelines: load the {@code *.guide} files of a folder,
 * compile them, and log each diagnostic as {@code guidec} prints it.
 */
final class GuidelineSources {
    private final File sourceDirectory;
    private final File baseDirectory;
    private final Log log;

    GuidelineSources(File sourceDirectory, File baseDirectory, Log log) {
        this.sourceDirectory = sourceDirectory;
        this.baseDirectory = baseDirectory;
        this.log = log;
    }

    /** The compilation, or empty when the folder does not exist (a project without guidelines). */
    Optional<Compilation> compile() throws MojoExecutionException {
        if (!sourceDirectory.isDirectory()) {
            log.info("No guideline sources in " + sourceDirectory);
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files;
        try {
            files = new SourceLoader(baseDirectory.toPath()).load(List.of(sourceDirectory.toPath()), diagnostics);
        } catch (SourceLoader.UnreadablePathException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Compilation compilation = GuideCompiler.compile(files, diagnostics);
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            String rendered = DiagnosticRenderer.render(diagnostic).stripTrailing();
            if (diagnostic.isError()) {
                log.error(rendered);
            } else {
                log.warn(rendered);
            }
        }
        log.info("GuideLang: " + files.size() + " guideline files checked, " + compilation.errorCount()
                + " errors, " + compilation.warningCount() + " warnings");
        return Optional.of(compilation);
    }

    /** Fails the build when the compilation has errors (or warnings, when {@code failOnWarning}). */
    static void failOnProblems(Compilation compilation, boolean failOnWarning) throws MojoFailureException {
        if (compilation.hasErrors() || (failOnWarning && compilation.warningCount() > 0)) {
            throw new MojoFailureException("guideline sources have " + compilation.errorCount() + " errors and "
                    + compilation.warningCount() + " warnings (see above)");
        }
    }
}
