package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A usage problem is exit code 2, guidelines with errors 1, and nothing to test is no success. */
class UsageExitCodesTest {
    @Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        CliRun run = CliRun.of();
        assertEquals(Guidec.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().contains("Usage: guidec"), run.all());
    }

    @Test
    void evalAndBatchSayWhyTheyHaveNoGuidelineInTheirExitCode(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.guide"), "guideline broken version 1.0.0 {\n");
        Path patient = Files.writeString(dir.resolve("patient.json"), "{}");
        for (String command : List.of("eval", "batch")) {
            List<String> io = command.equals("eval") ? List.of("-i", patient.toString())
                    : List.of("-i", patient.toString(), "-o", dir.resolve("out.jsonl").toString());
            CliRun errors = run(command, broken.toString(), "broken", io);
            assertEquals(Guidec.ERRORS, errors.exitCode(), errors.all());
            assertTrue(errors.err().contains("the guidelines have errors"), errors.all());
            CliRun absent = run(command, dir.resolve("absent.guide").toString(), "absent", io);
            assertEquals(Guidec.USAGE, absent.exitCode(), absent.all());
            CliRun unknown = run(command, "src/test/resources/sketch", "who_gradin", io);
            assertEquals(Guidec.USAGE, unknown.exitCode(), unknown.all());
            assertTrue(unknown.err().contains("did you mean who_grading?"), unknown.all());
        }
    }

    private static CliRun run(String command, String path, String id, List<String> io) {
        List<String> args = new ArrayList<>(List.of(command, path, "-g", id));
        args.addAll(io);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aFolderWithoutExamplesFailsTheTestRun(@TempDir Path empty) {
        CliRun run = CliRun.of("test", empty.toString());
        assertEquals(Guidec.ERRORS, run.exitCode(), run.all());
        assertTrue(run.out().contains("0 passed, 0 failed"), run.all());
        assertTrue(run.err().contains("no examples to run"), run.all());
    }
}
