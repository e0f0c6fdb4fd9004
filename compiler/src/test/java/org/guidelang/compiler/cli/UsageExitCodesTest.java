package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A usage problem is exit code 2, and nothing to test is no success. */
class UsageExitCodesTest {
    @Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        CliRun run = CliRun.of();
        assertEquals(Guidec.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().contains("Usage: guidec"), run.all());
    }

    @Test
    void aFolderWithoutExamplesFailsTheTestRun(@TempDir Path empty) {
        CliRun run = CliRun.of("test", empty.toString());
        assertEquals(Guidec.ERRORS, run.exitCode(), run.all());
        assertTrue(run.out().contains("0 passed, 0 failed"), run.all());
        assertTrue(run.err().contains("no examples to run"), run.all());
    }
}
