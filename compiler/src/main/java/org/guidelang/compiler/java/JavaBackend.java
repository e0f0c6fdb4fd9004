package org.guidelang.compiler.java;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;

/**
 * The Java back end: turns each checked guideline into one evaluator class that depends only on
 * the runtime. Shared by {@code guidec build --java} and the Maven plugin's {@code generate} goal.
 */
public final class JavaBackend {
    /** Where a guideline without a {@code package} clause goes (see docs/language.md). */
    public static final String DEFAULT_PACKAGE = "org.guidelang.generated";

    private JavaBackend() {}

    /**
     * Java sources for every guideline of a clean compilation, in the compilation's order;
     * {@code packageOverride} null means each guideline's own package.
     *
     * @throws IllegalArgumentException if the compilation has errors or the package is not a Java
     *     package name
     */
    public static List<GeneratedFile> generate(Compilation compilation, String packageOverride) {
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException("cannot generate Java for guidelines with errors; check them first");
        }
        if (packageOverride != null && !JavaNames.isPackageName(packageOverride)) {
            throw new IllegalArgumentException("`" + packageOverride + "` is not a Java package name; write it like "
                    + "org.example.guidelines");
        }
        JavaTypes types = new JavaTypes(compilation.guidelines(), packageOverride);
        List<GeneratedFile> files = new ArrayList<>();
        for (CheckedGuideline guideline : compilation.guidelines()) {
            files.add(new GuidelineClassGenerator(guideline, compilation.analysis(guideline.id()).outcomes(), types)
                    .generate());
        }
        return List.copyOf(files);
    }

    /**
     * The {@code META-INF/services/org.guidelang.runtime.GuidelineEvaluator} file listing every
     * evaluator of the compilation, for a resources folder, so that {@code
     * GuidelineCatalog.discover(loader)} finds them by id; {@code packageOverride} as for {@link
     * #generate}.
     */
    public static GeneratedFile serviceFile(Compilation compilation, String packageOverride) {
        JavaTypes types = new JavaTypes(compilation.guidelines(), packageOverride);
        StringBuilder lines = new StringBuilder();
        for (CheckedGuideline guideline : compilation.guidelines()) {
            lines.append(types.classOf(guideline.id()).nestedClass("MapEvaluator").reflectionName()).append('\n');
        }
        return new GeneratedFile("META-INF/services/org.guidelang.runtime.GuidelineEvaluator", lines.toString());
    }
}
