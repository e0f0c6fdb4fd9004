package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled evaluators: a second run takes the classes kept by the first, a changed
 * guideline compiles afresh, and a broken entry or an unwritable folder costs time, never an answer.
 */
class EvaluatorCacheTest {
    private static final Path SKETCH = Path.of("src/test/resources/sketch");
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private Path cohort;
    private Path cache;
    private List<String> interpreted;

    @BeforeEach
    void cohortAndItsResults() throws IOException {
        cohort = Files.write(dir.resolve("cohort.jsonl"), BatchCohortTest.patients(11, 500), StandardCharsets.UTF_8);
        cache = dir.resolve("cache");
        interpreted = results(SKETCH, "interpreted", "--no-cache");
    }

    /** The results of a batch run over the cohort, which must succeed without a word about compiling. */
    private List<String> results(Path guides, String engine, String... more) throws IOException {
        Path out = Files.createTempFile(dir, "out", ".jsonl");
        List<String> args = new ArrayList<>(List.of("batch", guides.toString(), "-g", "milan_nen", "-i", cohort.toString(),
                "-o", out.toString(), "--engine", engine));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.err().contains("cannot compile"), run.err());
        return Files.readAllLines(out);
    }

    private List<String> compiled(Path guides) throws IOException {
        return results(guides, "compiled", "--cache-dir", cache.toString());
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondRunTakesTheKeptClassesAndDecidesTheSame() throws IOException {
        assertEquals(interpreted, compiled(SKETCH));
        List<Path> kept = entries();
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).getFileName().toString().matches("[0-9a-f]{64}\\.classes"), kept.toString());
        Files.setLastModifiedTime(kept.get(0), LONG_AGO);

        assertEquals(interpreted, compiled(SKETCH));
        assertEquals(kept, entries());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(kept.get(0)), "a hit reads the entry and writes nothing");
    }

    @Test
    void aChangedGuidelineFindsNoEntryAndCompilesAfresh() throws IOException {
        Path guides = dir.resolve("guides");
        Files.createDirectories(guides);
        for (String name : List.of("milan_nen.guide", "who_grading.guide")) {
            Files.copy(SKETCH.resolve(name), guides.resolve(name));
        }
        assertEquals(interpreted, compiled(guides));
        Path milan = guides.resolve("milan_nen.guide");
        String text = Files.readString(milan);
        assertTrue(text.contains("\"Liver involvement < 50%\""));
        Files.writeString(milan, text.replace("\"Liver involvement < 50%\"", "\"Liver involvement under 50%\""));

        assertEquals(interpreted, compiled(guides));
        assertEquals(2, entries().size(), "the changed label is in the generated source, so in the key");
        List<String> explained = results(guides, "compiled", "--cache-dir", cache.toString(), "--explain");
        assertTrue(explained.get(0).contains("Liver involvement under 50%"), explained.get(0));
    }

    @Test
    void aHitStillRefusesWhatTheWholeFolderWouldRefuse() throws IOException {
        Path guides = dir.resolve("guides");
        Files.createDirectories(guides);
        for (String name : List.of("milan_nen.guide", "who_grading.guide")) {
            Files.copy(SKETCH.resolve(name), guides.resolve(name));
        }
        assertEquals(interpreted, compiled(guides));
        assertEquals(interpreted, compiled(guides), "a hit");
        Files.copy(SKETCH.resolve("who_grading.guide"), guides.resolve("copy.guide")); // who_grading declared twice
        CliRun run = CliRun.of("batch", guides.toString(), "-g", "milan_nen", "-i", cohort.toString(), "-o",
                dir.resolve("refused.jsonl").toString(), "--engine", "compiled", "--cache-dir", cache.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("copy.guide"), run.err());
        assertFalse(Files.exists(dir.resolve("refused.jsonl")));
    }

    @Test
    void aBrokenEntryIsIgnoredAndReplaced() throws IOException {
        compiled(SKETCH);
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        List<byte[]> broken = List.of(new byte[0], "not an entry".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(whole, whole.length / 2), flipped(whole, whole.length / 3),
                flipped(whole, whole.length - 1));
        for (byte[] bytes : broken) {
            Files.write(entry, bytes);
            assertEquals(interpreted, compiled(SKETCH));
            assertArrayEquals(whole, Files.readAllBytes(entry), "the entry is written again, whole");
        }
    }

    @Test
    void anUnwritableFolderWarnsOnceAndTheRunGoesOn() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "a file where the cache folder would be");
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("batch", SKETCH.toString(), "-g", "milan_nen", "-i", cohort.toString(), "-o",
                out.toString(), "--engine", "compiled", "--cache-dir", notAFolder.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(interpreted, Files.readAllLines(out));
        assertEquals(1, run.err().split("cannot keep the compiled evaluator", -1).length - 1, run.err());
        assertTrue(run.err().contains("--cache-dir"), "the warning names the fix: " + run.err());
    }

    @Test
    void noCacheKeepsNothing() throws IOException {
        assertEquals(interpreted, results(SKETCH, "compiled", "--no-cache", "--cache-dir", cache.toString()));
        assertEquals(List.of(), entries());
    }

    @Test
    void concurrentRunsShareTheFolderSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> compiled(SKETCH)));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(interpreted, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Path> kept = entries();
        assertEquals(1, kept.size(), "one whole entry, no temporary file left: " + kept);
        String key = kept.get(0).getFileName().toString().replace(".classes", "");
        assertTrue(EvaluatorCache.decode(key, Files.readAllBytes(kept.get(0))).isPresent());
        assertEquals(interpreted, compiled(SKETCH));
    }

    @Test
    void anEntryDecodesOnlyWholeAndUnderItsOwnKey() {
        Map<String, byte[]> classes = Map.of("a.B", new byte[] {1, 2, 3}, "a.C", new byte[0]);
        byte[] entry = EvaluatorCache.encode("k1", new EvaluatorCache.Kept("a.B", classes));
        Optional<EvaluatorCache.Kept> back = EvaluatorCache.decode("k1", entry);
        assertTrue(back.isPresent());
        assertEquals("a.B", back.get().type());
        assertEquals(classes.keySet(), back.get().classes().keySet());
        assertArrayEquals(new byte[] {1, 2, 3}, back.get().classes().get("a.B"));
        assertFalse(EvaluatorCache.decode("k2", entry).isPresent(), "another key's entry");
        for (int length = 0; length < entry.length; length++) {
            assertFalse(EvaluatorCache.decode("k1", java.util.Arrays.copyOf(entry, length)).isPresent(), "cut at " + length);
        }
        for (int at = 0; at < entry.length; at++) {
            assertFalse(EvaluatorCache.decode("k1", flipped(entry, at)).isPresent(), "a bit flipped at " + at);
        }
        assertArrayEquals(entry, EvaluatorCache.encode("k1", new EvaluatorCache.Kept("a.B", new java.util.TreeMap<>(classes))),
                "deterministic");
        assertFalse(EvaluatorCache.decode("k1", EvaluatorCache.encode("k1", new EvaluatorCache.Kept("a.D", classes)))
                .isPresent(), "an entry without the class it names");
    }

    @Test
    void theKeyFollowsEveryField() {
        String key = EvaluatorCache.key(List.of("guideline text", "runtime.jar 1 2"));
        assertEquals(key, EvaluatorCache.key(List.of("guideline text", "runtime.jar 1 2")));
        assertNotEquals(key, EvaluatorCache.key(List.of("guideline text ", "runtime.jar 1 2")));
        assertNotEquals(key, EvaluatorCache.key(List.of("guideline text", "runtime.jar 1 3")));
        assertNotEquals(EvaluatorCache.key(List.of("ab", "c")), EvaluatorCache.key(List.of("a", "bc")));
    }

    @Test
    void theDefaultFolderFollowsTheEnvironment() {
        assertEquals(Optional.of(Path.of("/c/own")), EvaluatorCache.defaultFolder(
                Map.of("GUIDEC_CACHE", "/c/own", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Optional.of(Path.of("/x/guidec")), EvaluatorCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/guidec")),
                EvaluatorCache.defaultFolder(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"));
        assertEquals(Optional.empty(), EvaluatorCache.defaultFolder(Map.of(), ""));
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x10;
        return copy;
    }
}
