package org.guidelang.compiler.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it ends up either wholly new or exactly as it was: the content goes to a
 * temporary file in the same folder, is forced to disk, and is renamed over the target. A write
 * that fails half-way (a full disk, a bug in the content) leaves the original byte-identical and
 * no temporary file behind. Every file that guidec or the Maven plugin writes goes through here.
 */
public final class AtomicFile {
    /** Longest part of the target's name kept in the temporary file's, so that its name stays legal. */
    private static final int NAME_IN_TEMP = 60;

    /** Opens the stream into a freshly created temporary file; tests give one that fails. */
    @FunctionalInterface
    interface TempStream {
        FileOutputStream open(Path temp) throws IOException;
    }

    /** Writes a file's content; it may fail half-way, which leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void write(Path target, String text) throws CannotWrite {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws CannotWrite {
        write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} with what {@code content} writes, or leaves it as it was. */
    public static void write(Path target, Content content) throws CannotWrite {
        write(target, content, AtomicFile::fileStream);
    }

    static void write(Path target, Content content, TempStream streams) throws CannotWrite {
        try (Pending pending = open(target, streams)) {
            try {
                content.writeTo(pending.stream());
            } catch (CannotWrite e) {
                throw e;
            } catch (IOException e) {
                throw new CannotWrite(target, e);
            }
            pending.commit();
        }
    }

    /**
     * Starts replacing {@code target} with what is written to {@link Pending#stream()}: for output
     * that is streamed (a batch run). {@link Pending#commit()} puts it in place; closing without
     * committing discards it and leaves the target as it was.
     */
    public static Pending open(Path target) throws CannotWrite {
        return open(target, AtomicFile::fileStream);
    }

    private static FileOutputStream fileStream(Path temp) throws IOException {
        return new FileOutputStream(temp.toFile());
    }

    static Pending open(Path target, TempStream streams) throws CannotWrite {
        Path destination = destination(target);
        Path folder = destination.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new CannotWrite(target, Files.exists(folder) ? folder + " is not a folder" : "no such folder " + folder,
                    null);
        }
        if (Files.isDirectory(destination)) {
            throw new CannotWrite(target, "it is a folder", null);
        }
        Path temp = createTemp(target, folder, destination.getFileName().toString());
        try {
            keepPermissions(destination, temp);
            return new Pending(target, destination, temp, streams.open(temp));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CannotWrite(target, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Where the bytes go: through a symbolic link to its file, so that the link stays a link. */
    private static Path destination(Path target) {
        if (Files.isSymbolicLink(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                return target; // a dangling link is replaced by the file
            }
        }
        return target;
    }

    private static Path createTemp(Path target, Path folder, String name) throws CannotWrite {
        String stem = "." + (name.length() > NAME_IN_TEMP ? name.substring(0, NAME_IN_TEMP) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(stem + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                // createFile, unlike createTempFile, gives the file the usual permissions (the umask's).
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw new CannotWrite(target, e);
                }
            } catch (IOException e) {
                throw new CannotWrite(target, e);
            }
        }
    }

    /** A rename puts a new file in place, so the old one's permissions (say, group-writable) are copied. */
    private static void keepPermissions(Path destination, Path temp) {
        if (!Files.isRegularFile(destination)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(destination));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the file gets the usual permissions.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing better to do: the caller reports the failure that brought us here.
        }
    }

    /** A replacement being written; see {@link #open(Path)}. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path destination;
        private final Path temp;
        private final FileOutputStream file;
        private final OutputStream stream;
        private boolean finished;

        private Pending(Path target, Path destination, Path temp, FileOutputStream file) {
            this.target = target;
            this.destination = destination;
            this.temp = temp;
            this.file = file;
            this.stream = new BufferedOutputStream(file, 1 << 16);
        }

        /** Where to write the new content (buffered). */
        public OutputStream stream() {
            return stream;
        }

        /** Forces the content to disk and renames it over the target. */
        public void commit() throws CannotWrite {
            try {
                stream.flush();
                // A full disk can show only when the data reaches it: before the rename, not after.
                file.getChannel().force(true);
                stream.close();
                move();
                finished = true;
            } catch (IOException e) {
                throw new CannotWrite(target, e);
            } finally {
                if (!finished) {
                    discard();
                }
            }
        }

        private void move() throws IOException {
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Discards the new content unless it was committed; the target stays as it was. */
        @Override
        public void close() {
            if (!finished) {
                discard();
            }
        }

        private void discard() {
            finished = true;
            try {
                file.close();
            } catch (IOException e) {
                // The temporary file is deleted below all the same.
            }
            deleteQuietly(temp);
        }
    }
}
