package org.guidelang.compiler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.Severity;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * What a compilation produced: the guidelines that checked clean (in import order: a
 * guideline comes after those it imports), the analysis of each by id, and every diagnostic,
 * sorted. For editors it also keeps, even when checking fails, the syntax of each file that
 * parsed ({@code syntax}, in file order) and the symbol table of each guideline the checker
 * reached ({@code symbols}, in import order), complete or as far as checking went.
 */
public record Compilation(
        List<SourceFile> files,
        List<CheckedGuideline> guidelines,
        Map<String, GuidelineAnalysis> analyses,
        List<Diagnostic> diagnostics,
        List<Guideline> syntax,
        List<SymbolTable> symbols) {
    public Compilation {
        files = List.copyOf(files);
        guidelines = List.copyOf(guidelines);
        analyses = Collections.unmodifiableMap(new LinkedHashMap<>(analyses)); // in import order, as guidelines
        diagnostics = List.copyOf(diagnostics);
        syntax = List.copyOf(syntax);
        symbols = List.copyOf(symbols);
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
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** Notes inform only ({@link Severity#NOTE}): they fail nothing. */
    public long noteCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.NOTE).count();
    }

    public Optional<CheckedGuideline> guideline(String id) {
        return guidelines.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The syntax tree of {@code file}; empty when it has syntax errors (or is not part of this compilation). */
    public Optional<Guideline> syntax(SourceFile file) {
        return syntax.stream().filter(g -> g.file() == file).findFirst();
    }

    /**
     * The symbol table of guideline {@code id}; empty when the checker did not reach it (it did not
     * parse, or a guideline it imports has errors).
     */
    public Optional<SymbolTable> symbols(String id) {
        return symbols.stream().filter(s -> s.guideline().equals(id)).findFirst();
    }

    /** The symbol table of the guideline in {@code file}, as {@link #symbols(String)}. */
    public Optional<SymbolTable> symbols(SourceFile file) {
        return symbols.stream().filter(s -> s.file() == file).findFirst();
    }
}
