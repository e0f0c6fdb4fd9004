package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.format.Formatter;
import org.guidelang.compiler.format.LineDiff;
import org.guidelang.compiler.output.AtomicFile;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidec fmt}: rewrites guideline files in the canonical layout, or checks that they are. */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = {
            "Formats guideline files in the canonical layout, keeping every comment.",
            "Files are rewritten only when their layout changes; files with syntax errors are left alone."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is (now) formatted", "1:syntax errors, or with --check: some file is not formatted",
            "2:usage or I/O problem"})
final class FmtCommand implements Callable<Integer> {
    /** Lines of diff shown per file by --check; the rest is counted. */
    private static final int SHOWN_DIFF_LINES = 40;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders (searched for *.guide).")
    private List<Path> paths;

    @Option(names = "--check", description = "Change nothing: list the files that would change, with a short diff.")
    private boolean check;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        Optional<List<SourceFile>> loaded = Sources.load(paths, diagnostics, err);
        if (loaded.isEmpty()) {
            return Guidec.USAGE;
        }
        List<SourceFile> files = loaded.get();
        diagnostics.sorted().forEach(d -> out.print(DiagnosticRenderer.render(d)));
        int unformatted = 0;
        int broken = diagnostics.errorCount();
        for (SourceFile file : files) {
            Formatter.Result result;
            try {
                result = Formatter.format(file);
            } catch (Formatter.LayoutBug e) {
                err.println("guidec: internal error: " + e.getMessage() + "; the file is left as it was"
                        + " (please report this with the file)");
                return Guidec.INTERNAL;
            }
            if (result.text().isEmpty()) {
                result.diagnostics().forEach(d -> out.print(DiagnosticRenderer.render(d)));
                broken++;
                continue;
            }
            if (!result.changed(file)) {
                continue;
            }
            unformatted++;
            if (check) {
                out.println("would reformat " + file.displayPath());
                printDiff(out, file, result.text().get());
            } else {
                try {
                    // Through a temporary file: a full disk must not leave the guideline cut off mid-word.
                    AtomicFile.write(Path.of(file.displayPath()), result.text().get());
                } catch (CannotWrite e) {
                    err.println("guidec: " + e.getMessage() + "; the file is left as it was");
                    return Guidec.USAGE;
                }
                out.println("formatted " + file.displayPath());
            }
        }
        out.println(summary(files.size(), unformatted, broken));
        if (broken > 0) {
            return Guidec.ERRORS;
        }
        return check && unformatted > 0 ? Guidec.ERRORS : Guidec.OK;
    }

    private String summary(int files, int unformatted, int broken) {
        String total = files + (files == 1 ? " file" : " files");
        String changed = check ? unformatted + " would be reformatted" : unformatted + " reformatted";
        String errors = broken == 0 ? "" : ", " + broken + " not formatted for syntax errors";
        return total + ": " + changed + errors;
    }

    private static void printDiff(PrintWriter out, SourceFile file, String formatted) {
        List<String> diff = LineDiff.unified(file.text(), formatted);
        out.println("--- " + file.displayPath());
        out.println("+++ " + file.displayPath() + " (formatted)");
        diff.stream().limit(SHOWN_DIFF_LINES).forEach(out::println);
        if (diff.size() > SHOWN_DIFF_LINES) {
            out.println("… " + (diff.size() - SHOWN_DIFF_LINES) + " more diff lines");
        }
    }
}
