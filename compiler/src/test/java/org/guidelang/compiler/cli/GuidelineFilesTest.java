package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} checks only the guideline it applies and what that imports, and answers as a
 * check of the whole folder would whenever that guideline or its imports are concerned.
 */
class GuidelineFilesTest {
    private static final Path SKETCH = Path.of("src/test/resources/sketch");

    @TempDir
    Path dir;

    private static SourceFile file(String path, String text) {
        return new SourceFile(path, text);
    }

    private static Optional<List<String>> needed(String id, SourceFile... files) {
        return GuidelineFiles.of(List.of(files)).needed(id).map(found -> found.values().stream().map(SourceFile::displayPath).sorted().toList());
    }

    @Test
    void theGuidelineAndWhatItImportsByTheirFileNames() {
        SourceFile a = file("g/a.guide", "guideline a version 1.0.0 {\n  import b as bee\n  import c\n}");
        SourceFile b = file("g/b.guide", "// imported by a\nguideline /* the id: */ b version 1.0.0 { import c }");
        SourceFile c = file("g/c.guide", "guideline\n\tc version 1.0.0 {}");
        SourceFile d = file("g/d.guide", "guideline d version 1.0.0 { import a }");
        assertEquals(Optional.of(List.of("g/a.guide", "g/b.guide", "g/c.guide")), needed("a", a, b, c, d));
        assertEquals(Optional.of(List.of("g/c.guide")), needed("c", a, b, c, d));
    }

    @Test
    void givesUpWhenTheFilesCannotBeToldApart() {
        SourceFile a = file("a.guide", "guideline a version 1.0.0 { import b }");
        SourceFile b = file("b.guide", "guideline b version 1.0.0 {}");
        assertEquals(Optional.empty(), needed("a", a), "b has no file of its name");
        assertEquals(Optional.empty(), needed("a", a, file("b.guide", "guideline bee version 1.0.0 {}")),
                "b.guide holds another guideline");
        assertEquals(Optional.empty(), needed("a", a, b, file("other.guide", "guideline/**/b version 2.0.0 {}")),
                "another file may declare b too");
        assertEquals(Optional.empty(), needed("a", a, b, file("x/b.guide", "guideline b version 1.0.0 {}")),
                "two files named b");
        assertEquals(Optional.empty(), needed("a", file("a.guide", "// import nothing\nguideline a version 1.0.0 {}")),
                "a comment that reads as an import costs a fallback, not a missed file");
    }

    private CliRun batch(Path guides, String id) throws IOException {
        Path cohort = Files.write(dir.resolve("cohort.jsonl"), BatchCohortTest.patients(3, 50), StandardCharsets.UTF_8);
        return CliRun.of("batch", guides.toString(), "-g", id, "-i", cohort.toString(), "-o",
                dir.resolve("out.jsonl").toString(), "--engine", "interpreted");
    }

    private Path sketchWith(String name, String text) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        for (String own : List.of("milan_nen.guide", "who_grading.guide")) {
            Files.copy(SKETCH.resolve(own), guides.resolve(own));
        }
        Files.writeString(guides.resolve(name), text);
        return guides;
    }

    @Test
    void anErrorInAFileTheGuidelineDoesNotNeedDoesNotStopABatch() throws IOException {
        Path guides = sketchWith("unrelated.guide", "guideline unrelated version 1.0.0 { input x : nonsense }");
        assertEquals(1, CliRun.of("check", guides.toString()).exitCode(), "the folder has an error");
        CliRun run = batch(guides, "milan_nen");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("50 patients: 50 evaluated"), run.err());
    }

    @Test
    void anErrorInAnImportedGuidelineStillStopsABatch() throws IOException {
        Path guides = sketchWith("who_grading.guide", Files.readString(SKETCH.resolve("who_grading.guide"))
                .replaceFirst("input ", "input broken : nonsense\n  input "));
        CliRun run = batch(guides, "milan_nen");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("who_grading.guide") && run.err().contains("fix them first"), run.err());
    }

    @Test
    void aSecondDeclarationElsewhereIsReportedAsTheWholeFolderWould() throws IOException {
        Path guides = sketchWith("copy.guide", Files.readString(SKETCH.resolve("who_grading.guide")));
        CliRun run = batch(guides, "milan_nen");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("copy.guide"), run.err());
    }

    @Test
    void namesAreWhatTheWholePatternFindsWhereverItIsTried() {
        // The pattern as it was tried at every character, before the look for the keyword first.
        String skipped = "(?:\\s|//[^\\r\\n]*|/\\*.*?\\*/)+";
        String[] tokens = {"guideline", "import", " ", "\n", "\t", "//c\n", "// guideline x", "/* x */", "/*", "*/", "a",
            "_1", "b2", "x", "{", "\"", "guidelines", "é"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (String keyword : List.of("guideline", "import")) {
            java.util.regex.Pattern whole = java.util.regex.Pattern.compile(
                    "(?<![A-Za-z_0-9])" + keyword + skipped + "([A-Za-z_][A-Za-z_0-9]*)", java.util.regex.Pattern.DOTALL);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int t = random.nextInt(0, 12); t > 0; t--) {
                    text.append(tokens[random.nextInt(tokens.length)]);
                }
                java.util.Set<String> expected = new java.util.LinkedHashSet<>();
                java.util.regex.Matcher matcher = whole.matcher(text);
                while (matcher.find()) {
                    expected.add(matcher.group(1));
                }
                assertEquals(expected, GuidelineFiles.names(keyword, file("t.guide", text.toString())), text.toString());
            }
        }
    }
}
