package org.guidelang.compiler;

import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;

/**
 * What a compilation produced: the guidelines that checked clean (in import order: a
 * guideline comes after those it imports) and every diagnostic, sorted.
 */
public record Compilation(List<SourceFile> files, List<CheckedGuideline> guidelines, List<Diagnostic> diagnostics) {
    public Compilation {
        files = List.copyOf(files);
        guidelines = List.copyOf(guidelines);
        diagnostics = List.copyOf(diagnostics);
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
