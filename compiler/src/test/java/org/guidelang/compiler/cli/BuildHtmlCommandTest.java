package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidec build --html DIR}, alone and with {@code --java}. */
class BuildHtmlCommandTest {
    private static final String SKETCH = "src/test/resources/sketch";

    @Test
    void writesTheSiteAndSaysWhere(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        CliRun run = CliRun.of("build", SKETCH, "--html", site.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("HTML: 4 files in " + site + " (4 written, 0 unchanged); open " + site.resolve("index.html")
                + "\n", run.out().replace("\r\n", "\n"));
        assertTrue(Files.readString(site.resolve("guidelines/milan_nen.html")).contains("<h1>Milan-NEN criteria"));
        assertTrue(Files.isRegularFile(site.resolve("style.css")));
        CliRun again = CliRun.of("build", SKETCH, "--html", site.toString());
        assertTrue(again.out().contains("(0 written, 4 unchanged)"), again.all());
    }

    @Test
    void javaAndHtmlTogether(@TempDir Path dir) {
        CliRun run = CliRun.of("build", SKETCH, "--java", dir.resolve("java").toString(), "--html",
                dir.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("Java: ") && run.out().contains("HTML: 4 files"), run.all());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void guidelinesWithErrorsWriteNoSite(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.guide");
        Files.writeString(bad, "guideline bad version 1.0.0 {\n  title \"Bad\"\n  input x : percent\n"
                + "  table t : code { A } hit first {\n    when x > 20 -> A\n  }\n}\n");
        CliRun run = CliRun.of("build", bad.toString(), "--html", dir.resolve("site").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("nothing written"), run.all());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void withoutAnOutputItSaysWhatToGive() {
        CliRun run = CliRun.of("build", SKETCH);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--html target/site"), run.err());
    }
}
