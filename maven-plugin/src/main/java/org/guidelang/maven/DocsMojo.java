package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.html.HtmlBackend;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.output.OutputFolder;

/**
 * Writes the documentation site of the project's guidelines, as {@code guidec build --html}
 * does: a thin shell over {@link HtmlBackend}.
 *
 * <p>Bound to {@code package} by default rather than {@code site}: the site is a deliverable of a
 * guideline project (what the committee publishes, built from the same sources as the jar), so
 * {@code mvn verify} and CI build it, and a guideline that breaks it fails the build. Generating
 * it takes well under a second. Projects that want it only from {@code mvn site} bind the goal
 * to that phase in their pom.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class DocsMojo extends AbstractMojo {

    /** Where the {@code *.guide} files are. */
    @Parameter(defaultValue = "${project.basedir}/src/main/guide", required = true)
    private File sourceDirectory;

    /** The project's base directory; diagnostics name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Where the site goes: {@code index.html}, {@code guidelines/*.html}, {@code style.css}. */
    @Parameter(property = "guidelang.docs.outputDirectory", defaultValue = "${project.build.directory}/guidelang-site",
            required = true)
    private File outputDirectory;

    /** Skip the site. */
    @Parameter(property = "guidelang.docs.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("GuideLang: site skipped");
            return;
        }
        GuideSources sources = new GuideSources(sourceDirectory, baseDirectory, getLog());
        if (!sources.exist()) {
            getLog().info("GuideLang: no guideline sources in " + sourceDirectory);
            return;
        }
        Compilation compilation = sources.compile(sources.load(), false);
        try {
            OutputFolder.Written written = new OutputFolder(outputDirectory.toPath())
                    .write(HtmlBackend.generate(compilation));
            getLog().info("GuideLang: site of " + compilation.guidelines().size() + " guidelines in "
                    + outputDirectory + " (" + written.written() + " files written, " + written.unchanged()
                    + " unchanged)");
        } catch (CannotWrite e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the site to " + outputDirectory + ": " + IoFailure.reason(e), e);
        }
    }
}
