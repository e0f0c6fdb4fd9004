package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidec diff} through the command line: outputs, cohort, git revisions, exit codes. */
class DiffCommandTest {
    private static final Path REPO = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();
    private static final Path NETLM = REPO.resolve("guidelines/src/main/guide/netlm_classification.guide");
    private static final Path NETLM_OLD = REPO.resolve("compiler/src/test/resources/diff/netlm_classification-0.9.0.guide");
    private static final String V1 = """
            guideline demo version 1.0.0 {
              title "Demo"
              source s "Source S"

              input ki67 : percent in [0, 100]

              param limit = 20% cite s

              table band : code { HIGH, LOW } hit first {
                when ki67 > limit -> HIGH
                otherwise -> LOW
              } cite s

              example "Ki-67 15%" {
                given ki67 = 15%
                expect band = LOW
              }
            }
            """;
    private static final String V2 = V1.replace("version 1.0.0", "version 1.0.1").replace("= 20%", "= 10%");

    @Test
    void theNetlmThresholdChangeWithItsExamples() {
        CliRun run = CliRun.of("diff", NETLM_OLD.toString(), NETLM.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("netlm_classification 0.9.0 → 2.2.0: "), run.out());
        assertTrue(run.out().contains("  major  parameter debulkingThreshold: 90% → 70%\n"), run.out());
        assertTrue(run.out().contains("  patch  added parameter debulkingThreshold history entry 70% since 2008"), run.out());
        assertTrue(run.out().contains("  example \"70.5% debulking exceeds the threshold: type 2\":\n"
                + "      netlmType TYPE_3 → TYPE_2\n"), run.out());
        assertTrue(run.out().contains("Version: a major release"), run.out());
    }

    @Test
    void identicalFilesHaveNoDifference(@TempDir Path dir) throws IOException {
        Path a = write(dir.resolve("a/demo.guide"), V1);
        Path b = write(dir.resolve("b/demo.guide"), V1.replace("  input", "  // a comment\n  input"));
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("demo 1.0.0 → 1.0.0: no changes\n", run.out());
    }

    @Test
    void aPatchReleaseOfAThresholdChangeIsWarned(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("diff", write(dir.resolve("a/demo.guide"), V1).toString(),
                write(dir.resolve("b/demo.guide"), V2).toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("""
                demo 1.0.0 → 1.0.1: 2 changes
                  patch  version: 1.0.0 → 1.0.1
                  major  parameter limit: 20% → 10%

                Examples whose outcomes change (1 of 1):
                  example "Ki-67 15%":
                      band LOW → HIGH
                warning: the version 1.0.0 → 1.0.1 is a patch release, but the changes call for a major release \
                (parameter limit: 20% → 10%); raise it to 2.0.0
                """, run.out());
    }

    @Test
    void aCohortWithInvalidLinesIsCountedWhole(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add("{\"ki67\": " + random.nextInt(41) + "}");
        }
        lines.set(17, "{\"ki67\": 101}");
        lines.set(99, "{\"ki67\": ");
        lines.set(200, "");
        lines.set(250, "{\"ki67\": \u00e9}"); // written as Latin-1 below: not UTF-8, it costs that line only
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.writeBytes((lines.get(i) + "\n").getBytes(i == 250 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        Path cohort = Files.write(dir.resolve("cohort.jsonl"), bytes.toByteArray());
        int expected = 0; // patients whose Ki-67 lies in (10%, 20%]: LOW before, HIGH now
        for (String line : lines) {
            if (line.matches("\\{\"ki67\": \\d+}")) {
                int ki67 = Integer.parseInt(line.substring(line.indexOf(": ") + 2, line.length() - 1));
                expected += ki67 > 10 && ki67 <= 20 ? 1 : 0;
            }
        }
        CliRun run = CliRun.of("diff", write(dir.resolve("a/demo.guide"), V1).toString(),
                write(dir.resolve("b/demo.guide"), V2).toString(), "--cohort", cohort.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains(": 300 records: 296 evaluated by both versions, 4 invalid\n"), run.out());
        assertTrue(run.out().contains("  band: " + expected + " of 296 patients change\n"), run.out());
        assertTrue(run.out().contains(String.format("    %-44s %d%n", "LOW → HIGH", expected)), run.out());
        assertTrue(run.out().contains("    line 18: $.ki67: value 101 is out of range [0, 100]"), run.out());
        assertTrue(run.out().contains("    line 100: malformed JSON"), run.out());
        assertTrue(run.out().contains("    line 201: the line is empty"), run.out());
        assertTrue(run.out().contains("    line 251: the line is not UTF-8 text: byte 0xE9 at byte 10 of the line"),
                run.out());
        assertTrue(expected > 50, "the generated cohort exercises the change: " + expected);
    }

    @Test
    void comparesWithACommittedRevision(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("demo.guide"), V1);
        git(dir, "init", "-q");
        git(dir, "add", "demo.guide");
        git(dir, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "v1");
        Files.writeString(file, V2, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", file + "@HEAD", file.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("major  parameter limit: 20% → 10%"), run.out());

        CliRun json = CliRun.of("diff", file + "@HEAD", file.toString(), "--json");
        assertEquals(1, json.exitCode(), json.all());
        assertTrue(json.out().contains("\"subject\": \"parameter limit\""), json.out());
        assertTrue(json.out().contains("\"requiredRelease\": \"major\""), json.out());

        CliRun folder = CliRun.of("diff", dir + "@HEAD", dir.toString());
        assertEquals(1, folder.exitCode(), folder.all());
        assertTrue(folder.out().contains("major  parameter limit: 20% → 10%"), folder.out());

        CliRun badRevision = CliRun.of("diff", file + "@nosuchrev", file.toString());
        assertEquals(2, badRevision.exitCode(), badRevision.all());
        assertTrue(badRevision.err().contains("no revision `nosuchrev`"), badRevision.err());

        CliRun missingPath = CliRun.of("diff", dir.resolve("other.guide") + "@HEAD", file.toString());
        assertEquals(2, missingPath.exitCode(), missingPath.all());
        assertTrue(missingPath.err().contains("`other.guide` does not exist at revision HEAD"), missingPath.err());
    }

    @Test
    void aRevisionOutsideAGitRepositoryIsAClearError(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("demo.guide"), V1);
        CliRun run = CliRun.of("diff", file + "@HEAD", file.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("is not in a git repository"), run.err());
    }

    @Test
    void foldersAreMatchedByGuidelineId(@TempDir Path dir) throws IOException {
        write(dir.resolve("a/demo.guide"), V1);
        write(dir.resolve("b/demo.guide"), V2);
        write(dir.resolve("b/extra.guide"), "guideline extra version 1.0.0 {\n  title \"Extra\"\n}\n");
        CliRun run = CliRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("added guideline extra 1.0.0\n\ndemo 1.0.0 → 1.0.1"), run.out());
    }

    @Test
    void usageProblemsExitWithTwo(@TempDir Path dir) throws IOException {
        CliRun missing = CliRun.of("diff", "no/such.guide", "other.guide");
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("no/such.guide: no such file or folder"), missing.err());
        Path broken = write(dir.resolve("broken/demo.guide"), V1.replace("= 20%", "= 20 cm"));
        CliRun errors = CliRun.of("diff", write(dir.resolve("a/demo.guide"), V1).toString(), broken.toString());
        assertEquals(2, errors.exitCode(), errors.all());
        assertTrue(errors.err().contains("the guidelines have errors"), errors.err());
        Files.createDirectories(dir.resolve("empty"));
        CliRun empty = CliRun.of("diff", dir.resolve("empty").toString(), dir.resolve("a").toString());
        assertEquals(2, empty.exitCode(), empty.all());
        assertTrue(empty.err().contains("no .guide files"), empty.err());
        Path binary = dir.resolve("bin/demo.guide");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        CliRun notText = CliRun.of("diff", binary.toString(), dir.resolve("a/demo.guide").toString());
        assertEquals(2, notText.exitCode(), notText.all());
        assertTrue(notText.err().contains("not UTF-8 text"), notText.err());
        CliRun noCohort = CliRun.of("diff", dir.resolve("a/demo.guide").toString(), dir.resolve("a/demo.guide").toString(),
                "--cohort", dir.resolve("none.jsonl").toString());
        assertEquals(2, noCohort.exitCode(), noCohort.all());
        assertTrue(noCohort.err().contains("cannot read the cohort"), noCohort.err());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}
