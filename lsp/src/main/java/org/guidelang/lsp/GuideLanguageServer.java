package org.guidelang.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The GuideLang language server: it says what it offers, and hands documents to {@link
 * GuideTextDocumentService}. The protocol's end: {@code shutdown} stops the compiler thread,
 * {@code exit} releases {@link #awaitExit}, whose answer is the exit code (0 after a shutdown, 1
 * without one, as the protocol asks).
 */
public final class GuideLanguageServer implements LanguageServer, LanguageClientAware {
    private final Workspace workspace = new Workspace();
    private final GuideTextDocumentService documents = new GuideTextDocumentService(workspace);
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile boolean shutDown;

    @Override
    public void connect(LanguageClient client) {
        workspace.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setRenameProvider(new RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", "=", "{")));
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setDocumentFormattingProvider(true);
        String version = GuideLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("guidec lsp", version == null ? "development" : version)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        workspace.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.countDown();
    }

    /** Waits for {@code exit}; the process's exit code. */
    public int awaitExit() throws InterruptedException {
        exited.await();
        return shutDown ? 0 : 1;
    }

    /** Lets {@link #awaitExit} return when the editor went away without saying {@code exit}. */
    void disconnected() {
        exited.countDown();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // guidec lsp has no settings of its own
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                params.getChanges().forEach(change -> workspace.touched(change.getUri()));
            }
        };
    }
}
