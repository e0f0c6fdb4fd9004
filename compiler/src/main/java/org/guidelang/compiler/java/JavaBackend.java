package org.guidelang.compiler.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;

/**
 * The Java back end: turns each checked guideline into one evaluator class that depends only on
 * the runtime, and lists the evaluators for {@code ServiceLoader}. Shared by {@code guidec build
 * --java} and the Maven plugin's {@code generate} goal.
 */
public final class JavaBackend {
    /** Where a guideline without a {@code package} clause goes (see docs/language.md). */
    public static final String DEFAULT_PACKAGE = "org.guidelang.generated";

    /** Where {@code java.util.ServiceLoader} looks for the evaluators, relative to a resources root. */
    public static final String SERVICE_FILE = "META-INF/services/org.guidelang.runtime.GuidelineEvaluator";

    private JavaBackend() {}

    /**
     * What the back end generates: Java {@code sources} for a source root, one class per guideline
     * in the compilation's order, and {@code resources} for a resource root: the {@link
     * #SERVICE_FILE} that lists every evaluator, so that {@code GuidelineCatalog.discover(loader)}
     * finds them by id.
     */
    public record Generated(List<GeneratedFile> sources, List<GeneratedFile> resources) {
        public Generated {
            sources = List.copyOf(sources);
            resources = List.copyOf(resources);
        }

        /** Sources then resources, for a single output folder ({@code guidec build --java}). */
        public List<GeneratedFile> all() {
            List<GeneratedFile> all = new ArrayList<>(sources);
            all.addAll(resources);
            return List.copyOf(all);
        }
    }

    /**
     * The sources and the ServiceLoader file for every guideline of a clean compilation; {@code
     * packageOverride} null means each guideline's own package.
     *
     * @throws IllegalArgumentException if the compilation has errors or the package is not a Java
     *     package name
     */
    public static Generated generate(Compilation compilation, String packageOverride) {
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException("cannot generate Java for guidelines with errors; check them first");
        }
        if (packageOverride != null && !JavaNames.isPackageName(packageOverride)) {
            throw new IllegalArgumentException("`" + packageOverride + "` is not a Java package name; write it like "
                    + "org.example.guidelines");
        }
        JavaTypes types = new JavaTypes(compilation.guidelines(), packageOverride);
        List<GeneratedFile> sources = new ArrayList<>();
        // In import order, so that a guideline's generator knows which of those it imports have a complete-data path.
        Set<String> withGivenPath = new HashSet<>();
        for (CheckedGuideline guideline : compilation.guidelines()) {
            GuidelineClassGenerator generator = new GuidelineClassGenerator(guideline,
                    compilation.analysis(guideline.id()).outcomes(), types, withGivenPath);
            sources.add(generator.generate());
            if (generator.hasGivenPath()) {
                withGivenPath.add(guideline.id());
            }
        }
        return new Generated(sources, List.of(serviceFile(compilation, types)));
    }

    /** {@code org.guidelang.generated.WhoGrading$MapEvaluator}, one line per guideline. */
    private static GeneratedFile serviceFile(Compilation compilation, JavaTypes types) {
        StringBuilder lines = new StringBuilder();
        for (CheckedGuideline guideline : compilation.guidelines()) {
            lines.append(types.classOf(guideline.id()).nestedClass("MapEvaluator").reflectionName()).append('\n');
        }
        return new GeneratedFile(SERVICE_FILE, lines.toString());
    }
}
