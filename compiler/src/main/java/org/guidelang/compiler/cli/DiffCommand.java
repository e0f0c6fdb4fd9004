package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.diff.CohortImpact;
import org.guidelang.compiler.diff.GuidelineDiff;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.runtime.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec diff OLD NEW}: what changed between two versions of a guideline (or two
 * folders, guidelines matched by id), which examples and, with a cohort, how many patients
 * change outcome, and whether the version number says so.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what changed between two versions of a guideline, in words.",
            "OLD and NEW are files or folders of guidelines; PATH@REVISION reads the version committed at a git "
                    + "revision.",
            "Reports changed inputs, parameters, definitions, rules, criteria, recommendations, outcome codes, "
                    + "sources and header, the examples whose outcomes change, and whether the version number follows "
                    + "semantic versioning."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no semantic difference", "1:differences found",
            "2:usage or I/O problem, or a guideline with errors"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: file, folder, or PATH@REVISION.")
    private String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version: file, folder, or PATH@REVISION.")
    private String now;

    @Option(names = {"-g", "--guideline"}, paramLabel = "ID", description = "Compare only this guideline.")
    private String only;

    @Option(names = "--cohort", paramLabel = "FILE",
            description = "A cohort (JSON Lines, one patient object per line): count the patients whose outcomes change.")
    private Path cohort;

    @Option(names = "--json", description = "Print one JSON object, for tools.")
    private boolean json;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiffSide before;
        DiffSide after;
        try {
            before = DiffSide.load(old);
            after = DiffSide.load(now);
        } catch (DiffSide.Problem e) {
            err.println("guidec diff: " + e.getMessage());
            return Guidec.USAGE;
        }
        DiffSide.Compiled a = before.compile(after);
        DiffSide.Compiled b = after.compile(before);
        for (DiffSide.Compiled side : List.of(a, b)) {
            if (side.compilation().hasErrors()) {
                side.compilation().diagnostics().stream().filter(d -> d.isError())
                        .forEach(d -> err.print(DiagnosticRenderer.render(d)));
                err.println("guidec diff: the guidelines have errors; fix them first (see `guidec check`)");
                return Guidec.USAGE;
            }
        }
        List<GuidelineAnalysis[]> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        if (before.single && after.single && a.guidelines().size() == 1 && b.guidelines().size() == 1) {
            pairs.add(new GuidelineAnalysis[] {a.analysis(a.guidelines().get(0)), b.analysis(b.guidelines().get(0))});
        } else {
            for (CheckedGuideline g : a.guidelines()) {
                b.guideline(g.id()).ifPresentOrElse(n -> pairs.add(new GuidelineAnalysis[] {a.analysis(g), b.analysis(n)}),
                        () -> unmatched.add("removed guideline " + g.id() + " " + g.version()));
            }
            b.guidelines().stream().filter(g -> a.guideline(g.id()).isEmpty())
                    .forEach(g -> unmatched.add("added guideline " + g.id() + " " + g.version()));
        }
        if (only != null) {
            pairs.removeIf(p -> !p[1].guideline().id().equals(only));
            unmatched.removeIf(u -> !u.contains(" " + only + " "));
            if (pairs.isEmpty()) {
                err.println("guidec diff: no guideline `" + only + "` on both sides");
                return Guidec.USAGE;
            }
        }
        if (cohort != null && pairs.size() != 1) {
            err.println("guidec diff: --cohort needs one guideline to compare; give --guideline ID");
            return Guidec.USAGE;
        }
        List<GuidelineDiff.Report> reports = pairs.stream().map(p -> GuidelineDiff.compare(p[0], p[1])).toList();
        Optional<CohortImpact.Summary> impact = Optional.empty();
        if (cohort != null) {
            try {
                impact = Optional.of(cohortImpact(pairs.get(0)[0], pairs.get(0)[1]));
            } catch (IOException e) {
                err.println("guidec diff: cannot read the cohort " + cohort + ": " + IoFailure.reason(e));
                return Guidec.USAGE;
            }
        }
        print(out, reports, unmatched, impact);
        boolean same = unmatched.isEmpty() && reports.stream().allMatch(GuidelineDiff.Report::same);
        return same ? Guidec.OK : Guidec.ERRORS;
    }

    /** Every line of the cohort counts once: a line that cannot be read (not UTF-8, malformed, empty) costs only itself. */
    private CohortImpact.Summary cohortImpact(GuidelineAnalysis a, GuidelineAnalysis b) throws IOException {
        CohortImpact impact = new CohortImpact(a, b);
        try (InputStream in = Files.newInputStream(cohort)) {
            CohortLines lines = new CohortLines(in, 1 << 16);
            for (CohortLines.Block block = lines.next(); block != null; block = lines.next()) {
                for (int i = 0; i < block.count(); i++) {
                    long number = block.firstLine() + i;
                    if (block.tooLong(i)) {
                        impact.unreadable(number, "the line is longer than " + (CohortLines.MAX_LINE >> 20) + " MiB");
                        continue;
                    }
                    PatientReader.Parsed parsed = PatientReader.read(block.data(), block.starts()[i], block.ends()[i]);
                    if (!parsed.errors().isEmpty()) {
                        impact.unreadable(number, parsed.errors().get(0).message());
                    } else {
                        impact.patient(number, parsed.values());
                    }
                }
            }
        }
        return impact.summary();
    }

    private void print(PrintWriter out, List<GuidelineDiff.Report> reports, List<String> unmatched,
            Optional<CohortImpact.Summary> impact) {
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("old", old);
            tree.put("new", now);
            tree.put("guidelines", reports.stream().map(GuidelineDiff.Report::json).toList());
            tree.put("unmatched", unmatched);
            impact.ifPresent(s -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("records", s.records());
                c.put("evaluated", s.evaluated());
                c.put("invalid", s.invalid());
                c.put("invalidShown", s.invalidShown());
                c.put("transitions", s.transitions());
                tree.put("cohort", c);
            });
            out.println(Json.pretty(tree));
            return;
        }
        unmatched.forEach(out::println);
        for (GuidelineDiff.Report report : reports) {
            if (report != reports.get(0) || !unmatched.isEmpty()) {
                out.println();
            }
            report.lines().forEach(out::println);
        }
        impact.ifPresent(s -> {
            out.println();
            out.println("Cohort " + cohort + ": " + String.join("\n", s.lines()));
        });
    }
}
