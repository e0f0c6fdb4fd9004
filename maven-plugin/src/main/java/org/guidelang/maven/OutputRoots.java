package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.output.OutputFolder;

/**
 * The two folders that {@code generate} writes, Java sources and resources (the ServiceLoader
 * file), and how their files are named in the stamp: relative to the project's base directory,
 * so that one name says which folder a file is in.
 */
record OutputRoots(Path base, Path sources, Path resources) {
    OutputRoots {
        base = base.toAbsolutePath().normalize();
        sources = sources.toAbsolutePath().normalize();
        resources = resources.toAbsolutePath().normalize();
    }

    /** What one run wrote. */
    record Written(int written, int unchanged) {
        int total() {
            return written + unchanged;
        }
    }

    /** Writes each file only when its bytes change (see {@link OutputFolder}). */
    Written write(List<GeneratedFile> javaFiles, List<GeneratedFile> resourceFiles) throws IOException {
        OutputFolder.Written java = new OutputFolder(sources).write(javaFiles);
        OutputFolder.Written other = new OutputFolder(resources).write(resourceFiles);
        return new Written(java.written() + other.written(), java.unchanged() + other.unchanged());
    }

    /** The stamp's record of the files: name to SHA-256 of the content. */
    SortedMap<String, String> hashes(List<GeneratedFile> javaFiles, List<GeneratedFile> resourceFiles) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (GeneratedFile file : javaFiles) {
            hashes.put(name(sources.resolve(file.path())), GenerationStamp.sha256(file.content()));
        }
        for (GeneratedFile file : resourceFiles) {
            hashes.put(name(resources.resolve(file.path())), GenerationStamp.sha256(file.content()));
        }
        return hashes;
    }

    /**
     * Deletes the files named in {@code previous} (name to the hash of what was written) but not in
     * {@code current}: what the last run generated and this one does not (a guideline removed or
     * renamed, another package). Only files inside the two folders, since the stamp is a file in
     * target/ that anyone may edit; and only files that still hold exactly what was written, since
     * an output folder may be {@code src/main/java}, where someone may since have put a
     * hand-written file at a path that was once generated.
     */
    Removal removeStale(Map<String, String> previous, Set<String> current) throws IOException {
        int removed = 0;
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> written : previous.entrySet()) {
            Path stale = base.resolve(written.getKey()).normalize();
            boolean ours = stale.startsWith(sources) || stale.startsWith(resources);
            if (current.contains(written.getKey()) || !ours || !Files.exists(stale, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (stillAsWritten(stale, written.getValue())) {
                Files.delete(stale);
                removed++;
            } else {
                kept.add(written.getKey());
            }
        }
        return new Removal(removed, kept);
    }

    /** What {@link #removeStale} did: the files it deleted, and those it kept because they were changed since. */
    record Removal(int removed, List<String> kept) {}

    private static boolean stillAsWritten(Path file, String hash) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && GenerationStamp.sha256(Files.readAllBytes(file)).equals(hash);
    }

    /** A file's name in the stamp: {@code target/generated-sources/guidelang/org/example/MilanNen.java}. */
    String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
