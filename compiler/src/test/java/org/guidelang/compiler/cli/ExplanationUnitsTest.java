package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value in an explanation carries its unit, also when it is a parameter of an imported guideline. */
class ExplanationUnitsTest {
    @Test
    void anImportedParameterIsShownInItsUnit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("band.guide"), """
                guideline band version 1.0.0 {
                  title "Ki-67 band"
                  source s "A source."
                  input ki67 : percent in [0, 100] "Ki-67"
                  param highLimit = 20% cite s
                  table level : code { HIGH, LOW } hit first {
                    when ki67 > highLimit -> HIGH
                    otherwise -> LOW
                  } cite s
                }
                """);
        Files.writeString(dir.resolve("plan.guide"), """
                guideline plan version 1.0.0 {
                  title "Plan"
                  source s "A source."
                  import band
                  recommend review "Review the slides." when band.level = HIGH cite s
                }
                """);
        CliRun run = CliRun.withStdin("{\"ki67\": 35}", "eval", dir.toString(), "-g", "plan", "-i", "-");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("with highLimit = 20%, ki67 = 35%"), run.out());
    }
}
