package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidelang.compiler.eval.BoundaryExamples;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.format.Formatter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec examples --boundary}: proposes examples on each threshold of a guideline and a
 * hair either side, with today's outcomes, as formatted GuideLang for the committee to review
 * and paste into the guideline. It writes nothing but standard output.
 */
@Command(
        name = "examples",
        mixinStandardHelpOptions = true,
        description = {
            "Proposes examples for a guideline, as GuideLang to review and paste.",
            "With --boundary: for every threshold, a patient on it and a hair either side, inside the "
                    + "input's range, with the outcomes the guideline gives today. The hair is 1 for counts "
                    + "and whole numbers, else one unit in the last decimal the guideline writes for the input."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:examples proposed (or none to propose)", "1:the guidelines have errors",
            "2:usage or I/O problem"})
final class ExamplesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-g", "--guideline"}, paramLabel = "ID",
            description = "The guideline to propose examples for; needed when the paths hold several.")
    private String id;

    @Option(names = "--boundary", required = true,
            description = "Propose examples at the thresholds (the one kind of proposal so far).")
    private boolean boundary;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Sources.Found found = Sources.guideline(paths, id, spec.commandLine().getErr());
        if (!found.found()) {
            return found.exitCode();
        }
        CheckedGuideline guideline = found.guideline();
        List<BoundaryExamples.Entry> proposals = BoundaryExamples.propose(new Interpreter(found.analysis()));
        out.print(text(guideline, proposals));
        return Guidec.OK;
    }

    /**
     * The proposals laid out by the formatter, as they will read once pasted: the example blocks,
     * two spaces in, after a comment that says what they are, with a comment for each point left out.
     */
    static String text(CheckedGuideline guideline, List<BoundaryExamples.Entry> proposals) {
        long examples = proposals.stream().filter(BoundaryExamples.Proposal.class::isInstance).count();
        StringBuilder source = new StringBuilder("guideline " + guideline.id() + " version " + guideline.version()
                + " {\n// " + examples + " boundary example" + (examples == 1 ? "" : "s") + " for "
                + guideline.id() + " " + guideline.version() + ", with the outcomes it gives today: review each "
                + "expectation before pasting.\n");
        proposals.forEach(p -> source.append(p.source()));
        source.append("}\n");
        String formatted = Formatter.format(new SourceFile("boundary examples", source.toString())).text()
                .orElseThrow(() -> new IllegalStateException("proposed examples that do not parse:\n" + source));
        List<String> lines = formatted.lines().toList();
        // The guideline's first and last lines only carry the formatter: the body is what to paste.
        return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
    }
}
