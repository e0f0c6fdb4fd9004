package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    private static final String SKETCH = "src/test/resources/sketch";

    @TempDir
    Path dir;

    @Test
    void writesOneSourcePerGuidelineAndSaysSo() throws IOException {
        Path out = dir.resolve("java");
        CliRun run = CliRun.of("build", SKETCH, "--java", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("Java: 2 sources and the ServiceLoader file in " + out
                + " (3 written, 0 unchanged)"), run.out());
        assertTrue(run.out().contains("  org/guidelang/generated/MilanNen.java"), run.out());
        assertTrue(Files.readString(out.resolve("org/guidelang/generated/WhoGrading.java"))
                .contains("public final class WhoGrading"));
    }

    @Test
    void writesTheServiceLoaderFileBesideTheSources() throws IOException {
        Path out = dir.resolve("java");
        CliRun run = CliRun.of("build", SKETCH, "--java", out.toString(), "--package", "com.example.nen");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("  META-INF/services/org.guidelang.runtime.GuidelineEvaluator"), run.out());
        assertEquals("com.example.nen.WhoGrading$MapEvaluator\ncom.example.nen.MilanNen$MapEvaluator\n",
                Files.readString(out.resolve("META-INF/services/org.guidelang.runtime.GuidelineEvaluator")));
    }

    @Test
    void twoRunsAreByteIdenticalAndTheSecondRewritesNothing() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, CliRun.of("build", SKETCH, "--java", first.toString()).exitCode());
        assertEquals(0, CliRun.of("build", SKETCH, "--java", second.toString()).exitCode());
        assertEquals(contents(first), contents(second));

        Path who = first.resolve("org/guidelang/generated/WhoGrading.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(who, old);
        CliRun again = CliRun.of("build", SKETCH, "--java", first.toString());
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.out().contains("(0 written, 3 unchanged)"), again.out());
        assertEquals(old, Files.getLastModifiedTime(who), "an unchanged file must not be rewritten");
    }

    @Test
    void packageOptionMovesTheSources() throws IOException {
        Path out = dir.resolve("java");
        CliRun run = CliRun.of("build", SKETCH, "--java", out.toString(), "--package", "com.example.nen");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.readString(out.resolve("com/example/nen/MilanNen.java")).startsWith("package com.example.nen;"));
        CliRun bad = CliRun.of("build", SKETCH, "--java", out.toString(), "--package", "com.example.1nen");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--package `com.example.1nen` is not a Java package name"), bad.err());
    }

    @Test
    void packagesOfTheJdkAndJavaKeywordsAreRefused() {
        Path out = dir.resolve("java");
        for (String pkg : List.of("java.lang", "java", "javax.swing", "org.example.class", "org.true.x", "org..x")) {
            CliRun run = CliRun.of("build", SKETCH, "--java", out.toString(), "--package", pkg);
            assertEquals(2, run.exitCode(), pkg + ": " + run.all());
            assertTrue(run.err().startsWith("guidec build: --package `" + pkg + "` "), run.err());
            assertTrue(run.err().contains("e.g. org.example.guidelines") || run.err().contains("write it like"),
                    run.err());
        }
        CliRun jdk = CliRun.of("build", SKETCH, "--java", out.toString(), "--package", "java.lang");
        assertEquals("guidec build: --package `java.lang` is a package of the JDK: Java refuses classes of anyone else in"
                + " `java.` packages; choose your organisation's package, e.g. org.example.guidelines\n", jdk.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void brokenGuidelineGivesDiagnosticsAndWritesNothing() throws IOException {
        Path source = dir.resolve("broken.guide");
        Files.writeString(source, """
                guideline broken version 1.0.0 {
                  title "Broken"
                  input ki67 : percent in [0, 100]
                  recommend act "Act" when ki67 > 20 cm
                }
                """);
        Path out = dir.resolve("java");
        CliRun run = CliRun.of("build", source.toString(), "--java", out.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("broken.guide:4:"), run.out());
        assertTrue(run.out().contains("error:"), run.out());
        assertTrue(run.out().contains("nothing written"), run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutAnOutputItExplainsWhatToGive() {
        CliRun run = CliRun.of("build", SKETCH);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--java"), run.err());
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
