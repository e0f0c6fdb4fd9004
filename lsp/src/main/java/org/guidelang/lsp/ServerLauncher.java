package org.guidelang.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams: standard input and output for {@code guidec lsp}. */
public final class ServerLauncher {
    private ServerLauncher() {}

    /** Serves until the editor says {@code exit} or closes the input; the exit code. */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        GuideLanguageServer server = new GuideLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the stream ended either way
            }
            server.disconnected();
        }, "guidec-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.awaitExit();
        listening.cancel(true);
        return code;
    }
}
