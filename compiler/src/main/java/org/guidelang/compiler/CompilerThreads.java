package org.guidelang.compiler;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a compilation parses files and analyses guidelines on, one per core, shared by all
 * compilations. Daemon threads, so that they never keep a JVM alive; with the stack of {@code
 * guidec}'s own thread, since parsing and analysing deeply nested expressions recurse.
 */
final class CompilerThreads {
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), CompilerThreads::thread);

    private CompilerThreads() {}

    /** The result of {@code task}, once done; its exception or error if it failed, as if it had run here. */
    static <T> T result(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(null, task, "guidec-compiler-" + COUNT.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }
}
