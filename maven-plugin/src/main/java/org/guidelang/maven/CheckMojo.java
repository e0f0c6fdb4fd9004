package org.guidelang.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.guidelang.compiler.Compilation;

/**
 * Checks the project's guideline sources as {@code guidec check} does, and fails the build on
 * errors with the same diagnostics. A thin shell over the compiler (see {@link GuidelineSources}).
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
        Optional<Compilation> compilation = new GuidelineSources(sourceDirectory, baseDirectory, getLog()).compile();
        if (compilation.isPresent()) {
            GuidelineSources.failOnProblems(compilation.get(), failOnWarning);
        }
    }
}
