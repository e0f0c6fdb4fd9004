package org.guidelang.compiler.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files into a folder, each through {@link AtomicFile}. A file whose bytes are
 * already there is left alone, so its timestamp stays put and incremental builds (javac, Maven)
 * see no change.
 */
public final class OutputFolder {
    /** The longest file name (one path segment) that common file systems accept: ext4, APFS, NTFS. */
    public static final int MAX_NAME_BYTES = 255;

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    /** What one {@link #write} did. */
    public record Written(int written, int unchanged) {
        public int total() {
            return written + unchanged;
        }
    }

    /** A generated file whose name no file system would take; nothing was written. */
    public static final class NameTooLong extends CannotWrite {
        private static final long serialVersionUID = 1L;

        private final String name;

        NameTooLong(Path file, String name) {
            super(file, "its name is " + bytes(name) + " bytes long, and file systems allow at most " + MAX_NAME_BYTES,
                    null);
            this.name = name;
        }

        /** The segment of the path that is too long. */
        public String name() {
            return name;
        }
    }

    /**
     * Writes the files that changed. Names are checked first, so that a name no file system takes
     * fails the whole write before any file is touched.
     */
    public Written write(List<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            for (String name : file.path().split("/")) {
                if (bytes(name) > MAX_NAME_BYTES) {
                    throw new NameTooLong(root.resolve(file.path()), name);
                }
            }
        }
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (holds(target, bytes)) {
                unchanged++;
                continue;
            }
            createFolders(target.getParent());
            AtomicFile.write(target, bytes);
            written++;
        }
        return new Written(written, unchanged);
    }

    private static boolean holds(Path target, byte[] bytes) throws CannotWrite {
        try {
            return Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes);
        } catch (IOException e) {
            throw new CannotWrite(target, e);
        }
    }

    private static void createFolders(Path folder) throws CannotWrite {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            // The usual cause is a file standing where a folder must go; name that file, not the folder below it.
            for (Path above = folder; above != null; above = above.getParent()) {
                if (Files.exists(above) && !Files.isDirectory(above)) {
                    throw new CannotWrite(above, "it is a file, and a folder must go there", e);
                }
            }
            throw new CannotWrite(folder, e);
        }
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
