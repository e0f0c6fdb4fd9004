package org.guidelang.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.guidelang.compiler.analysis.CoverageAnalysis;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.conflicts.ConflictAnalysis;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * The analyses of a compilation's guidelines (coverage, overlap, reachability, the proof of
 * conflict declarations), run on background threads while the compiler checks the guidelines
 * that follow: they are most of a check's time, and a guideline's analysis needs only the
 * analyses of what it imports. Each starts once those are done.
 *
 * <p>The output does not depend on the threads: the diagnostics of every pass, on this thread or
 * another, are added to the compilation's in the order the passes would report them one after
 * the other ({@link #now} for a pass that runs on the caller's thread), and the analyses come out
 * in the order they were asked for.
 */
final class AnalysisQueue {
    private final Diagnostics diagnostics;
    private final List<Supplier<Diagnostics>> reports = new ArrayList<>();
    private final Map<String, CompletableFuture<GuidelineAnalysis>> analyses = new LinkedHashMap<>();
    /** For each guideline asked for, the ids of the guidelines it imports, directly or not, in import order. */
    private final Map<String, List<String>> closures = new LinkedHashMap<>();

    /** Adds, when {@link #finish finished}, every diagnostic of the passes to {@code diagnostics}. */
    AnalysisQueue(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Where a pass that runs now, on the caller's thread, reports: in order with the analyses. */
    Diagnostics now() {
        Diagnostics found = new Diagnostics();
        reports.add(() -> found);
        return found;
    }

    /** Analyses {@code guideline}, whose imports have been asked for before it, once their analyses are done. */
    void analyze(CheckedGuideline guideline) {
        List<String> closure = new ArrayList<>();
        for (CheckedGuideline.ImportRef ref : guideline.imports()) {
            for (String id : closures.get(ref.guideline().id())) {
                addOnce(closure, id);
            }
            addOnce(closure, ref.guideline().id());
        }
        closures.put(guideline.id(), closure);
        Map<String, CompletableFuture<GuidelineAnalysis>> needed = new LinkedHashMap<>();
        closure.forEach(id -> needed.put(id, analyses.get(id)));
        Diagnostics found = new Diagnostics();
        CompletableFuture<Analysed> analysed = CompletableFuture
                .allOf(needed.values().toArray(CompletableFuture[]::new))
                .thenApplyAsync(done -> analyze(guideline, needed, found), CompilerThreads.POOL);
        analyses.put(guideline.id(), analysed.thenApply(Analysed::analysis));
        reports.add(() -> {
            CompilerThreads.result(analysed);
            return found;
        });
        // The proofs of its conflicts, each a task of its own: one guideline may declare many.
        for (int i = 0; i < guideline.conflicts().size(); i++) {
            int conflict = i;
            CompletableFuture<Optional<Diagnostic>> proof =
                    analysed.thenApplyAsync(a -> a.conflicts().get(conflict).get(), CompilerThreads.POOL);
            reports.add(() -> {
                Diagnostics verdict = new Diagnostics();
                CompilerThreads.result(proof).ifPresent(verdict::add);
                return verdict;
            });
        }
    }

    /** A guideline's analysis, and the reports of its conflicts' proofs, still to run. */
    private record Analysed(GuidelineAnalysis analysis, List<Supplier<Optional<Diagnostic>>> conflicts) {}

    private static Analysed analyze(CheckedGuideline guideline,
            Map<String, CompletableFuture<GuidelineAnalysis>> needed, Diagnostics found) {
        Map<String, GuidelineAnalysis> imported = new LinkedHashMap<>();
        needed.forEach((id, analysis) -> imported.put(id, analysis.join()));
        GuidelineAnalysis analysis = CoverageAnalysis.analyze(guideline, imported);
        CoverageAnalysis.report(analysis, found);
        return new Analysed(analysis, ConflictAnalysis.reports(analysis, imported::get));
    }

    /**
     * Waits for every analysis, adds the passes' diagnostics in order, and returns the analyses by
     * id, in the order asked for. An analysis that failed throws here, as if it had run on this thread.
     */
    Map<String, GuidelineAnalysis> finish() {
        for (Supplier<Diagnostics> report : reports) {
            diagnostics.addAll(report.get());
        }
        Map<String, GuidelineAnalysis> result = new LinkedHashMap<>();
        analyses.forEach((id, analysis) -> result.put(id, CompilerThreads.result(analysis)));
        return result;
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
