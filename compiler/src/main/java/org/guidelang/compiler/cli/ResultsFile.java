package org.guidelang.compiler.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The output file of a {@code batch} run, written to a temporary file in the same folder and
 * moved into place only when the run is complete: an interrupted or failed run leaves the previous
 * results (and anything else at that path) as they were.
 */
final class ResultsFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private boolean committed;

    private ResultsFile(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    /** A temporary file beside {@code target}. */
    static ResultsFile create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            return new ResultsFile(target, temporary);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    OutputStream stream() {
        return out;
    }

    /** Closes the temporary file and moves it onto the target, atomically where the file system can. */
    void commit() throws IOException {
        out.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit, deletes the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
