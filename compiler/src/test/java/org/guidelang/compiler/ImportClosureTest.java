package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edited file and what it imports, compiled alone, give the edited file the diagnostics a
 * compilation of every file gives it: the first answer an editor publishes after a keystroke.
 */
class ImportClosureTest {
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    static List<SourceFile> nen() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(NEN)) {
            for (Path path : list.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    static Stream<String> nenFiles() throws IOException {
        return nen().stream().map(SourceFile::displayPath);
    }

    @Test
    void aFileNeedsItselfAndWhatItImportsDirectlyOrNot() throws IOException {
        List<SourceFile> files = nen();
        ParsedSources parses = new ParsedSources();
        assertEquals(List.of("who_grading.guide"), names(ImportClosure.of(file(files, "who_grading.guide"), files, parses)));
        assertEquals(List.of("milan_nen.guide", "who_grading.guide"),
                names(ImportClosure.of(file(files, "milan_nen.guide"), files, parses)));
        List<String> consistency = names(ImportClosure.of(file(files, "nen_consistency.guide"), files, parses));
        // It imports seven guidelines, and through them the WHO grade and Milan-NEN: every file.
        assertEquals(names(files), consistency);
    }

    /** Each NEN file, broken in two ways (an unknown name, a hidden rule): its findings alone equal its findings among all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nenFiles")
    void theEditedFileGetsTheDiagnosticsOfACheckOfEveryFile(String name) throws IOException {
        List<SourceFile> files = nen();
        int index = names(files).indexOf(name);
        String text = files.get(index).text();
        int end = text.lastIndexOf('}');
        String broken = text.substring(0, end) + """
                  define noSuchThing = notDeclaredAnywhere > 3
                }
                """;
        for (String edited : List.of(text + "// an edit\n", broken)) {
            files.set(index, new SourceFile(name, edited));
            ParsedSources parses = new ParsedSources();
            Compilation alone = ImportClosure.compile(files.get(index), files, parses);
            Compilation all = GuideCompiler.compile(files, parses);
            assertEquals(render(all, files.get(index)), render(alone, files.get(index)));
        }
        assertFalse(render(GuideCompiler.compile(files), files.get(index)).isEmpty(), "the broken text has findings");
    }

    @Test
    void theParsesOfTheOtherFilesAreKeptForTheCompilationThatFollows() throws IOException {
        List<SourceFile> files = nen();
        ParsedSources parses = new ParsedSources();
        Compilation before = GuideCompiler.compile(files, parses);
        SourceFile edited = file(files, "who_grading.guide");
        files.set(files.indexOf(edited), new SourceFile(edited.displayPath(), edited.text() + "// edit\n"));
        ImportClosure.compile(files.get(files.indexOf(file(files, "who_grading.guide"))), files, parses);
        Compilation after = GuideCompiler.compile(files, parses);
        SourceFile untouched = file(files, "netlm_classification.guide");
        assertSame(before.syntax(untouched).orElseThrow(), after.syntax(untouched).orElseThrow());
    }

    @Test
    void anImportedFileThatDoesNotParseIsFoundByItsName() {
        SourceFile grade = new SourceFile("grade.guide", "guideline grade version 1.0.0 { title \"G\" input ki67 :: }");
        SourceFile plan = new SourceFile("plan.guide", """
                guideline plan version 1.0.0 {
                  title "Plan"
                  import grade
                }
                """);
        SourceFile other = new SourceFile("other.guide", "guideline other version 1.0.0 { title \"O\" }");
        List<SourceFile> files = List.of(grade, other, plan);
        ParsedSources parses = new ParsedSources();
        assertEquals(List.of(grade, plan), ImportClosure.of(plan, files, parses));
        Compilation alone = ImportClosure.compile(plan, files, parses);
        assertEquals(render(GuideCompiler.compile(files), plan), render(alone, plan));
    }

    private static SourceFile file(List<SourceFile> files, String name) {
        return files.stream().filter(f -> f.displayPath().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<SourceFile> files) {
        return files.stream().map(SourceFile::displayPath).toList();
    }

    private static String render(Compilation compilation, SourceFile file) {
        StringBuilder out = new StringBuilder();
        compilation.diagnostics().stream().filter(d -> d.span().file() == file)
                .forEach(d -> out.append(DiagnosticRenderer.render(d)));
        return out.toString();
    }
}
