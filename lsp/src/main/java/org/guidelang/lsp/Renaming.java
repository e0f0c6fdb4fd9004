package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.compiler.symbols.Reference;
import org.guidelang.compiler.symbols.SymbolKind;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * Renames a name the project declares: its declaration and every reference to it, in every file
 * of the project (an outcome of one guideline is referred to from those that import it). Refuses,
 * with a message the editor shows, what is not such a name (a keyword, a number, a text) and what
 * would not be a rename (a new name that is not an identifier, is a keyword, or is already taken).
 */
final class Renaming {
    private Renaming() {}

    static WorkspaceEdit rename(Snapshot snapshot, Declaration declaration, String newName) {
        refuseUnlessRenamable(snapshot, declaration);
        if (!newName.matches("[A-Za-z_][A-Za-z_0-9]*")) {
            throw refusal("`" + newName + "` is not a name: a name starts with a letter or `_` and has only letters, "
                    + "digits and `_`");
        }
        if (newName.equals(declaration.name())) {
            return new WorkspaceEdit(Map.of());
        }
        if (Keywords.all().contains(newName)) {
            throw refusal("`" + newName + "` is a keyword of GuideLang: choose another name");
        }
        if (taken(snapshot, declaration, newName)) {
            throw refusal("`" + newName + "` is already declared where `" + declaration.name() + "` is used: choose "
                    + "another name");
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        edit(changes, snapshot, declaration.nameSpan(), newName);
        for (Reference reference : snapshot.referencesTo(declaration)) {
            edit(changes, snapshot, reference.span(), newName);
        }
        return new WorkspaceEdit(changes);
    }

    /** Why a name at the cursor cannot be renamed, for a place that holds none. */
    static ResponseErrorException nothingToRename(String word) {
        return refusal(word.isBlank() ? "there is no name here to rename"
                : Keywords.all().contains(word) ? "`" + word + "` is a keyword of GuideLang, not a name the project declares"
                        : "`" + word + "` is not a name the project declares (or its file does not check yet)");
    }

    private static void refuseUnlessRenamable(Snapshot snapshot, Declaration declaration) {
        if (declaration.kind() == SymbolKind.GUIDELINE) {
            throw refusal("a guideline's id is renamed by hand, with its file: `" + declaration.name()
                    + "` also names " + declaration.file().displayPath());
        }
        boolean withoutAlias = snapshot.syntaxOf(declaration).flatMap(g -> DeclaredSyntax.of(declaration, g))
                .filter(n -> n instanceof Member.Import imp && imp.alias() == null).isPresent();
        if (declaration.kind() == SymbolKind.IMPORT && withoutAlias) {
            throw refusal("`" + declaration.name() + "` is the imported guideline's id: write `import "
                    + declaration.name() + " as another_name` to rename it here");
        }
    }

    /** Whether the new name already means something in a guideline that declares or uses the old one. */
    private static boolean taken(Snapshot snapshot, Declaration declaration, String newName) {
        for (SymbolTable table : snapshot.compilation().symbols()) {
            boolean involved = table.guideline().equals(declaration.guideline())
                    || !table.referencesTo(declaration).isEmpty();
            if (!involved) {
                continue;
            }
            boolean clash = switch (declaration.kind()) {
                case CODE -> table.code(declaration.owner(), newName).isPresent();
                case SOURCE, IMPORT, CRITERION -> table.declarations().stream()
                        .anyMatch(d -> d.kind() == declaration.kind() && d.name().equals(newName));
                default -> table.declaration(newName).isPresent();
            };
            if (clash) {
                return true;
            }
        }
        return false;
    }

    private static void edit(Map<String, List<TextEdit>> changes, Snapshot snapshot, SourceSpan span, String newName) {
        changes.computeIfAbsent(snapshot.uri(span.file()), u -> new ArrayList<>())
                .add(new TextEdit(snapshot.lines(span.file()).range(span), newName));
    }

    private static ResponseErrorException refusal(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
    }
}
