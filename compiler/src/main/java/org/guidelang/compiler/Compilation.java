package org.guidelang.compiler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;

/**
 * What a compilation produced: the guidelines that checked clean (in import order: a
 * guideline comes after those it imports), the analysis of each by id, and every diagnostic,
 * sorted.
 */
public record Compilation(List<SourceFile> files, List<CheckedGuideline> guidelines,
        Map<String, GuidelineAnalysis> analyses, List<Diagnostic> diagnostics) {
    public Compilation {
        files = List.copyOf(files);
        guidelines = List.copyOf(guidelines);
        analyses = Collections.unmodifiableMap(new LinkedHashMap<>(analyses)); // in import order, as guidelines
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The analysis of the guideline {@code id}: its findings and what they prove of its outcomes,
     * which the interpreter and the back ends are handed.
     *
     * @throws IllegalArgumentException if no guideline of that id checked clean
     */
    public GuidelineAnalysis analysis(String id) {
        GuidelineAnalysis analysis = analyses.get(id);
        if (analysis == null) {
            throw new IllegalArgumentException("no guideline `" + id + "` checked clean in this compilation");
        }
        return analysis;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public Optional<CheckedGuideline> guideline(String id) {
        return guidelines.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
