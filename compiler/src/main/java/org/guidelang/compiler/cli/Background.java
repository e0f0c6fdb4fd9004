package org.guidelang.compiler.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of a command's work running on a thread of its own, with the same deep stack as the
 * command's thread (deeply nested expressions recurse in every back end). Its failure is thrown
 * where the result is asked for, as if the work had run there.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, name, Guidec.STACK_BYTES);
        thread.setDaemon(true); // never keeps the JVM alive after the command has answered
        thread.start();
        return new Background<>(task);
    }

    /** The result, once the work has finished; its exception or error if it failed. */
    T result() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
