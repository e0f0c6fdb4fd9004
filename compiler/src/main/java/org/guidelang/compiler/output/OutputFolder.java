package org.guidelang.compiler.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files into a folder. A file whose bytes are already there is left alone, so
 * its timestamp stays put and incremental builds (javac, Maven) see no change.
 */
public final class OutputFolder {
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

    public Written write(List<GeneratedFile> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            written++;
        }
        return new Written(written, unchanged);
    }
}
