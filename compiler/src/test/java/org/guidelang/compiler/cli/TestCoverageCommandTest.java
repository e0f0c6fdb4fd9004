package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guidec test --coverage}, {@code --lcov} and {@code --require-coverage} on the small
 * guideline of RuleCoverageTest (rule 2 of {@code band} and its code {@code MID} uncovered) and on
 * the NEN guidelines, which their examples cover completely.
 */
class TestCoverageCommandTest {
    private static final Path COV = Path.of("src/test/resources/coverage/cov.guide");
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    @TempDir
    Path dir;

    Path guide;

    @BeforeEach
    void copy() throws IOException {
        guide = dir.resolve("cov.guide");
        Files.copy(COV, guide);
    }

    @Test
    void coverageListsEveryItemAndNamesEachGapWithoutFailingTheRun() {
        CliRun run = CliRun.of("test", guide.toString(), "--coverage");

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("4 passed, 0 failed\ncoverage of cov by 4 examples: 6 of 7 rules, criteria and "
                + "conditions covered, 6 of 7 codes produced, 4 of 4 atomic conditions both true and false\n"), run.out());
        assertTrue(run.out().contains("    rule 2 (line 9): true 0, false 2, unknown 1  NOT COVERED\n"), run.out());
        assertTrue(run.out().contains("    criterion isFit (line 14): true 2, false 1, unknown 1\n"), run.out());
        assertTrue(run.out().contains("  2 gaps:\n    " + guide + ":9:5: rule 2 of table `band` never holds in an "
                + "example\n    " + guide + ":7:3: no example yields `MID` from table `band`\n"), run.out());
    }

    @Test
    void withoutCoverageTheOutputIsAsBefore() {
        CliRun run = CliRun.of("test", guide.toString());

        assertEquals(0, run.exitCode(), run.all());
        assertEquals("4 passed, 0 failed\n", run.out());
    }

    @Test
    void requireCoverageFailsAndListsTheGapsWhereTheyAreWritten() {
        CliRun run = CliRun.of("test", guide.toString(), "--require-coverage");

        assertEquals(1, run.exitCode(), run.all());
        assertEquals("guidec test: the examples do not cover every rule (--require-coverage); add examples for:\n"
                + "  " + guide + ":9:5: rule 2 of table `band` never holds in an example\n"
                + "  " + guide + ":7:3: no example yields `MID` from table `band`\n", run.err());
    }

    @Test
    void anExampleForTheGapMakesCoverageComplete() throws IOException {
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('}');
        Files.writeString(guide, text.substring(0, end) + """
                  example "middle and fit" {
                    given ki67 = 10%, fit = true, age = 40 years
                    expect band = MID
                  }
                }
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("test", guide.toString(), "--require-coverage");

        assertEquals(0, run.exitCode(), run.all());
        assertEquals("", run.err());
    }

    @Test
    void lcovIsWrittenWithAnAbsoluteSourcePathAndNoTemporaryFileLeft() throws IOException {
        Path info = dir.resolve("out.info");

        CliRun run = CliRun.of("test", guide.toString(), "--lcov", info.toString());

        assertEquals(0, run.exitCode(), run.all());
        List<String> lines = Files.readAllLines(info);
        assertEquals(List.of("TN:cov", "SF:" + guide.toAbsolutePath().normalize()), lines.subList(0, 2));
        assertTrue(lines.contains("DA:9,0") && lines.contains("BRF:29") && lines.contains("LH:6"), lines::toString);
        assertEquals("end_of_record", lines.get(lines.size() - 1));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("cov.guide", "out.info"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anLcovFileThatCannotBeWrittenIsAUsageProblemWithItsReason() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file, not a folder");

        CliRun run = CliRun.of("test", guide.toString(), "--lcov", blocked.resolve("out.info").toString());

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("guidec: ") && run.err().contains("no coverage written"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** {@code --lcov} naming a guideline (here, by mistake, the input itself) once replaced it with the trace. */
    @Test
    void anLcovFileThatIsAGuidelineIsRefusedAndTheGuidelineKept() throws IOException {
        byte[] before = Files.readAllBytes(guide);
        Path link = dir.resolve("link.info");
        Files.createSymbolicLink(link, guide.getFileName());

        for (Path target : List.of(guide, link, dir.resolve(".").resolve(guide.getFileName()))) {
            CliRun run = CliRun.of("test", guide.toString(), "--lcov", target.toString());

            assertEquals(2, run.exitCode(), run.all());
            assertEquals("guidec test: the LCOV file " + target + " is the guideline " + guide
                    + " (the same file): writing the coverage would destroy it; give another --lcov, such as "
                    + "coverage.info\n", run.err());
            assertEquals("", run.out(), "no example runs");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(guide)), "the guideline is unchanged");
        }
    }

    @Test
    void anLcovFileThatIsAFolderIsRefused() {
        CliRun run = CliRun.of("test", guide.toString(), "--lcov", dir.toString());

        assertEquals(2, run.exitCode(), run.all());
        assertEquals("guidec test: the LCOV file " + dir + " is a folder; give a file, such as "
                + dir.resolve("coverage.info") + "; no coverage written\n", run.err());
    }

    @Test
    void theNenGuidelinesCoverEveryRuleCriterionConditionAndCode() {
        CliRun run = CliRun.of("test", NEN.toString(), "--require-coverage", "--coverage");

        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.out().contains("NOT COVERED"), run.out());
        assertTrue(run.out().contains("coverage of who_grading by "), run.out());
    }
}
