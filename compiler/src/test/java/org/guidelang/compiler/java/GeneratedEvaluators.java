package org.guidelang.compiler.java;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.GuidelineCatalog;
import org.guidelang.runtime.GuidelineEvaluator;

/** A compilation's generated evaluators, compiled and loaded, reachable by guideline id through the runtime interface. */
final class GeneratedEvaluators {
    final List<GeneratedFile> files;
    final ClassLoader loader;
    final GuidelineCatalog catalog;

    private GeneratedEvaluators(List<GeneratedFile> files, ClassLoader loader, GuidelineCatalog catalog) {
        this.files = files;
        this.loader = loader;
        this.catalog = catalog;
    }

    private static final Map<java.nio.file.Path, GeneratedEvaluators> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<java.nio.file.Path, Compilation> COMPILATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The guidelines of a folder, compiled to Java once per test run (javac is the slow part). */
    static GeneratedEvaluators of(java.nio.file.Path folder) {
        return COMPILED.computeIfAbsent(folder, f -> of(compilation(f)));
    }

    /** The checked guidelines of a folder, compiled once per test run. */
    static Compilation compilation(java.nio.file.Path folder) {
        return COMPILATIONS.computeIfAbsent(folder, TestGuidelines::compile);
    }

    static GeneratedEvaluators of(Compilation compilation) {
        List<GeneratedFile> files = JavaBackend.generate(compilation, null).sources();
        ClassLoader loader = InMemoryJavac.compile(files);
        Map<String, GuidelineEvaluator> evaluators = new LinkedHashMap<>();
        JavaTypes types = new JavaTypes(compilation.guidelines(), null);
        for (CheckedGuideline guideline : compilation.guidelines()) {
            try {
                Class<?> type = loader.loadClass(types.classOf(guideline.id()).reflectionName());
                evaluators.put(guideline.id(), (GuidelineEvaluator) type.getMethod("evaluator").invoke(null));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot load the evaluator of " + guideline.id(), e);
            }
        }
        return new GeneratedEvaluators(files, loader, GuidelineCatalog.of(evaluators.values()));
    }

    GuidelineEvaluator evaluator(String id) {
        return catalog.require(id);
    }
}
