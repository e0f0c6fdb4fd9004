package org.guidelang.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;

/**
 * What an editor checks first after a keystroke: the edited file and the files of the guidelines
 * it imports, directly or through others. A file's own diagnostics come from checking it against
 * its imports, so compiling these files alone gives the edited file the diagnostics a check of
 * every file gives it, except the few that compare it with guidelines it does not import (another
 * guideline of the same id, GL208; Java class names that clash, GL214) — a check of every file,
 * which follows, adds those. Files are found by the ids of the guidelines they hold, or, where a
 * file does not parse, by its name, as {@link GuideCompiler} links imports.
 */
public final class ImportClosure {
    private ImportClosure() {}

    /**
     * The files of {@code files} that {@code edited} (one of them) needs, in their order in {@code
     * files}; {@code parses} parses each file at most once, so an editor's unchanged files cost
     * nothing here.
     */
    public static List<SourceFile> of(SourceFile edited, List<SourceFile> files, ParsedSources parses) {
        Diagnostics ignored = new Diagnostics(); // the compilation that follows reports them
        Set<SourceFile> needed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<SourceFile> todo = new ArrayDeque<>(List.of(edited));
        Set<String> linked = new HashSet<>();
        while (!todo.isEmpty()) {
            SourceFile file = todo.pop();
            if (!needed.add(file)) {
                continue;
            }
            Optional<Guideline> guideline = parses.parse(file, ignored);
            if (guideline.isEmpty()) {
                continue;
            }
            for (var target : GuideCompiler.imports(guideline.get())) {
                String id = target.target().text();
                if (linked.add(id)) {
                    for (SourceFile candidate : files) {
                        if (holds(candidate, id, parses, ignored)) {
                            todo.push(candidate);
                        }
                    }
                }
            }
        }
        return files.stream().filter(needed::contains).toList();
    }

    /**
     * Compiles what {@code edited} needs ({@link #of}), keeping every file's parse in {@code parses}
     * (a compilation of all {@code files} with the same {@code parses} follows).
     */
    public static Compilation compile(SourceFile edited, List<SourceFile> files, ParsedSources parses) {
        return GuideCompiler.compile(of(edited, files, parses), new Diagnostics(), parses, null);
    }

    /** Whether {@code file} holds guideline {@code id}, or does not parse and is named after it. */
    private static boolean holds(SourceFile file, String id, ParsedSources parses, Diagnostics ignored) {
        Optional<Guideline> guideline = parses.parse(file, ignored);
        return guideline.isPresent() ? guideline.get().id().text().equals(id) : GuideCompiler.baseName(file).equals(id);
    }
}
