package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.format.Formatter;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.compiler.symbols.Reference;
import org.guidelang.compiler.symbols.SymbolTable;

/** The document half of the protocol: synchronisation, and every question about a place in a document. */
final class GuideTextDocumentService implements TextDocumentService {
    private final Workspace workspace;

    GuideTextDocumentService(Workspace workspace) {
        this.workspace = workspace;
    }

    // ---- synchronisation ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        workspace.opened(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        workspace.changed(params.getTextDocument().getUri(), params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        workspace.closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        workspace.touched(params.getTextDocument().getUri());
    }

    // ---- names ----

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return workspace.answer(params.getTextDocument().getUri(), null, at -> {
            int offset = offset(at, params.getPosition());
            Optional<SymbolTable> table = at.snapshot().symbols(at.uri());
            return table.flatMap(t -> at.snapshot().declarationAt(at.uri(), offset)
                    .flatMap(d -> HoverText.of(d, t.guideline(), at.snapshot()))
                    .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text),
                            nameRange(at, t, offset))))
                    .orElse(null);
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return workspace.answer(params.getTextDocument().getUri(), Either.forLeft(List.of()), at -> {
            List<Location> found = at.snapshot().declarationAt(at.uri(), offset(at, params.getPosition()))
                    .map(d -> List.of(at.snapshot().location(d.nameSpan()))).orElse(List.of());
            return Either.forLeft(found);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return workspace.answer(params.getTextDocument().getUri(), List.of(), at -> {
            Optional<Declaration> declaration = at.snapshot().declarationAt(at.uri(), offset(at, params.getPosition()));
            List<Location> found = new ArrayList<>();
            declaration.ifPresent(d -> {
                if (params.getContext() == null || params.getContext().isIncludeDeclaration()) {
                    found.add(at.snapshot().location(d.nameSpan()));
                }
                at.snapshot().referencesTo(d).forEach(r -> found.add(at.snapshot().location(r.span())));
            });
            return found;
        });
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return workspace.answer(params.getTextDocument().getUri(), null, at -> {
            int offset = offset(at, params.getPosition());
            if (at.snapshot().declarationAt(at.uri(), offset).isEmpty()) {
                throw Renaming.nothingToRename(wordAt(at.text(), offset));
            }
            Range range = nameRange(at, at.snapshot().symbols(at.uri()).orElseThrow(), offset);
            return Either3.forFirst(range);
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return workspace.answer(params.getTextDocument().getUri(), null, at -> {
            int offset = offset(at, params.getPosition());
            Declaration declaration = at.snapshot().declarationAt(at.uri(), offset)
                    .orElseThrow(() -> Renaming.nothingToRename(wordAt(at.text(), offset)));
            return Renaming.rename(at.snapshot(), declaration, params.getNewName());
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return workspace.answer(params.getTextDocument().getUri(), List.of(), at -> at.snapshot().syntax(at.uri())
                .map(g -> Outline.of(g, at.snapshot().lines(g.file())).stream()
                        .map(s -> Either.<SymbolInformation, DocumentSymbol>forRight(s)).toList())
                .orElse(List.of()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return workspace.answerAtOnce(params.getTextDocument().getUri(), Either.forLeft(List.of()), at -> Either.forLeft(
                Completions.at(at.text(), new LineIndex(at.text()).offset(params.getPosition()), at.uri(), at.known())));
    }

    // ---- edits ----

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return workspace.answer(params.getTextDocument().getUri(), List.of(), at -> {
            Optional<SourceFile> file = at.snapshot().file(at.uri());
            if (file.isEmpty()) {
                return List.of();
            }
            LineIndex lines = at.snapshot().lines(file.get());
            int from = lines.offset(params.getRange().getStart());
            int to = lines.offset(params.getRange().getEnd());
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (Diagnostic diagnostic : at.snapshot().diagnostics(at.uri())) {
                boolean touches = diagnostic.span().start() <= to && from <= diagnostic.span().end();
                if (touches && diagnostic.span().file() == file.get()) {
                    QuickFix.of(diagnostic).ifPresent(fix -> actions.add(Either.forRight(action(at, diagnostic, fix))));
                }
            }
            return actions;
        });
    }

    private static CodeAction action(Workspace.Answering at, Diagnostic diagnostic, QuickFix fix) {
        CodeAction action = new CodeAction("Replace `" + diagnostic.span().text() + "` with `" + fix.replacement() + "`");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(LspDiagnostics.of(diagnostic, at.snapshot())));
        action.setIsPreferred(true);
        TextEdit edit = new TextEdit(at.snapshot().lines(diagnostic.span().file()).range(diagnostic.span()),
                fix.replacement());
        action.setEdit(new WorkspaceEdit(Map.of(at.uri(), List.of(edit))));
        return action;
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return workspace.answer(params.getTextDocument().getUri(), List.of(), at -> {
            SourceFile file = new SourceFile(Uris.lastSegment(at.uri()), at.text());
            try {
                Formatter.Result result = Formatter.format(file);
                if (!result.changed(file)) {
                    return List.of(); // formatted already, or has syntax errors (published as diagnostics)
                }
                return List.of(new TextEdit(new LineIndex(at.text()).whole(), result.text().orElseThrow()));
            } catch (Formatter.LayoutBug e) {
                workspace.log(MessageType.Error, "guidec lsp: the formatter left " + file.displayPath()
                        + " unchanged: " + e.getMessage() + " (please report this with the file)");
                return List.of();
            }
        });
    }

    // ---- places ----

    private static int offset(Workspace.Answering at, Position position) {
        return at.snapshot().file(at.uri()).map(f -> at.snapshot().lines(f).offset(position))
                .orElseGet(() -> new LineIndex(at.text()).offset(position));
    }

    /** The range of the name at {@code offset}: the reference's, or the declaration's own name. */
    private static Range nameRange(Workspace.Answering at, SymbolTable table, int offset) {
        LineIndex lines = at.snapshot().lines(table.file());
        return table.referenceAt(offset).map(Reference::span).or(() -> table.declarationAt(offset).map(Declaration::nameSpan))
                .map(lines::range).orElse(null);
    }

    /** The word around {@code offset}, to say what cannot be renamed. */
    private static String wordAt(String text, int offset) {
        int start = Math.min(Math.max(0, offset), text.length());
        int end = start;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
