package org.guidelang.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's guideline sources as {@code guidec check} does, and fails the build on
 * errors with the same diagnostics. A thin shell over the compiler, through {@link GuideSources}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** Where the {@code *.guide} files are; every {@code *.guide} file below it is checked. */
    @Parameter(property = "guidelang.sourceDirectory", defaultValue = "${project.basedir}/src/main/guide",
            required = true)
    private File sourceDirectory;

    /** The project's base directory; diagnostics name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Fail the build on warnings too, as {@code guidec check --werror} does. */
    @Parameter(property = "guidelang.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip the check. */
    @Parameter(property = "guidelang.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GuideSources sources = new GuideSources(sourceDirectory, baseDirectory, getLog());
        if (skip) {
            getLog().info("GuideLang: check skipped (guidelang.skip)");
            return;
        }
        if (!sources.exist()) {
            getLog().info("GuideLang: no guideline sources in " + sourceDirectory);
            return;
        }
        sources.compile(sources.load(), failOnWarning);
    }
}
