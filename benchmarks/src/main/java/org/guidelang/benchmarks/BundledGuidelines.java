package org.guidelang.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.source.SourceFile;

/** The guideline sources packed into the benchmark jar (under {@code guide/}), compiled into interpreters. */
final class BundledGuidelines {
    private static final List<String> FILES = List.of("who_grading.guide", "milan_nen.guide");

    private BundledGuidelines() {}

    static Interpreter interpreter(String id) {
        List<SourceFile> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = BundledGuidelines.class.getResourceAsStream("/guide/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the benchmark jar has no guide/" + name);
                }
                files.add(new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Compilation compilation = GuideCompiler.compile(files);
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the bundled guidelines do not compile: " + compilation.diagnostics());
        }
        if (compilation.guideline(id).isEmpty()) {
            throw new IllegalStateException("no guideline " + id);
        }
        return new Interpreter(compilation.analysis(id));
    }
}
