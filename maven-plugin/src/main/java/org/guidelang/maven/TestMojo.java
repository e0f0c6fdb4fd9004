package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.eval.CoverageReport;
import org.guidelang.compiler.eval.ExampleFailure;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.eval.RuleCoverage;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.output.OutputFolder;

/**
 * Runs every {@code example} of the project's guidelines, as {@code guidec test} does, and fails
 * the build when one fails, listing each with what it expected and what came out. Writes one
 * JUnit XML report per guideline into {@code target/surefire-reports}, where CI servers look for
 * test results. Skipped, like Surefire, by {@code -DskipTests} and {@code -Dmaven.test.skip}.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class TestMojo extends AbstractMojo {

    /** Where the {@code *.guide} files are; the examples of every one below it are run. */
    @Parameter(property = "guidelang.sourceDirectory", defaultValue = "${project.basedir}/src/main/guide",
            required = true)
    private File sourceDirectory;

    /** The project's base directory; diagnostics and failures name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Where the JUnit XML reports go, {@code TEST-guidelang-<id>.xml}; Surefire's folder by default. */
    @Parameter(property = "guidelang.reportsDirectory", defaultValue = "${project.build.directory}/surefire-reports",
            required = true)
    private File reportsDirectory;

    /** Report failed examples but do not fail the build, as Surefire's {@code testFailureIgnore}. */
    @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
    private boolean testFailureIgnore;

    /** Skip the examples, with every other test of the build ({@code -DskipTests}). */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skip the examples, with the compilation of every other test ({@code -Dmaven.test.skip}). */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompilation;

    /**
     * Fail the build unless the examples cover every rule and {@code otherwise} of every table
     * (some example makes it apply), every criterion and recommendation condition (some example
     * makes it true, another false), and yield every code, as {@code guidec test
     * --require-coverage}; the message lists each gap at its {@code file:line:col}.
     */
    @Parameter(property = "guidelang.test.requireCoverage", defaultValue = "false")
    private boolean requireCoverage;

    /** Skip only the examples. */
    @Parameter(property = "guidelang.test.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || skipTestCompilation) {
            getLog().info("GuideLang: examples skipped");
            return;
        }
        GuideSources sources = new GuideSources(sourceDirectory, baseDirectory, getLog());
        if (!sources.exist()) {
            getLog().info("GuideLang: no guideline sources in " + sourceDirectory + "; no examples to run");
            return;
        }
        Compilation compilation = sources.compile(sources.load(), false);
        List<ExampleRunner.Run> failures = new ArrayList<>();
        List<GeneratedFile> reports = new ArrayList<>();
        List<RuleCoverage> coverages = new ArrayList<>();
        int total = 0;
        for (CheckedGuideline guideline : compilation.guidelines()) {
            List<ExampleRunner.Run> runs = ExampleRunner.run(new Interpreter(compilation.analysis(guideline.id())));
            coverages.add(RuleCoverage.of(guideline, runs));
            if (runs.isEmpty()) {
                continue;
            }
            total += runs.size();
            runs.stream().filter(run -> !run.passed()).forEach(failures::add);
            reports.add(new GeneratedFile(JUnitReport.fileName(guideline), JUnitReport.xml(guideline, runs)));
        }
        write(reports);
        for (ExampleRunner.Run failure : failures) {
            getLog().error(String.join("\n", ExampleFailure.lines(failure)));
        }
        String counts = (total - failures.size()) + " passed, " + failures.size() + " failed";
        if (total == 0) {
            getLog().warn("GuideLang: the guidelines in " + sourceDirectory + " have no examples to run");
            return;
        }
        getLog().info("GuideLang: examples of " + GuideSources.plural(reports.size(), "guideline") + ": " + counts);
        if (!failures.isEmpty()) {
            String message = failureMessage(failures, total);
            if (testFailureIgnore) {
                getLog().error(message);
            } else {
                throw new MojoFailureException(message);
            }
        }
        if (requireCoverage) {
            requireFullCoverage(coverages);
        }
    }

    /** Logs each guideline's coverage, and fails the build with the gaps when there are any. */
    private void requireFullCoverage(List<RuleCoverage> coverages) throws MojoFailureException {
        coverages.forEach(coverage -> getLog().info("GuideLang: " + CoverageReport.summary(coverage)));
        List<String> gaps = CoverageReport.gaps(coverages);
        if (!gaps.isEmpty()) {
            throw new MojoFailureException(coverageMessage(gaps));
        }
    }

    /** The build's failure when coverage is required: how many gaps, then each where it is written. */
    static String coverageMessage(List<String> gaps) {
        StringBuilder message = new StringBuilder("the examples leave ")
                .append(GuideSources.plural(gaps.size(), "gap"))
                .append(" in rule coverage (requireCoverage); add examples for:");
        gaps.forEach(gap -> message.append("\n  ").append(gap));
        return message.toString();
    }

    /** The build's failure: how many, then each failed example with its expectations and outcomes. */
    static String failureMessage(List<ExampleRunner.Run> failures, int total) {
        StringBuilder message = new StringBuilder()
                .append(failures.size()).append(" of ").append(GuideSources.plural(total, "guideline example"))
                .append(" failed (explanations above):");
        for (ExampleRunner.Run failure : failures) {
            message.append('\n').append(ExampleFailure.heading(failure));
            ExampleFailure.mismatches(failure).forEach(line -> message.append('\n').append(line));
        }
        return message.toString();
    }

    private void write(List<GeneratedFile> reports) throws MojoExecutionException {
        try {
            new OutputFolder(reportsDirectory.toPath()).write(reports);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the example reports to " + reportsDirectory + ": "
                    + e.getMessage(), e);
        }
    }
}
