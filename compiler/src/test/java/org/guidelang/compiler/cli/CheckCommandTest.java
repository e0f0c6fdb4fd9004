package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidec check} as a new user meets it: folders, wrong paths, odd files, help. */
class CheckCommandTest {
    private static final String SKETCH = "src/test/resources/sketch";

    @TempDir
    Path dir;

    @Test
    void aFolderOfCleanGuidelinesChecksClean() {
        CliRun run = CliRun.of("check", SKETCH);
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        assertEquals("2 files checked: no problems\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFileNamedTwiceIsCheckedOnce() {
        CliRun run = CliRun.of("check", SKETCH, SKETCH + "/who_grading.guide", "./" + SKETCH + "/who_grading.guide");
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        assertEquals("2 files checked: no problems\n", run.out());
    }

    @Test
    void aMissingPathIsAnIoProblemNamedInOneLine() {
        CliRun run = CliRun.of("check", dir.resolve("nope.guide").toString());
        assertEquals(Guidec.USAGE, run.exitCode(), run.all());
        assertEquals("guidec: " + dir.resolve("nope.guide") + ": no such file or folder\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFolderWithoutGuidelineFilesWarnsAndFailsOnlyWithWerror() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a guideline");
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        assertEquals(dir + ":1:1: warning: no .guide files in " + dir + " [GL602]\n"
                + "  hint: give the folder that holds the guidelines: its files and subfolders are searched for names "
                + "ending in .guide\n"
                + "0 files checked: 0 errors, 1 warning\n", run.out());
        assertEquals(Guidec.ERRORS, CliRun.of("check", "--werror", dir.toString()).exitCode());
    }

    @Test
    void notesInformButFailNothingNotEvenWithWerror() {
        String guide = "src/test/resources/diagnostics/analysis-sound-not-exact.guide";
        CliRun run = CliRun.of("check", "--werror", guide);
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        assertTrue(run.out().endsWith("1 file checked: no problems (3 notes)\n"), run.out());
        assertEquals(3, run.out().lines().filter(l -> l.contains(": note: ") && l.endsWith("[GL712]")).count(), run.out());
        CliRun beside = CliRun.of("check", guide, "src/test/resources/diagnostics/analysis-beyond-the-analysis.guide");
        assertTrue(beside.out().endsWith("2 files checked: 0 errors, 1 warning (4 notes)\n"), beside.out());
    }

    @Test
    void aBinaryFileIsReportedWhereItStopsBeingText() throws IOException {
        Path binary = dir.resolve("logo.guide");
        Files.write(binary, new byte[] {'g', 'u', 'i', 'd', 'e', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0});
        CliRun run = CliRun.of("check", binary.toString());
        assertEquals(Guidec.ERRORS, run.exitCode(), run.all());
        assertTrue(run.out().startsWith(binary + ":2:1: error: the file is not UTF-8 text [GL601]\n"), run.out());
        assertTrue(run.out().contains("hint: byte 0x89 here is not UTF-8"), run.out());
        assertFalse(run.all().contains("Exception"), run.all());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillChecked() {
        Path unreadable = Path.of("/proc/self/mem"); // a regular file that no read succeeds on, even for root
        assumeTrue(Files.isRegularFile(unreadable), "needs Linux /proc");
        CliRun run = CliRun.of("check", unreadable.toString(), SKETCH);
        assertEquals(Guidec.USAGE, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("/proc/self/mem:1:1: error: cannot read the file: Input/output error [GL600]\n"
                + "  hint: check that the file exists and that you may read it\n"), run.out());
        assertTrue(run.out().endsWith("2 files checked: 1 error, 0 warnings\n"), run.out());
    }

    @Test
    void evalWithAnUnreadableFileIsAnIoProblemToo() throws IOException {
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable), "needs Linux /proc");
        Path patient = dir.resolve("patient.json");
        Files.writeString(patient, "{}");
        CliRun run = CliRun.of("eval", unreadable.toString(), SKETCH, "-g", "who_grading", "-i", patient.toString());
        assertEquals(Guidec.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().contains("[GL600]"), run.err());
    }

    @Test
    void helpListsTheOptionsAndTheExitCodes() {
        CliRun run = CliRun.of("check", "--help");
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("--list-codes"), run.out());
        assertTrue(run.out().contains("--werror"), run.out());
        assertTrue(run.out().contains("2   usage or I/O problem"), run.out());
        CliRun top = CliRun.of("--help");
        assertEquals(Guidec.OK, top.exitCode(), top.all());
        assertTrue(top.out().contains("check     Checks guideline files"), top.out());
    }

    @Test
    void listCodesPrintsEachCodeOfTheCatalogueOnce() {
        CliRun run = CliRun.of("check", "--list-codes");
        assertEquals(Guidec.OK, run.exitCode(), run.all());
        String[] lines = run.out().split("\n");
        assertEquals(DiagnosticCode.values().length, lines.length);
        assertEquals(lines.length, Arrays.stream(lines).map(l -> l.substring(0, 5)).distinct().count());
        assertTrue(run.out().contains("GL302  error    unit missing\n"), run.out());
        assertTrue(run.out().contains("GL100  error    unexpected token: unexpected …; expected …\n"), run.out());
        assertFalse(run.out().contains("%s"), run.out());
    }

    @Test
    void noPathAndUnknownOptionsAreUsageProblems() {
        CliRun none = CliRun.of("check");
        assertEquals(Guidec.USAGE, none.exitCode(), none.all());
        assertTrue(none.err().startsWith("guidec check: give at least one guideline file or folder\n"), none.err());
        CliRun unknown = CliRun.of("check", "--bogus", SKETCH);
        assertEquals(Guidec.USAGE, unknown.exitCode(), unknown.all());
        assertTrue(unknown.err().startsWith("Unknown option: '--bogus'"), unknown.err());
    }

    @Test
    void theSameFilesGiveByteIdenticalOutput() throws IOException {
        Path broken = dir.resolve("broken.guide");
        Files.writeString(broken, "guideline broken version 1.0 {\n  title \"x\n  input a : int\n}\n");
        CliRun first = CliRun.of("check", broken.toString());
        CliRun second = CliRun.of("check", broken.toString());
        assertEquals(Guidec.ERRORS, first.exitCode(), first.all());
        assertEquals(first.all(), second.all());
    }
}
