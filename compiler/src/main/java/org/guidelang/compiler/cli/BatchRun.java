package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InvalidInputException;

/**
 * One {@code batch} run: the calling thread cuts the cohort into blocks of lines, a pool of
 * workers turns each block into its output records, and a writer thread writes the blocks in input
 * order. At most {@code 2 × threads + 2} blocks are in flight, so memory is bounded by that window,
 * not by the cohort. Every input line gives exactly one output record, a result or its errors, and
 * the counts say how many of each.
 */
final class BatchRun {
    /** How many records were read, evaluated, refused for errors, and hit an internal error (a bug). */
    record Counts(long records, long evaluated, long failed, long internal) {
        Counts plus(Counts other) {
            return new Counts(records + other.records, evaluated + other.evaluated, failed + other.failed,
                    internal + other.internal);
        }
    }

    /** Writing the output failed (the cause says why); reading problems are plain IOExceptions. */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Told after each block is written: records written so far, and input bytes read up to that block. */
    interface Progress {
        void update(long records, long bytesRead);
    }

    /** How a cohort's records are read: from its first line (CSV's header) when the format has one. */
    interface Format {
        boolean hasHeader();

        /** The reader of the records; {@code bytes[from, to)} is the header, or null without one. */
        RecordReader reader(byte[] bytes, int from, int to) throws CsvCohort.HeaderProblem;

        /** JSON Lines: every line a record. */
        static Format of(RecordReader reader) {
            return new Format() {
                @Override
                public boolean hasHeader() {
                    return false;
                }

                @Override
                public RecordReader reader(byte[] bytes, int from, int to) {
                    return reader;
                }
            };
        }
    }

    private static final InputError TOO_LONG = new InputError("$", "the line is longer than "
            + (CohortLines.MAX_LINE >> 20) + " MiB", "give one patient per line");

    /** A block's output and counts, and how far into the input it reaches. */
    private record Done(OutputBytes bytes, Counts counts, long bytesRead) {}

    private static final Future<Done> END = CompletableFuture.completedFuture(null);

    private final GuidelineEvaluator evaluator;
    private final boolean explain;
    private final RecordWriter writer;
    private final int threads;

    BatchRun(GuidelineEvaluator evaluator, boolean explain, RecordWriter writer, int threads) {
        this.evaluator = evaluator;
        this.explain = explain;
        this.writer = writer;
        this.threads = threads;
    }

    /**
     * Reads every line of {@code lines}, writes one record per line to {@code out} in input order,
     * and answers the counts.
     *
     * @throws IOException if reading or writing fails; the output is then incomplete
     * @throws CsvCohort.HeaderProblem if the header does not fit the guideline; nothing was written
     *     but the output's own header
     */
    Counts run(CohortLines lines, Format format, OutputStream out, Progress progress)
            throws IOException, CsvCohort.HeaderProblem {
        CohortLines.Block block = lines.next();
        int skip = 0;
        RecordReader reader;
        if (!format.hasHeader()) {
            reader = format.reader(null, 0, 0);
        } else {
            if (block == null || block.tooLong(0)) {
                throw new CsvCohort.HeaderProblem(block == null ? "the input is empty: it has no header row"
                        : "the header row is too long");
            }
            reader = format.reader(block.data(), block.starts()[0], block.ends()[0]);
            skip = 1;
        }
        OutputBytes header = new OutputBytes(256);
        writer.header(header);
        try {
            header.writeTo(out);
        } catch (IOException e) {
            throw new WriteFailed(e);
        }

        BlockingQueue<Future<Done>> window = new ArrayBlockingQueue<>(2 * threads + 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("guidec-batch-"));
        Writer written = new Writer(window, out, progress);
        Thread writerThread = daemon("guidec-batch-writer").newThread(written);
        writerThread.start();
        try {
            while (block != null && written.failure == null) {
                CohortLines.Block current = block;
                int first = skip;
                RecordReader records = reader;
                long bytesRead = lines.bytesRead();
                put(window, pool.submit(() -> process(current, first, records, bytesRead)));
                skip = 0;
                block = lines.next();
            }
        } finally {
            put(window, END);
            join(writerThread);
            pool.shutdownNow();
        }
        if (written.failure instanceof IOException e) {
            throw e;
        } else if (written.failure != null) {
            throw new IllegalStateException("the batch run failed: " + written.failure, written.failure);
        }
        return written.counts;
    }

    /** Lines {@code first…} of a block as output records. */
    private Done process(CohortLines.Block block, int first, RecordReader reader, long bytesRead) {
        // JSON Lines results are about three quarters of their records' size, CSV rows a third.
        OutputBytes out = new OutputBytes(block.data().length);
        long evaluated = 0;
        long failed = 0;
        long internal = 0;
        for (int i = first; i < block.count(); i++) {
            long line = block.firstLine() + i;
            if (block.tooLong(i)) {
                writer.errors(out, line, List.of(TOO_LONG));
                failed++;
                continue;
            }
            PatientReader.Parsed parsed = reader.read(block.data(), block.starts()[i], block.ends()[i]);
            if (!parsed.errors().isEmpty()) {
                writer.errors(out, line, parsed.errors());
                failed++;
                continue;
            }
            try {
                EvaluationResult result = explain ? evaluator.explain(parsed.values()) : evaluator.evaluate(parsed.values());
                writer.result(out, line, result);
                evaluated++;
            } catch (InvalidInputException e) {
                writer.errors(out, line, e.errors());
                failed++;
            } catch (RuntimeException e) { // a bug: reported on its record, and the run goes on
                writer.errors(out, line, List.of(new InputError("$", "internal error: " + e,
                        "please report this record with the guideline; it is a bug in guidec")));
                internal++;
            }
        }
        return new Done(out,
                new Counts(block.count() - first, evaluated, failed, internal), bytesRead);
    }

    /** Writes the blocks in the order they were submitted; after a failure, only drains the window. */
    private static final class Writer implements Runnable {
        private final BlockingQueue<Future<Done>> window;
        private final OutputStream out;
        private final Progress progress;
        private volatile Throwable failure;
        private Counts counts = new Counts(0, 0, 0, 0);

        Writer(BlockingQueue<Future<Done>> window, OutputStream out, Progress progress) {
            this.window = window;
            this.out = out;
            this.progress = progress;
        }

        @Override
        public void run() {
            while (true) {
                Future<Done> next;
                try {
                    next = window.take();
                } catch (InterruptedException e) {
                    failure = new IOException("interrupted");
                    return;
                }
                if (next == END) {
                    return;
                }
                if (failure != null) {
                    next.cancel(true);
                    continue;
                }
                try {
                    Done done = next.get();
                    done.bytes().writeTo(out);
                    counts = counts.plus(done.counts());
                    progress.update(counts.records(), done.bytesRead());
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (IOException e) {
                    failure = new WriteFailed(e);
                } catch (RuntimeException | InterruptedException e) {
                    failure = e;
                }
            }
        }
    }

    private static void put(BlockingQueue<Future<Done>> window, Future<Done> future) throws IOException {
        try {
            window.put(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void join(Thread thread) throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
