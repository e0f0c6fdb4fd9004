package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceLoader;

/** Loads and compiles the paths a command was given; every command starts here. */
final class Sources {
    private Sources() {}

    /** The compilation, or empty after printing an I/O problem (exit code 2). */
    static Optional<Compilation> compile(List<Path> paths, PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files;
        try {
            files = new SourceLoader(Path.of("")).load(paths, diagnostics);
        } catch (SourceLoader.UnreadablePathException e) {
            err.println("guidec: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(GuideCompiler.compile(files, diagnostics));
    }
}
