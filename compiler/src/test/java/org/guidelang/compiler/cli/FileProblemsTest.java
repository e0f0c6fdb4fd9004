package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read or written is named once, with the reason (no such folder, a file in
 * the way, a folder, a name too long), and what was there before is left as it was.
 */
class FileProblemsTest {
    private static final String SKETCH = "src/test/resources/sketch";

    @TempDir
    Path dir;

    @Test
    void buildIntoAPathTakenByAFileSaysSoOnce() throws IOException {
        Path taken = Files.writeString(dir.resolve("java"), "not a folder");
        CliRun run = CliRun.of("build", SKETCH, "--java", taken.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("guidec build: cannot write " + taken + ": it is a file, and a folder must go there\n", run.err());
        assertEquals("not a folder", Files.readString(taken));
    }

    @Test
    void buildOverAFolderWhereAPageGoesSaysItIsAFolder() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("index.html"));
        CliRun run = CliRun.of("build", SKETCH, "--html", site.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("guidec build: cannot write " + site.resolve("index.html") + ": it is a folder\n", run.err());
    }

    @Test
    void batchIntoAMissingFolderSaysWhichFolder() throws IOException {
        Path cohort = Files.writeString(dir.resolve("cohort.jsonl"), "{\"differentiation\":\"WELL\"}\n");
        Path results = dir.resolve("no/such/results.jsonl");
        CliRun run = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", cohort.toString(), "-o", results.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("cannot write " + results + ": no such folder " + results.getParent()
                + "; nothing written"), run.err());
        assertEquals(1, occurrences(run.err(), results.toString()), run.err());
    }

    @Test
    void aBatchRunThatFailsLeavesTheEarlierResultsAsTheyWere() throws IOException {
        Path results = Files.writeString(dir.resolve("results.jsonl"), "{\"line\":1,\"outcomes\":{}}\n");
        Path notACohort = Files.createDirectory(dir.resolve("cohort"));
        CliRun run = CliRun.of("batch", SKETCH, "-g", "who_grading", "-i", notACohort.toString(), "-o",
                results.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("the cohort " + notACohort + " is a folder; give a .jsonl or .csv file"),
                run.err());
        assertEquals("{\"line\":1,\"outcomes\":{}}\n", Files.readString(results), "the earlier results are kept");
        assertEquals(2, count(dir), "no temporary file stays behind");
    }

    @Test
    void aMissingPatientFileIsNamedOnceWithTheReason() {
        Path missing = dir.resolve("patient.json");
        CliRun run = CliRun.of("eval", SKETCH, "-g", "who_grading", "-i", missing.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("guidec: cannot read the patient file " + missing + ": no such file or folder\n", run.err());
    }

    @Test
    void aGuidelineIdTooLongForAFileNameIsNamedWithThePathAndTheFix() throws IOException {
        String id = "a".repeat(300);
        Path source = Files.writeString(dir.resolve("long.guide"), "guideline " + id + " version 1.0.0 {\n"
                + "  title \"Long\"\n  input x : boolean \"X\"\n  define y = x\n"
                + "  recommend act \"Act\" when y strength strong evidence low\n}\n");
        Path out = dir.resolve("java");
        CliRun run = CliRun.of("build", source.toString(), "--java", out.toString(), "--html", dir.resolve("site").toString());
        assertEquals(2, run.exitCode(), run.all());
        String file = out.resolve("org/guidelang/generated/A" + "a".repeat(299) + ".java").toString();
        assertTrue(run.err().startsWith("guidec build: cannot write " + file
                + ": its name is 305 bytes long, and file systems allow at most 255\n"), run.err());
        assertTrue(run.err().contains("the name comes from guideline `" + id + "` (300 characters, in " + source
                + "): give it a shorter id"), run.err());
        assertFalse(Files.exists(out.resolve("org")), "nothing is written");
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }
}
