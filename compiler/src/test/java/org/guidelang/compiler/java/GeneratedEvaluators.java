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

    static GeneratedEvaluators of(Compilation compilation) {
        List<GeneratedFile> files = JavaBackend.generate(compilation, null);
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
