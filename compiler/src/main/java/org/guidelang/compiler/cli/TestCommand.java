package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import org.guidelang.compiler.eval.ExampleFailure;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidec test}: runs every example block, ending with "N passed, N failed". */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Runs the examples of guideline files and explains each failure.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all examples passed", "1:an example failed, a guideline has errors, or there was no example",
            "2:usage or I/O problem"})
final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "List every example, not only failures.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Compilation> loaded = Sources.compile(paths, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Guidec.USAGE;
        }
        Compilation compilation = loaded.get();
        DiagnosticListing.print(compilation.diagnostics(), DiagnosticListing.DEFAULT_LIMIT, out);
        int passed = 0;
        int failed = 0;
        for (CheckedGuideline guideline : compilation.guidelines()) {
            for (ExampleRunner.Run run : ExampleRunner.run(new Interpreter(compilation.analysis(guideline.id())))) {
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
        }
        out.println(passed + " passed, " + failed + " failed");
        if (passed + failed == 0) {
            // A CI job pointed at the wrong folder must not pass.
            spec.commandLine().getErr().println("guidec test: no examples to run in the given paths");
            return Guidec.ERRORS;
        }
        return failed > 0 || compilation.hasErrors() ? Guidec.ERRORS : Guidec.OK;
    }

    private static void printFailure(PrintWriter out, ExampleRunner.Run run) {
        ExampleFailure.lines(run).forEach(out::println);
    }
}
