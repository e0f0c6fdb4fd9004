package org.guidelang.compiler.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guidec check}: diagnostics for guideline files, exit 1 on errors. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks guideline files for syntax, name, type and unit errors.",
            "Prints each finding as file:line:col: severity: message [CODE] with the source line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found", "2:usage or I/O problem"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Guideline files or folders (searched for *.guide).")
    private List<Path> paths = List.of();

    @Option(names = "--werror", description = "Treat warnings as errors.")
    private boolean warningsAsErrors;

    @Option(names = "--list-codes", description = "Print the catalogue of diagnostic codes and exit.")
    private boolean listCodes;

    @Option(names = "--all", description = "Print every finding. Without it, a file shows at most "
            + DiagnosticListing.DEFAULT_LIMIT + " of one code, then counts the rest.")
    private boolean all;

    @Option(names = "--today", paramLabel = "DATE", converter = IsoDate.class, description = "The date (YYYY-MM-DD) to compare review dates "
            + "with, to see which guidelines will be due by then. Default: today's date.")
    private LocalDate today;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (listCodes) {
            for (DiagnosticCode code : DiagnosticCode.values()) {
                // The code's name in words, then the message with … where the particulars go.
                String words = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                String shape = code.template().replaceAll("%[sd]", "…");
                out.printf("%s  %-7s  %s%s%n", code.id(), code.severity().label(), words,
                        shape.equals("…") ? "" : ": " + shape);
            }
            return Guidec.OK;
        }
        if (paths.isEmpty()) {
            spec.commandLine().getErr().println("guidec check: give at least one guideline file or folder");
            spec.commandLine().usage(spec.commandLine().getErr());
            return Guidec.USAGE;
        }
        var loaded = Sources.compile(paths, spec.commandLine().getErr(), today != null ? today : LocalDate.now());
        if (loaded.isEmpty()) {
            return Guidec.USAGE;
        }
        Compilation compilation = loaded.get();
        DiagnosticListing.print(compilation.diagnostics(), all ? 0 : DiagnosticListing.DEFAULT_LIMIT, out);
        out.println(summary(compilation));
        if (compilation.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.UNREADABLE_FILE)) {
            return Guidec.USAGE; // an I/O problem: the other files were still checked and reported
        }
        boolean failed = compilation.hasErrors() || (warningsAsErrors && compilation.warningCount() > 0);
        return failed ? Guidec.ERRORS : Guidec.OK;
    }

    static String summary(Compilation compilation) {
        long errors = compilation.errorCount();
        long warnings = compilation.warningCount();
        long notes = compilation.noteCount();
        int files = compilation.files().size();
        String checked = files + (files == 1 ? " file" : " files") + " checked";
        String noted = notes == 0 ? "" : " (" + plural(notes, "note") + ")";
        if (errors == 0 && warnings == 0) {
            return checked + ": no problems" + noted;
        }
        return checked + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + noted;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
