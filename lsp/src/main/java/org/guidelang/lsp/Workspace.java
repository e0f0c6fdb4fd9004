package org.guidelang.lsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's state and its one compiler thread. Every change and every question runs on that
 * thread, in the order the editor sent them, so state needs no locks. A change marks its project
 * stale and schedules a compilation after a short pause ({@link #PAUSE_MS}: typing a word compiles
 * once); a question compiles first if its project is stale, so that it is answered from the text
 * as the editor holds it. Each compilation publishes the diagnostics of every file of the project
 * that changed since they were last published; after a change, the changed file's come first, from
 * a compilation of it and what it imports.
 */
final class Workspace {
    /**
     * The pause after a keystroke before compiling: typing a word compiles once, at its end. Then
     * the edited file and what it imports are compiled and its diagnostics published, then the
     * whole folder (RecheckBenchmark, docs/editor.md).
     */
    static final long PAUSE_MS = 150;
    /** Deep (but legal) nesting must not overflow the stack, as for the command line. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final ScheduledExecutorService thread = new ScheduledThreadPoolExecutor(1,
            task -> {
                Thread t = new Thread(null, task, "guidec-lsp-compiler", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });
    private final OpenDocuments open = new OpenDocuments();
    private final Map<String, ProjectState> projects = new HashMap<>();
    private volatile LanguageClient client;

    /** A project, its newest compilation, and what was last published for its files. */
    private static final class ProjectState {
        final Project project;
        final KnownSymbols known = new KnownSymbols();
        final Map<String, List<org.eclipse.lsp4j.Diagnostic>> published = new HashMap<>();
        Snapshot snapshot;
        boolean stale = true;
        long changes;

        ProjectState(Project project) {
            this.project = project;
        }
    }

    /** What a question is answered from: the newest compilation of the document's project. */
    record Answering(String uri, Snapshot snapshot, KnownSymbols known, String text) {}

    void connect(LanguageClient client) {
        this.client = client;
    }

    void opened(String uri, String text) {
        run(() -> {
            open.open(uri, text);
            changed(uri, 0);
        });
    }

    void changed(String uri, List<TextDocumentContentChangeEvent> changes) {
        run(() -> {
            open.change(uri, changes);
            changed(uri, PAUSE_MS);
        });
    }

    void closed(String uri) {
        run(() -> {
            open.close(uri);
            changed(uri, 0);
        });
    }

    /** A file changed outside the editor (saved, created, deleted): its project reads it again. */
    void touched(String uri) {
        run(() -> changed(uri, 0));
    }

    /** Answers a question about document {@code uri} on the compiler thread, from its text as compiled. */
    <T> CompletableFuture<T> answer(String uri, T none, Function<Answering, T> question) {
        return answer(uri, true, none, question);
    }

    /**
     * Answers from the newest compilation there is, stale or not, without waiting for one: for
     * completion, which reads the text as it is and the names the last compilation knew.
     */
    <T> CompletableFuture<T> answerAtOnce(String uri, T none, Function<Answering, T> question) {
        return answer(uri, false, none, question);
    }

    private <T> CompletableFuture<T> answer(String uri, boolean compileFirst, T none, Function<Answering, T> question) {
        return CompletableFuture.supplyAsync(() -> {
            ProjectState state = state(uri);
            Snapshot snapshot = compileFirst ? fresh(state) : state.snapshot;
            Optional<String> text = open.text(uri).or(() -> snapshot == null ? Optional.empty()
                    : snapshot.file(uri).map(f -> f.text()));
            if (snapshot == null || text.isEmpty()) {
                return none;
            }
            return question.apply(new Answering(uri, snapshot, state.known, text.get()));
        }, thread);
    }

    void shutdown() {
        thread.shutdownNow();
    }

    private void changed(String uri, long pause) {
        ProjectState state = state(uri);
        state.stale = true;
        long change = ++state.changes;
        thread.schedule(() -> {
            if (state.changes == change) {
                fresh(state, uri);
            }
        }, pause, TimeUnit.MILLISECONDS);
    }

    private ProjectState state(String uri) {
        Project project = Project.of(uri);
        return projects.computeIfAbsent(project.key(), k -> new ProjectState(project));
    }

    /** The project's compilation of the text as it is now, compiling (and publishing) when stale. */
    private Snapshot fresh(ProjectState state) {
        return fresh(state, null);
    }

    /** As {@link #fresh(ProjectState)}, publishing first the diagnostics of {@code edited}, the document that changed. */
    private Snapshot fresh(ProjectState state, String edited) {
        if (state.stale) {
            state.stale = false;
            try {
                state.snapshot = state.project.compile(open, edited, first -> publishFirst(state, edited, first));
                state.known.remember(state.snapshot);
                publish(state);
            } catch (RuntimeException | StackOverflowError e) {
                log(MessageType.Error, "guidec lsp: compiling " + state.project + " failed: " + e
                        + " (please report this with the guideline that caused it)");
            }
        }
        return state.snapshot;
    }

    /**
     * Publishes the diagnostics of the changed document {@code uri} from {@code snapshot}, a
     * compilation of it and what it imports, before the whole project's compilation that follows:
     * in a folder where many guidelines import one another the edited file's findings come first
     * (RecheckBenchmark).
     */
    private void publishFirst(ProjectState state, String uri, Snapshot snapshot) {
        LanguageClient to = client;
        if (to == null) {
            return;
        }
        List<org.eclipse.lsp4j.Diagnostic> diagnostics =
                snapshot.diagnostics(uri).stream().map(d -> LspDiagnostics.of(d, snapshot)).toList();
        if (!diagnostics.equals(state.published.get(uri))) {
            to.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
            state.published.put(uri, diagnostics);
        }
    }

    private void publish(ProjectState state) {
        LanguageClient to = client;
        if (to == null) {
            return;
        }
        Snapshot snapshot = state.snapshot;
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> now = new HashMap<>();
        for (String uri : snapshot.uris()) {
            now.put(uri, snapshot.diagnostics(uri).stream().map(d -> LspDiagnostics.of(d, snapshot)).toList());
        }
        state.published.keySet().forEach(uri -> now.putIfAbsent(uri, List.of())); // files gone: clear theirs
        now.forEach((uri, diagnostics) -> {
            if (!diagnostics.equals(state.published.get(uri))) {
                to.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
            }
        });
        state.published.clear();
        state.published.putAll(now);
    }

    void log(MessageType type, String message) {
        LanguageClient to = client;
        if (to != null) {
            to.logMessage(new MessageParams(type, message));
        } else {
            System.err.println(message);
        }
    }

    private void run(Runnable task) {
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log(MessageType.Error, "guidec lsp: " + e + " (please report this)");
            }
        });
    }
}
