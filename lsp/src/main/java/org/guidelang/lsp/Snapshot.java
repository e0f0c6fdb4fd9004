package org.guidelang.lsp;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.compiler.symbols.Reference;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * One compilation of a project and the URI of each of its files: what every answer of the server
 * reads. Files are known by their display path (their name in the folder), which is also what a
 * diagnostic about a file that could not be read carries.
 */
final class Snapshot {
    private final Compilation compilation;
    private final Map<String, String> uriByDisplayPath;
    private final Map<SourceFile, LineIndex> lines = new IdentityHashMap<>();

    Snapshot(Compilation compilation, Map<String, String> uriByDisplayPath) {
        this.compilation = compilation;
        this.uriByDisplayPath = Map.copyOf(uriByDisplayPath);
    }

    Compilation compilation() {
        return compilation;
    }

    /** The URIs of every file of the project, read or not. */
    List<String> uris() {
        return uriByDisplayPath.values().stream().sorted().toList();
    }

    Optional<SourceFile> file(String uri) {
        return compilation.files().stream().filter(f -> uri.equals(uriByDisplayPath.get(f.displayPath()))).findFirst();
    }

    String uri(SourceFile file) {
        return uriByDisplayPath.get(file.displayPath());
    }

    /** The line index of {@code file}: of the text a span was made in, even a prefix of an unreadable file. */
    LineIndex lines(SourceFile file) {
        return lines.computeIfAbsent(file, f -> new LineIndex(f.text()));
    }

    org.eclipse.lsp4j.Location location(SourceSpan span) {
        return new org.eclipse.lsp4j.Location(uri(span.file()), lines(span.file()).range(span));
    }

    List<Diagnostic> diagnostics(String uri) {
        return compilation.diagnostics().stream()
                .filter(d -> uri.equals(uriByDisplayPath.get(d.span().file().displayPath())))
                .toList();
    }

    Optional<SymbolTable> symbols(String uri) {
        return file(uri).flatMap(compilation::symbols);
    }

    Optional<Guideline> syntax(String uri) {
        return file(uri).flatMap(compilation::syntax);
    }

    /** The syntax of the file that declares {@code declaration}. */
    Optional<Guideline> syntaxOf(Declaration declaration) {
        return compilation.syntax(declaration.file());
    }

    /** What the name at {@code offset} of the document names: a reference's declaration, or a declaration itself. */
    Optional<Declaration> declarationAt(String uri, int offset) {
        Optional<SymbolTable> table = symbols(uri);
        return table.flatMap(t -> t.referenceAt(offset).map(Reference::declaration).or(() -> t.declarationAt(offset)));
    }

    /** Every reference to {@code declaration} in the project, file by file in import order. */
    List<Reference> referencesTo(Declaration declaration) {
        return compilation.symbols().stream().flatMap(t -> t.referencesTo(declaration).stream()).toList();
    }
}
