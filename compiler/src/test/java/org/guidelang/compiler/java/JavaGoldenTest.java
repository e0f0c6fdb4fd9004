package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.Severity;
import org.guidelang.compiler.output.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of generated Java, one small guideline per feature, laid out as Dagger lays out
 * its goldens: each folder of {@code src/test/resources/golden/java} holds a feature's
 * guidelines and, beside them, the class each one gives (by its simple name), so that a change
 * to the generator shows as a short diff in the features it touches. Regenerate with {@code
 * -Dgolden.update=true} and read the diff. Each feature's classes also compile under {@code
 * -Xlint:all -Werror} and pass the feature's examples, agreeing with the interpreter.
 */
class JavaGoldenTest {
    static final Path FEATURES = Path.of("src/test/resources/golden/java");

    static Stream<String> features() throws IOException {
        try (Stream<Path> folders = Files.list(FEATURES)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void generatedClassesMatchTheirGoldenFiles(String feature) throws IOException {
        Path folder = FEATURES.resolve(feature);
        Compilation compilation = GeneratedEvaluators.compilation(folder);
        // Notes (GL712: where answers for missing data are sound rather than exact) inform only.
        assertEquals(List.of(), compilation.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList(),
                "a feature's guidelines check clean");
        Map<String, String> generated = new TreeMap<>();
        for (GeneratedFile file : JavaBackend.generate(compilation, null).sources()) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            assertEquals(null, generated.put(name, file.content()), "two classes named " + name);
        }
        if (Boolean.getBoolean("golden.update")) {
            for (Path stale : goldens(folder).values()) {
                Files.delete(stale);
            }
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, Path> goldens = goldens(folder);
        assertEquals(goldens.keySet(), generated.keySet(),
                feature + ": generated classes differ from the golden ones; run with -Dgolden.update=true and read "
                        + "the diff");
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertEquals(Files.readString(goldens.get(file.getKey()), StandardCharsets.UTF_8), file.getValue(),
                    feature + "/" + file.getKey() + " differs from its golden file; run with -Dgolden.update=true "
                            + "and read the diff");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void generatedClassesCompileWithoutWarningsAndPassTheExamples(String feature) {
        // GeneratedEvaluators compiles with -Xlint:all -Werror; every example runs through both.
        assertTrue(GeneratedUsageTest.runExamples(FEATURES.resolve(feature)) > 0, feature + " has no example");
    }

    @Test
    void everyFeatureHasAGuidelineAndAGoldenClass() throws IOException {
        List<String> features = features().toList();
        assertTrue(features.size() >= 9, features.toString());
        for (String feature : features) {
            try (Stream<Path> files = Files.list(FEATURES.resolve(feature))) {
                List<String> names = files.map(f -> f.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.endsWith(".guide")), feature + ": " + names);
                assertTrue(names.stream().anyMatch(n -> n.endsWith(".java")), feature + ": " + names);
            }
        }
    }

    /** The golden classes of a feature folder, by file name. */
    private static Map<String, Path> goldens(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, Path> goldens = new TreeMap<>();
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> goldens.put(f.getFileName().toString(), f));
            return goldens;
        }
    }
}
