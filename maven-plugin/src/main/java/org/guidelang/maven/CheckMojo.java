package org.guidelang.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceLoader;

/**
 * Checks the project's guideline sources as {@code guidec check} does, and fails the build on
 * errors with the same diagnostics. A thin shell over {@link GuideCompiler}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** Where the {@code *.guide} files are. */
    @Parameter(defaultValue = "${project.basedir}/src/main/guide", required = true)
    private File sourceDirectory;

    /** The project's base directory; diagnostics name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Fail the build on warnings too. */
    @Parameter(property = "guidelang.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!sourceDirectory.isDirectory()) {
            getLog().info("No guideline sources in " + sourceDirectory);
            return;
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
                getLog().error(rendered);
            } else {
                getLog().warn(rendered);
            }
        }
        getLog().info("GuideLang: " + files.size() + " guideline files checked, " + compilation.errorCount()
                + " errors, " + compilation.warningCount() + " warnings");
        if (compilation.hasErrors() || (failOnWarning && compilation.warningCount() > 0)) {
            throw new MojoFailureException("guideline sources have " + compilation.errorCount() + " errors and "
                    + compilation.warningCount() + " warnings (see above)");
        }
    }

}
