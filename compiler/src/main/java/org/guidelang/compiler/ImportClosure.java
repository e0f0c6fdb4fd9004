package org.guidelang.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<SourceFile>> holding = new HashMap<>();
        Map<SourceFile, Optional<Guideline>> parsed = new IdentityHashMap<>();
        for (SourceFile file : files) {
            Optional<Guideline> guideline = parses.parse(file, ignored);
            parsed.put(file, guideline);
            String id = guideline.map(g -> g.id().text()).orElseGet(() -> GuideCompiler.baseName(file));
            holding.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
        }
        Set<SourceFile> needed = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<SourceFile> todo = new ArrayDeque<>(List.of(edited));
        while (!todo.isEmpty()) {
            SourceFile file = todo.pop();
            if (needed.add(file)) {
                parsed.getOrDefault(file, Optional.empty()).ifPresent(guideline -> GuideCompiler.imports(guideline)
                        .forEach(i -> todo.addAll(holding.getOrDefault(i.target().text(), List.of()))));
            }
        }
        return files.stream().filter(needed::contains).toList();
    }

    /**
     * Compiles what {@code edited} needs ({@link #of}), keeping every file's parse in {@code parses}
     * (a compilation of all {@code files} with the same {@code parses} follows).
     */
    public static Compilation compile(SourceFile edited, List<SourceFile> files, ParsedSources parses) {
        return compile(of(edited, files, parses), parses);
    }

    /** Compiles {@code needed}, as {@link #of} found them, keeping the parses of the other files in {@code parses}. */
    public static Compilation compile(List<SourceFile> needed, ParsedSources parses) {
        return GuideCompiler.compile(needed, new Diagnostics(), parses, null);
    }
}
