package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import org.guidelang.compiler.eval.CoverageReport;
import org.guidelang.compiler.eval.ExampleFailure;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.eval.Lcov;
import org.guidelang.compiler.eval.RuleCoverage;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.AtomicFile;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec test}: runs every example block, ending with "N passed, N failed"; with {@code
 * --coverage}, {@code --lcov} or {@code --require-coverage}, also tells how far the examples
 * exercise each guideline's rules (docs/language.md §13.1).
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Runs the examples of guideline files and explains each failure.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all examples passed (and, when required, cover every rule)",
            "1:an example failed, a guideline has errors, there was no example, or a rule is not covered when "
                    + "--require-coverage is given",
            "2:usage or I/O problem"})
final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "List every example, not only failures.")
    private boolean verbose;

    @Option(names = "--coverage", description = "Report, per guideline, which rules, criteria and conditions the "
            + "examples made true, false and unknown, and which codes no example yields.")
    private boolean coverage;

    @Option(names = "--lcov", paramLabel = "FILE", description = "Write the rule coverage as an LCOV tracefile.")
    private Path lcov;

    @Option(names = "--require-coverage", description = "Fail unless the examples cover every rule, criterion and "
            + "condition and yield every code; list the gaps.")
    private boolean requireCoverage;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Compilation> loaded = Sources.compile(paths, err);
        if (loaded.isEmpty()) {
            return Guidec.USAGE;
        }
        Compilation compilation = loaded.get();
        Optional<String> clash = lcov == null ? Optional.empty() : lcovClash(compilation);
        if (clash.isPresent()) {
            err.println("guidec test: " + clash.get());
            return Guidec.USAGE;
        }
        DiagnosticListing.print(compilation.diagnostics(), DiagnosticListing.DEFAULT_LIMIT, out);
        int passed = 0;
        int failed = 0;
        List<RuleCoverage> coverages = new ArrayList<>();
        for (CheckedGuideline guideline : compilation.guidelines()) {
            List<ExampleRunner.Run> runs = ExampleRunner.run(new Interpreter(compilation.analysis(guideline.id())));
            for (ExampleRunner.Run run : runs) {
                if (run.passed()) {
                    passed++;
                    if (verbose) {
                        out.println("PASS " + guideline.id() + ": " + run.example().title());
                    }
                } else {
                    failed++;
                    printFailure(out, run);
                }
            }
            coverages.add(RuleCoverage.of(guideline, runs));
        }
        out.println(passed + " passed, " + failed + " failed");
        if (passed + failed == 0) {
            // A CI job pointed at the wrong folder must not pass.
            err.println("guidec test: no examples to run in the given paths");
            return Guidec.ERRORS;
        }
        if (coverage) {
            coverages.forEach(c -> CoverageReport.lines(c).forEach(out::println));
        }
        if (lcov != null && !writeLcov(coverages, err)) {
            return Guidec.USAGE;
        }
        boolean gaps = requireCoverage && !coverageComplete(coverages, err);
        return failed > 0 || compilation.hasErrors() || gaps ? Guidec.ERRORS : Guidec.OK;
    }

    /**
     * Why the LCOV file may not be written: it is one of the guidelines (by name or through a
     * link), which the trace would replace. Told before any example runs.
     */
    private Optional<String> lcovClash(Compilation compilation) {
        if (Files.isDirectory(lcov)) {
            return Optional.of("the LCOV file " + lcov + " is a folder; give a file, such as "
                    + lcov.resolve("coverage.info") + "; no coverage written");
        }
        for (SourceFile file : compilation.files()) {
            Path source = Path.of(file.displayPath());
            try {
                // isSameFile follows links: a symbolic or hard link to a guideline, or the guideline by another path.
                if (Files.exists(lcov) && Files.exists(source) && Files.isSameFile(lcov, source)) {
                    return Optional.of("the LCOV file " + lcov + " is the guideline " + file.displayPath()
                            + " (the same file): writing the coverage would destroy it; give another --lcov, such "
                            + "as coverage.info");
                }
            } catch (IOException e) {
                return Optional.of("cannot tell whether the LCOV file " + lcov + " is the guideline "
                        + file.displayPath() + ": " + IoFailure.reason(e) + "; no coverage written");
            }
        }
        return Optional.empty();
    }

    private boolean writeLcov(List<RuleCoverage> coverages, PrintWriter err) {
        try {
            AtomicFile.write(lcov, Lcov.of(coverages, file -> Path.of(file.displayPath()).toAbsolutePath()
                    .normalize()
                    .toString()));
            return true;
        } catch (CannotWrite e) {
            err.println("guidec: " + e.getMessage() + "; no coverage written");
            return false;
        }
    }

    /** Tells each gap on {@code err}; true when there is none. */
    private static boolean coverageComplete(List<RuleCoverage> coverages, PrintWriter err) {
        List<String> gaps = CoverageReport.gaps(coverages);
        if (gaps.isEmpty()) {
            return true;
        }
        err.println("guidec test: the examples do not cover every rule (--require-coverage); add examples for:");
        gaps.forEach(gap -> err.println("  " + gap));
        return false;
    }

    private static void printFailure(PrintWriter out, ExampleRunner.Run run) {
        ExampleFailure.lines(run).forEach(out::println);
    }
}
