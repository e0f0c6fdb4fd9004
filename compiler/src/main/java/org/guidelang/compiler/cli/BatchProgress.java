package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a {@code batch} run, rewritten in place on standard error: records done,
 * their rate, and the time left when the input's size is known. Shown on a terminal only: a log
 * file or a pipe gets the summary line and nothing else.
 */
final class BatchProgress implements BatchRun.Progress {
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long start;
    private long shown;
    private int width;

    /** {@code totalBytes} is the input's size, or -1 when unknown (standard input). */
    BatchProgress(PrintWriter err, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.shown = start;
    }

    /** Whether file descriptor {@code fd} (1 or 2) is a terminal, as far as Java can tell. */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            // No /proc (macOS, Windows): the console exists only when both standard streams are terminals.
            return System.console() != null;
        }
    }

    @Override
    public void update(long records, long bytesRead) {
        long now = clock.getAsLong();
        if (now - shown < EVERY_NANOS) {
            return;
        }
        shown = now;
        String text = line(records, (now - start) / 1e9, bytesRead, totalBytes);
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    /** Clears the line, for the summary to take its place. */
    void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    /** "120,000 records, 85,000/s, 40%, 2 s left"; the share and the time left only when the size is known. */
    static String line(long records, double seconds, long bytesRead, long totalBytes) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d records", records));
        if (seconds > 0) {
            text.append(String.format(Locale.ROOT, ", %,d/s", Math.round(records / seconds)));
        }
        if (totalBytes > 0 && bytesRead > 0) {
            double done = Math.min(1.0, (double) bytesRead / totalBytes);
            text.append(String.format(Locale.ROOT, ", %d%%", (int) Math.floor(done * 100)));
            if (seconds > 0 && done < 1.0) {
                text.append(", ").append(duration(seconds * (1 - done) / done)).append(" left");
            }
        }
        return text.toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
