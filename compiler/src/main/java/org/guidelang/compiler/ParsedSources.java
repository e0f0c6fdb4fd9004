package org.guidelang.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/**
 * The parse results of the files a caller compiles again and again, as an editor does after
 * each change: a {@link SourceFile} compiled before is not parsed again, only the files whose
 * text changed (new {@code SourceFile} objects). Parsing is most of a compilation, so a folder
 * is checked again in about the time its changed file takes. Keyed by the file object itself,
 * whose text never changes, so a result is reused only for exactly the text it came from; it
 * keeps the files of the latest compilation only. Not thread-safe: one per caller.
 */
public final class ParsedSources {
    private final Map<SourceFile, Parsed> parsed = new IdentityHashMap<>();

    /** A file's syntax tree (empty when it has syntax errors) and what parsing it reported. */
    private record Parsed(Optional<Guideline> guideline, List<Diagnostic> diagnostics) {}

    /** Forgets the files not among {@code files}: an editor's closed or replaced texts. */
    void keepOnly(List<SourceFile> files) {
        Set<SourceFile> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(files);
        parsed.keySet().retainAll(current);
    }

    /** The file's syntax tree, reporting its syntax errors to {@code diagnostics}; parsed at most once. */
    Optional<Guideline> parse(SourceFile file, Diagnostics diagnostics) {
        Parsed result = parsed.get(file);
        if (result == null) {
            Diagnostics found = new Diagnostics();
            result = new Parsed(GuideCompiler.parseSafely(file, found), found.sorted());
            parsed.put(file, result);
        }
        result.diagnostics().forEach(diagnostics::add);
        return result.guideline();
    }
}
