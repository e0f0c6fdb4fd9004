package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStampTest {
    @TempDir
    Path dir;

    private static GenerationStamp stamp(String generator, String pkg, String sourceHash) {
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("packageName", pkg);
        TreeMap<String, String> sources = new TreeMap<>();
        sources.put("src/main/guide/a b.guide", sourceHash);
        TreeMap<String, String> outputs = new TreeMap<>();
        outputs.put("org/example/A.java", GenerationStamp.sha256("class A {}"));
        return new GenerationStamp(generator, settings, sources, outputs);
    }

    @Test
    void roundTripsThroughItsText() throws Exception {
        GenerationStamp stamp = stamp("guidelang-maven-plugin 1.0.0", "org.example", "abc");
        stamp.write(dir.resolve("sub/stamp"));
        assertEquals(Optional.of(stamp), GenerationStamp.read(dir.resolve("sub/stamp")));
        assertTrue(stamp.toText().contains("source abc src/main/guide/a b.guide\n"), stamp.toText());
    }

    @Test
    void inputsDifferWhenGeneratorSettingsOrSourcesDo() {
        GenerationStamp stamp = stamp("g 1", "p", "h");
        assertTrue(stamp.sameInputs(stamp("g 1", "p", "h")));
        assertFalse(stamp.sameInputs(stamp("g 2", "p", "h")));
        assertFalse(stamp.sameInputs(stamp("g 1", "q", "h")));
        assertFalse(stamp.sameInputs(stamp("g 1", "p", "i")));
    }

    @Test
    void changedOutputsAreThoseMissingOrRewritten() throws Exception {
        GenerationStamp stamp = stamp("g", "p", "h");
        assertEquals(List.of("org/example/A.java"), stamp.changedOutputs(dir));
        Files.createDirectories(dir.resolve("org/example"));
        Files.writeString(dir.resolve("org/example/A.java"), "class A {}");
        assertEquals(List.of(), stamp.changedOutputs(dir));
        Files.writeString(dir.resolve("org/example/A.java"), "class A { }");
        assertEquals(List.of("org/example/A.java"), stamp.changedOutputs(dir));
    }

    @Test
    void aMissingOrForeignStampMeansRegenerateEverything() throws Exception {
        assertEquals(Optional.empty(), GenerationStamp.read(dir.resolve("none")));
        Files.writeString(dir.resolve("foreign"), "something else\n");
        assertEquals(Optional.empty(), GenerationStamp.read(dir.resolve("foreign")));
        String truncated = stamp("g", "p", "h").toText().replace("source h ", "source ");
        Files.writeString(dir.resolve("bad"), truncated.replace("source src/main/guide/a b.guide", "source nohash"));
        assertEquals(Optional.empty(), GenerationStamp.read(dir.resolve("bad")));
    }

    @Test
    void aSnapshotGeneratorIsIdentifiedByItsCodeAReleaseByItsVersion() throws Exception {
        assertEquals("guidelang-maven-plugin 1.0.0", GenerationStamp.generator("1.0.0", GenerationStampTest.class));
        String snapshot = GenerationStamp.generator("1.0.0-SNAPSHOT", GenerationStampTest.class);
        assertTrue(snapshot.matches("guidelang-maven-plugin 1\\.0\\.0-SNAPSHOT [0-9a-f]{64}"), snapshot);
        assertEquals(snapshot, GenerationStamp.generator("1.0.0-SNAPSHOT", GenerationStampTest.class));
        assertNotEquals(snapshot, GenerationStamp.generator("1.0.0-SNAPSHOT", org.junit.jupiter.api.Test.class));
    }
}
