package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidec fmt} through the command line: rewriting, --check, syntax errors, exit codes. */
class FmtCommandTest {
    private static final Path REPO = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();
    private static final String MESSY = "guideline m version 1.0.0 {\ntitle   \"M\"\n  input a : boolean // why\n}\n";
    private static final String CANONICAL = "guideline m version 1.0.0 {\n  title \"M\"\n\n  input a : boolean // why\n}\n";

    @Test
    void theRepositorysGuidelinesAreFormatted() {
        // CI's `guidec fmt --check guidelines/`: a guideline committed unformatted fails the build.
        CliRun run = CliRun.of("fmt", "--check", REPO.resolve("guidelines").toString(),
                REPO.resolve("compiler/src/test/resources/sketch").toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains(": 0 would be reformatted"), run.out());
    }

    @Test
    void rewritesAFileInPlaceOnlyWhenItChanges(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.guide");
        Files.writeString(file, MESSY, StandardCharsets.UTF_8);
        CliRun first = CliRun.of("fmt", file.toString());
        assertEquals(0, first.exitCode(), first.all());
        assertEquals(CANONICAL, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(first.out().contains("formatted ") && first.out().contains("1 file: 1 reformatted"), first.out());

        long modified = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
        CliRun second = CliRun.of("fmt", dir.toString());
        assertEquals(0, second.exitCode(), second.all());
        assertTrue(second.out().contains("1 file: 0 reformatted"), second.out());
        assertEquals(modified - 10_000, Files.getLastModifiedTime(file).toMillis(), "an unchanged file is not written");
    }

    @Test
    void checkListsTheFilesThatWouldChangeWithADiffAndChangesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.guide");
        Files.writeString(file, MESSY, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("fmt", "--check", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("would reformat "), run.out());
        assertTrue(run.out().contains("-title   \"M\"\n+  title \"M\"\n"), run.out());
        assertTrue(run.out().contains("1 file: 1 would be reformatted"), run.out());
        assertEquals(MESSY, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithSyntaxErrorsIsReportedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.guide");
        String text = "guideline b version 1.0.0 {\n  input x : \n}\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("bad.guide:2:12: error:"), run.out());
        assertTrue(run.out().contains("1 not formatted for syntax errors"), run.out());
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aWriteCutShortLeavesTheGuidelineAsItWas(@TempDir Path dir) throws IOException, InterruptedException {
        // A child guidec whose file size limit (ulimit -f, 2 KB) stops the write half-way, as a full
        // disk does: written in place, the guideline was left cut off mid-word.
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && System.getProperty("os.name").equals("Linux"),
                "needs bash's ulimit");
        StringBuilder messy = new StringBuilder("guideline big version 1.0.0 {\ntitle   \"Big\"\n");
        for (int i = 0; messy.length() < 4_000; i++) {
            messy.append("  input   x").append(i).append(" : boolean \"An input with a long description, number ")
                    .append(i).append("\"\n");
        }
        String original = messy.append("}\n").toString();
        Path file = dir.resolve("big.guide");
        Files.writeString(file, original, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 2 && exec \"$0\" -XX:-UsePerfData -cp \"$1\" "
                + Guidec.class.getName() + " fmt \"$2\"", java, System.getProperty("java.class.path"), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, child.waitFor(), output);
        assertEquals(original, Files.readString(file, StandardCharsets.UTF_8), "the guideline is byte-identical");
        assertTrue(output.contains("cannot write " + file + ": the file would be larger than"), output);
        assertTrue(output.contains("the file is left as it was"), output);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file stays behind");
        }
    }

    @Test
    void aMissingPathIsAUsageProblem() {
        CliRun run = CliRun.of("fmt", "no/such/file.guide");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("no/such/file.guide: no such file or folder"), run.err());
    }
}
