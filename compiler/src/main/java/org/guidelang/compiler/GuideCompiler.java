package org.guidelang.compiler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.guidelang.compiler.analysis.ExactnessNotes;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.check.GuidelineChecker;
import org.guidelang.compiler.check.JavaNameCheck;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.parse.GuidelineParser;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.symbols.SymbolTable;
import org.guidelang.runtime.Suggestions;

/**
 * The compiler's one entry point, shared by the command line and the Maven plugin: source
 * files in, checked guidelines and diagnostics out. Passes: parse each file; link guidelines
 * by their imports (unknown targets, duplicates, cycles); check each guideline after the
 * guidelines it imports; analyse each guideline that checked clean (coverage, overlap, reachability,
 * and the proof of its {@code conflict} declarations).
 */
public final class GuideCompiler {
    private GuideCompiler() {}

    public static Compilation compile(List<SourceFile> files) {
        return compile(files, new Diagnostics());
    }

    /** Compiles {@code files}, adding to {@code diagnostics} (which may already hold I/O findings). */
    public static Compilation compile(List<SourceFile> files, Diagnostics diagnostics) {
        return compile(files, diagnostics, null, null);
    }

    /**
     * Compiles {@code files} as {@link #compile(List, Diagnostics)} does, and warns about each
     * guideline past its review date on {@code today} ({@code guidec check} passes the system
     * clock's date; the other entry points leave the calendar out, so their results never change
     * with the day they run).
     */
    public static Compilation compile(List<SourceFile> files, Diagnostics diagnostics, LocalDate today) {
        return compile(files, diagnostics, null, today);
    }

    /**
     * Compiles {@code files} again, parsing only those {@code parses} has not seen (an editor's
     * changed files); the result is the same as {@link #compile(List)}'s.
     */
    public static Compilation compile(List<SourceFile> files, ParsedSources parses) {
        return compile(files, new Diagnostics(), parses);
    }

    /** As {@link #compile(List, ParsedSources)}, adding to {@code diagnostics} (which may already hold I/O findings). */
    public static Compilation compile(List<SourceFile> files, Diagnostics diagnostics, ParsedSources parses) {
        parses.keepOnly(files);
        return compile(files, diagnostics, parses, null);
    }

    static Compilation compile(List<SourceFile> files, Diagnostics diagnostics, ParsedSources parses,
            LocalDate today) {
        Map<String, Guideline> byId = new LinkedHashMap<>();
        Map<String, SourceFile> unparsed = new LinkedHashMap<>();
        List<Guideline> syntax = new ArrayList<>();
        List<CompletableFuture<Parse>> parsing = parses == null ? parseAll(files) : null;
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            Optional<Guideline> parsed =
                    parses == null ? CompilerThreads.result(parsing.get(i)).reportTo(diagnostics) : parses.parse(file, diagnostics);
            if (parsed.isEmpty()) {
                unparsed.putIfAbsent(baseName(file), file);
                continue;
            }
            Guideline guideline = parsed.get();
            syntax.add(guideline);
            Guideline earlier = byId.putIfAbsent(guideline.id().text(), guideline);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_GUIDELINE, guideline.id().span(),
                        "give each guideline its own id", guideline.id().text(),
                        earlier.file().displayPath() + ":" + earlier.id().span().line());
            }
        }
        JavaNameCheck.checkClasses(byId.values(), diagnostics);
        List<Guideline> order = new ImportOrder(byId, unparsed, diagnostics).sorted();
        Map<String, CheckedGuideline> checked = new LinkedHashMap<>();
        Map<String, SymbolTable> symbols = new LinkedHashMap<>();
        AnalysisQueue analyses = new AnalysisQueue(diagnostics); // analyses run while the next guidelines are checked
        Set<String> failed = new HashSet<>();
        for (Guideline guideline : order) {
            Diagnostics found = analyses.now();
            if (!importsChecked(guideline, checked)) {
                // An imported guideline has errors, reported in its own file; say why this one is silent.
                if (imports(guideline).stream().anyMatch(i -> unparsed.containsKey(i.target().text()))) {
                    failed.add(guideline.id().text()); // already said when the imports were linked
                }
                imports(guideline).stream().filter(i -> failed.contains(i.target().text())).findFirst().ifPresent(i -> {
                    failed.add(guideline.id().text());
                    found.reportWithHint(DiagnosticCode.IMPORT_NOT_CHECKED, i.target().span(),
                            "fix the errors reported for `" + i.target().text() + "` and what it imports, then check again",
                            guideline.id().text(), i.target().text());
                });
                continue;
            }
            GuidelineChecker.Result checking = GuidelineChecker.check(guideline, checked, symbols, found, today);
            symbols.put(guideline.id().text(), checking.symbols());
            Optional<CheckedGuideline> result = checking.checked();
            result.ifPresent(g -> {
                checked.put(g.id(), g);
                analyses.analyze(g);
                ExactnessNotes.report(g, analyses.now()); // after the analysis's findings, as they would come on one thread
            });
            if (result.isEmpty()) {
                failed.add(guideline.id().text());
            }
        }
        Map<String, GuidelineAnalysis> analysed = analyses.finish();
        return new Compilation(files, List.copyOf(checked.values()), analysed, diagnostics.sorted(), syntax,
                List.copyOf(symbols.values()));
    }

    /** A file's syntax tree (empty when it has syntax errors), and what parsing it reported. */
    private record Parse(Optional<Guideline> guideline, Diagnostics diagnostics) {
        Optional<Guideline> reportTo(Diagnostics all) {
            all.addAll(diagnostics);
            return guideline;
        }
    }

    /** Parses the files on the compiler's threads, in parallel: the files are independent. */
    private static List<CompletableFuture<Parse>> parseAll(List<SourceFile> files) {
        List<CompletableFuture<Parse>> parsing = new ArrayList<>();
        for (SourceFile file : files) {
            parsing.add(CompletableFuture.supplyAsync(() -> {
                Diagnostics found = new Diagnostics();
                return new Parse(parseSafely(file, found), found);
            }, CompilerThreads.POOL));
        }
        return parsing;
    }

    static Optional<Guideline> parseSafely(SourceFile file, Diagnostics diagnostics) {
        try {
            return GuidelineParser.parse(file, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.reportWithHint(DiagnosticCode.TOO_DEEP, file.span(0, 0),
                    "split the expression into named definitions with `define`");
            return Optional.empty();
        }
    }

    /** The file name without its extension: by convention the id of the guideline it holds. */
    static String baseName(SourceFile file) {
        String name = java.nio.file.Path.of(file.displayPath()).getFileName() == null ? file.displayPath()
                : java.nio.file.Path.of(file.displayPath()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean importsChecked(Guideline guideline, Map<String, CheckedGuideline> checked) {
        return imports(guideline).stream().allMatch(i -> checked.containsKey(i.target().text()));
    }

    static List<Member.Import> imports(Guideline guideline) {
        return guideline.members().stream()
                .filter(Member.Import.class::isInstance)
                .map(Member.Import.class::cast)
                .toList();
    }

    /** Orders guidelines so that each follows those it imports; reports unknown imports and cycles. */
    private static final class ImportOrder {
        private final Map<String, Guideline> byId;
        private final Diagnostics diagnostics;
        private final List<Guideline> sorted = new ArrayList<>();
        private final Set<String> done = new HashSet<>();
        private final List<String> path = new ArrayList<>();

        private final Map<String, SourceFile> unparsed;

        ImportOrder(Map<String, Guideline> byId, Map<String, SourceFile> unparsed, Diagnostics diagnostics) {
            this.unparsed = unparsed;
            this.byId = byId;
            this.diagnostics = diagnostics;
        }

        List<Guideline> sorted() {
            for (Guideline guideline : byId.values()) {
                for (Member.Import imp : imports(guideline)) {
                    SourceFile broken = unparsed.get(imp.target().text());
                    if (!byId.containsKey(imp.target().text()) && broken != null) {
                        // Most likely the file of the imported guideline, which has syntax errors.
                        diagnostics.reportWithHint(DiagnosticCode.IMPORT_NOT_CHECKED, imp.target().span(),
                                "fix the errors in " + broken.displayPath() + " first, then check again",
                                guideline.id().text(), imp.target().text());
                    } else if (!byId.containsKey(imp.target().text())) {
                        String hint = Suggestions.closest(imp.target().text(), byId.keySet())
                                .map(s -> "did you mean `" + s + "`?")
                                .orElse("check its file too: `guidec check` reads every file and folder it is given");
                        diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_IMPORT, imp.target().span(), hint,
                                imp.target().text());
                    }
                }
            }
            for (Guideline guideline : byId.values()) {
                visit(guideline);
            }
            return sorted;
        }

        private void visit(Guideline guideline) {
            String id = guideline.id().text();
            if (done.contains(id)) {
                return;
            }
            path.add(id);
            for (Member.Import imp : imports(guideline)) {
                String target = imp.target().text();
                int index = path.indexOf(target);
                if (index >= 0) {
                    List<String> cycle = new ArrayList<>(path.subList(index, path.size()));
                    cycle.add(target);
                    diagnostics.reportWithHint(DiagnosticCode.CYCLIC_IMPORT, imp.target().span(),
                            cycle.size() == 2 ? "a guideline cannot import itself: remove this import"
                                    : "a guideline may use another's outcomes only if that one does not use its own",
                            String.join(" → ", cycle));
                } else if (byId.containsKey(target)) {
                    visit(byId.get(target));
                }
            }
            path.remove(path.size() - 1);
            done.add(id);
            sorted.add(guideline);
        }
    }
}
