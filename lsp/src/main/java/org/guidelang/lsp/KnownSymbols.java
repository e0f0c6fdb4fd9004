package org.guidelang.lsp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * The newest symbol table of each document and each guideline that any compilation produced.
 * A file being edited seldom checks, and then the compilation has no table for it; completion
 * still needs its names, which rarely change while an expression is typed.
 */
final class KnownSymbols {
    private final Map<String, SymbolTable> byUri = new HashMap<>();
    private final Map<String, SymbolTable> byId = new HashMap<>();

    void remember(Snapshot snapshot) {
        for (String uri : snapshot.uris()) {
            snapshot.symbols(uri).ifPresent(t -> {
                byUri.put(uri, t);
                byId.put(t.guideline(), t);
            });
        }
    }

    Optional<SymbolTable> table(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    Optional<SymbolTable> byId(String guideline) {
        return Optional.ofNullable(byId.get(guideline));
    }
}
