package org.guidelang.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor for tests: LSP4J's own client launcher, talking JSON-RPC to a server started as
 * {@code guidec lsp} starts it ({@link ServerLauncher#serve}) over a pair of pipes. It keeps the
 * diagnostics last published for each document and the messages the server logged.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
    private final StringBuilder log = new StringBuilder();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Future<Void> listening;

    TestClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream toClient = new PipedOutputStream(clientIn);
        Thread serving = new Thread(() -> {
            try {
                exitCode.complete(ServerLauncher.serve(serverIn, toClient));
            } catch (Throwable e) {
                exitCode.completeExceptionally(e);
            } finally {
                try {
                    toClient.close();
                } catch (IOException e) {
                    // the client is gone too
                }
            }
        }, "test-server");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
        server = launcher.getRemoteProxy();
        listening = launcher.startListening();
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params.getDiagnostics());
        notifyAll();
    }

    /** Waits until the diagnostics published for {@code uri} satisfy {@code condition}; returns them. */
    synchronized List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!diagnostics.containsKey(uri) || !condition.test(diagnostics.get(uri))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such diagnostics for " + uri + " within " + WAIT + "; last: "
                        + diagnostics.get(uri) + "; server log: " + log);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return diagnostics.get(uri);
    }

    synchronized String log() {
        return log.toString();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        log.append(message.getMessage()).append('\n');
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {
        logMessage(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        listening.cancel(true);
    }
}
