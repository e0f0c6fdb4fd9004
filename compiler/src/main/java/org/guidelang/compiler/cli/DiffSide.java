package org.guidelang.compiler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.parse.GuidelineParser;
import org.guidelang.compiler.source.SourceFile;

/**
 * One side of {@code guidec diff}: the guidelines of a file or a folder, in the working tree
 * or at a git revision ({@code PATH@REV}), and the files beside them that they may import.
 * A guideline one side imports but does not hold is taken from the other side.
 */
final class DiffSide {
    final String label;
    final boolean single;
    private final List<SourceFile> primary;
    private final List<SourceFile> context;

    private DiffSide(String label, boolean single, List<SourceFile> primary, List<SourceFile> context) {
        this.label = label;
        this.single = single;
        this.primary = primary;
        this.context = context;
    }

    /** A side that cannot be read: the message names the path or revision and the fix. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    static DiffSide load(String argument) throws Problem {
        Path path = Path.of(argument);
        int at = argument.lastIndexOf('@');
        if (!Files.exists(path) && at > 0) {
            return atRevision(argument, Path.of(argument.substring(0, at)), argument.substring(at + 1));
        }
        try {
            Diagnostics found = new Diagnostics();
            SourceLoader loader = new SourceLoader(Path.of(""));
            List<SourceFile> primary = loader.load(List.of(path), found);
            if (found.hasErrors() || primary.isEmpty()) {
                // A file that is not text, or a folder without guidelines, must not pass for "no difference".
                String why = found.sorted().stream().map(d -> d.span().file().displayPath() + ": " + d.message())
                        .reduce((a, b) -> a + "; " + b).orElse(argument + ": no .guide files");
                throw new Problem(why);
            }
            if (Files.isDirectory(path)) {
                return new DiffSide(argument, false, primary, List.of());
            }
            Path folder = path.toAbsolutePath().getParent();
            // Siblings are only a pool of imports: one that cannot be read is simply not available.
            List<SourceFile> siblings = folder == null ? List.of() : loader.load(List.of(folder), new Diagnostics());
            return new DiffSide(argument, true, primary, siblings);
        } catch (SourceLoader.UnreadablePathException e) {
            throw new Problem(e.getMessage() + (at > 0 ? "" : "; to compare with a committed version, write PATH@REVISION"));
        }
    }

    private static DiffSide atRevision(String label, Path path, String revision) throws Problem {
        try {
            GitRevision git = GitRevision.of(path, revision);
            String relative = git.inRepository(path);
            if (git.isFolder(relative)) {
                List<SourceFile> files = new ArrayList<>();
                for (String file : git.guideFiles(relative, false)) {
                    files.add(new SourceFile(file + "@" + revision, git.show(file)));
                }
                return new DiffSide(label, false, files, List.of());
            }
            SourceFile file = new SourceFile(label, git.show(relative));
            String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
            List<SourceFile> siblings = new ArrayList<>();
            for (String sibling : git.guideFiles(folder, true)) {
                if (!sibling.equals(relative)) {
                    siblings.add(new SourceFile(sibling + "@" + revision, git.show(sibling)));
                }
            }
            return new DiffSide(label, true, List.of(file), siblings);
        } catch (GitRevision.Problem e) {
            throw new Problem(e.getMessage());
        }
    }

    /**
     * Compiles this side's guidelines with what they import: from beside them first, then from
     * {@code other}. Answers the compilation and the ids of this side's own guidelines.
     */
    Compiled compile(DiffSide other) {
        Map<String, SourceFile> own = ids(primary);
        Map<String, SourceFile> available = new LinkedHashMap<>();
        for (List<SourceFile> pool : List.of(context, other.primary, other.context)) {
            ids(pool).forEach(available::putIfAbsent);
        }
        own.keySet().forEach(available::remove);
        List<SourceFile> files = new ArrayList<>(primary);
        List<String> pending = new ArrayList<>();
        own.values().forEach(f -> pending.addAll(imports(f)));
        while (!pending.isEmpty()) {
            String id = pending.remove(0);
            SourceFile file = available.remove(id);
            if (file != null) {
                files.add(file);
                pending.addAll(imports(file));
            }
        }
        Compilation compilation = GuideCompiler.compile(files);
        List<CheckedGuideline> guidelines = new ArrayList<>();
        for (String id : own.keySet()) {
            compilation.guideline(id).ifPresent(guidelines::add);
        }
        return new Compiled(compilation, guidelines);
    }

    /** A compiled side: the compilation (for its diagnostics) and this side's own checked guidelines. */
    record Compiled(Compilation compilation, List<CheckedGuideline> guidelines) {
        GuidelineAnalysis analysis(CheckedGuideline guideline) {
            return compilation.analysis(guideline.id());
        }

        Optional<CheckedGuideline> guideline(String id) {
            return guidelines.stream().filter(g -> g.id().equals(id)).findFirst();
        }
    }

    private static Map<String, SourceFile> ids(List<SourceFile> files) {
        Map<String, SourceFile> out = new LinkedHashMap<>();
        for (SourceFile file : files) {
            parse(file).ifPresent(g -> out.putIfAbsent(g.id().text(), file));
        }
        return out;
    }

    private static List<String> imports(SourceFile file) {
        return parse(file).map(g -> g.members().stream().filter(Member.Import.class::isInstance)
                .map(m -> ((Member.Import) m).target().text()).toList()).orElse(List.of());
    }

    private static Optional<Guideline> parse(SourceFile file) {
        return GuidelineParser.parse(file, new Diagnostics());
    }
}
