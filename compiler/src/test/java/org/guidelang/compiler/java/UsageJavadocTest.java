package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.Range;
import org.junit.jupiter.api.Test;

/**
 * The usage sketch in each generated class's Javadoc is code a developer copies: it is taken
 * out of the Javadoc, compiled with the generated classes under {@code -Xlint:all -Werror}, and
 * run, so its sample values must lie inside the declared ranges.
 */
class UsageJavadocTest {
    /** Open lower ends first, where the lower end itself would be refused. */
    private static final String OPEN_RANGES = """
            guideline open_ranges version 1.0.0 {
              input sizeCm : cm in (0, *) "Diameter"
              input share : decimal in (0, 1] "Share"
              define large = sizeCm > 2 cm and share > 0.5
              recommend surgery "Surgery" when large
            }
            """;

    @Test
    void usageOfInputsWithOpenLowerEndsUsesValuesInside() {
        String usage = usage(JavaBackend.generate(openRanges(), null).sources().get(0).content());
        assertTrue(usage.contains(".sizeCm(1.0).share(0.5)"), usage);
    }

    /** One javac run for all: compiling is what takes the time. */
    @Test
    void everyUsageSketchCompilesAndRuns() throws Exception {
        List<Compilation> compilations = new ArrayList<>(List.of(TestGuidelines.sketch(),
                TestGuidelines.compile(TestGuidelines.DIAMOND), openRanges()));
        if (TestGuidelines.repositoryPresent()) {
            compilations.add(TestGuidelines.compile(TestGuidelines.repository()));
        }
        int guidelines = compilations.stream().mapToInt(c -> c.guidelines().size()).sum();
        assertEquals(guidelines, runUsages(compilations));
    }

    private static Compilation openRanges() {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("open_ranges.guide", OPEN_RANGES)),
                new Diagnostics());
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        return compilation;
    }

    @Test
    void sampleValuesLieInsideTheirRanges() {
        List<Range> ranges = List.of(Range.closed(0, 100), new Range(0, false, Double.POSITIVE_INFINITY, false),
                new Range(0, false, 1, true), new Range(0.5, false, 3, false), Range.unbounded(),
                new Range(Double.NEGATIVE_INFINITY, false, 5, true), new Range(Double.NEGATIVE_INFINITY, false, 5, false),
                Range.closed(7, 7));
        for (Range range : ranges) {
            assertTrue(range.contains(ClassJavadoc.inside(range)), range + ": " + ClassJavadoc.inside(range));
        }
    }

    /** Compiles each class's usage sketch into a method beside the class, runs them, and counts them. */
    private static int runUsages(List<Compilation> compilations) throws Exception {
        List<GeneratedFile> files = new ArrayList<>();
        for (Compilation compilation : compilations) {
            files.addAll(JavaBackend.generate(compilation, null).sources());
        }
        List<String> runners = new ArrayList<>();
        for (GeneratedFile file : List.copyOf(files)) {
            String source = file.content();
            String pkg = source.substring("package ".length(), source.indexOf(';'));
            String simple = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".java", "");
            String runner = simple + "UsageSketch";
            files.add(new GeneratedFile(file.path().replace(simple + ".java", runner + ".java"),
                    "package " + pkg + ";\n\nimport org.guidelang.runtime.InvalidInputException;\n\n"
                            + "public final class " + runner + " {\n    private " + runner + "() {}\n\n"
                            + "    public static void run() {\n" + usage(source) + "    }\n}\n"));
            runners.add(pkg + "." + runner);
        }
        ClassLoader loader = InMemoryJavac.compile(files);
        for (String runner : runners) {
            loader.loadClass(runner).getMethod("run").invoke(null);
        }
        return runners.size();
    }

    /** The statements between {@code <pre>{@code} and {@code }</pre>} of the class Javadoc. */
    private static String usage(String source) {
        int start = source.indexOf("<pre>{@code\n");
        int end = source.indexOf("}</pre>", start);
        assertTrue(start > 0 && end > start, "no usage sketch in\n" + source);
        StringBuilder body = new StringBuilder();
        for (String line : source.substring(start + "<pre>{@code\n".length(), end).split("\n")) {
            String code = line.replaceFirst("^\\s*\\* ?", "");
            if (!code.isBlank()) {
                body.append("        ").append(code).append('\n');
            }
        }
        return body.toString();
    }
}
