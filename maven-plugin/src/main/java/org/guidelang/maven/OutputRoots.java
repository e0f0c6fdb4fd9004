package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * Deletes the files named in {@code previous} but not in {@code current}: what the last run
     * generated and this one does not (a guideline removed or renamed, another package). Only
     * files inside the two folders: the stamp is a file in target/ that anyone may edit.
     */
    int removeStale(Set<String> previous, Set<String> current) throws IOException {
        int removed = 0;
        for (String name : previous) {
            Path stale = base.resolve(name).normalize();
            boolean ours = stale.startsWith(sources) || stale.startsWith(resources);
            if (!current.contains(name) && ours && Files.deleteIfExists(stale)) {
                removed++;
            }
        }
        return removed;
    }

    /** A file's name in the stamp: {@code target/generated-sources/guidelang/org/example/MilanNen.java}. */
    String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
