package org.guidelang.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.guidelang.compiler.Compilation;
import org.junit.jupiter.api.Test;

/**
 * How long the server takes to compile the NEN folder once the JVM is warm, which is what each
 * edit costs (after {@link Workspace#PAUSE_MS}). Prints the figure docs/editor.md quotes; fails
 * only when a compilation becomes slow enough to feel (over a second).
 */
class RecompileTimeTest {
    private static final int WARM_UP = 10;
    private static final int MEASURED = 15;

    @Test
    void aWarmRecompileOfTheNenFolderTakesMilliseconds() {
        Project project = Project.of(Uris.uri(TestFiles.nen().resolve("milan_nen.guide")));
        OpenDocuments none = new OpenDocuments();
        for (int i = 0; i < WARM_UP; i++) {
            project.compile(none);
        }
        long[] millis = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            Compilation compilation = project.compile(none).compilation();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertFalse(compilation.hasErrors());
        }
        Arrays.sort(millis);
        System.out.printf("Warm recompile of the NEN folder (%d files): median %d ms, min %d ms, max %d ms%n",
                project.compile(none).compilation().files().size(), millis[MEASURED / 2], millis[0],
                millis[MEASURED - 1]);
        assertTrue(millis[MEASURED / 2] < 1000, () -> "median " + millis[MEASURED / 2] + " ms");
    }
}
