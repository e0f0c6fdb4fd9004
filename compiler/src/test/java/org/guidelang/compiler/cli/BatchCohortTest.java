package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidec batch} through the command line: order, exact counts, CSV, refusals, progress, engines. */
class BatchCohortTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKETCH = "src/test/resources/sketch";
    private static final List<String> FIELDS = List.of("differentiation", "ki67", "mitoticCount", "portalDrainage",
            "extrahepaticDiseaseCleared", "liverInvolvement", "stableDiseaseMonths", "age");

    @TempDir
    Path dir;

    /** Milan-NEN patients as JSON Lines, each input missing with probability 0.15. */
    static List<String> patients(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> members = new ArrayList<>();
            Object[] values = {random.nextBoolean() ? "\"WELL\"" : "\"POOR\"",
                String.format(Locale.ROOT, "%.1f", random.nextDouble(0, 40)), random.nextInt(0, 30),
                random.nextBoolean(), random.nextDouble() < 0.8,
                String.format(Locale.ROOT, "%.1f", random.nextDouble(0, 90)), random.nextInt(0, 30),
                random.nextInt(18, 90)};
            for (int f = 0; f < FIELDS.size(); f++) {
                if (random.nextDouble() >= 0.15) {
                    members.add("\"" + FIELDS.get(f) + "\":" + values[f]);
                }
            }
            lines.add("{" + String.join(",", members) + "}");
        }
        return lines;
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static CliRun batch(Object... args) {
        List<String> all = new ArrayList<>(List.of("batch", SKETCH, "-g", "milan_nen"));
        for (Object arg : args) {
            all.add(arg.toString());
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void manyThreadsKeepInputOrderAndEveryEngineGivesTheSameResults() throws IOException {
        Path cohort = write("cohort.jsonl", patients(7, 6000));
        Path one = dir.resolve("one.jsonl");
        Path many = dir.resolve("many.jsonl");
        Path compiled = dir.resolve("compiled.jsonl");
        CliRun sequential = batch("-i", cohort, "-o", one, "--threads", 1, "--engine", "interpreted");
        assertEquals(0, sequential.exitCode(), sequential.all());
        CliRun parallel = batch("-i", cohort, "-o", many, "--threads", 16, "--engine", "interpreted");
        assertEquals(0, parallel.exitCode(), parallel.all());
        CliRun fast = batch("-i", cohort, "-o", compiled, "--threads", 7, "--engine", "compiled");
        assertEquals(0, fast.exitCode(), fast.all());
        assertFalse(fast.err().contains("cannot compile"), fast.err());

        List<String> lines = Files.readAllLines(one);
        assertEquals(6000, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, JSON.readTree(lines.get(i)).get("line").asInt());
        }
        assertEquals(lines, Files.readAllLines(many));
        assertEquals(lines, Files.readAllLines(compiled), "the compiled evaluator decides as the interpreter");
        long undetermined = lines.stream().filter(l -> l.contains("\"eligibility\":null")).count();
        assertTrue(undetermined > 300 && undetermined < 5700, undetermined + " undetermined: both kinds are exercised");
    }

    @Test
    void hundredsOfSmallBlocksOnSixteenThreadsComeOutInOrder() throws Exception {
        List<String> cohort = patients(9, 3000);
        for (int i = 0; i < cohort.size(); i += 7) {
            cohort.set(i, "{\"ki67\": " + i + "}"); // interleaved errors: out of range from 101 on
        }
        byte[] input = (String.join("\n", cohort) + "\n").getBytes(StandardCharsets.UTF_8);
        org.guidelang.compiler.analysis.GuidelineAnalysis analysis = Sources.compile(List.of(Path.of(SKETCH)),
                new java.io.PrintWriter(System.err)).orElseThrow().analysis("milan_nen");
        org.guidelang.compiler.model.CheckedGuideline milan = analysis.guideline();
        InterpretedEvaluator evaluator = new InterpretedEvaluator(analysis);
        RecordReader reader = PatientReader.jsonLines(evaluator.inputs());
        List<String> outputs = new ArrayList<>();
        List<BatchRun.Counts> counts = new ArrayList<>();
        for (int threads : new int[] {1, 16}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long[] lastRecords = {0};
            counts.add(new BatchRun(evaluator, false, new JsonLinesWriter(milan.id(), milan.version(), false), threads)
                    .run(new CohortLines(new java.io.ByteArrayInputStream(input), 64), BatchRun.Format.of(reader), out,
                            (records, bytes) -> {
                                assertTrue(records > lastRecords[0], "progress only moves forward");
                                lastRecords[0] = records;
                            }));
            outputs.add(out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(outputs.get(0), outputs.get(1));
        String[] lines = outputs.get(1).split("\n");
        assertEquals(3000, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("{\"line\":" + (i + 1) + ","), lines[i]);
        }
        long refused = java.util.stream.IntStream.range(0, 3000).filter(i -> i % 7 == 0 && i > 100).count();
        assertEquals(new BatchRun.Counts(3000, 3000 - refused, refused, 0), counts.get(1));
        assertEquals(counts.get(0), counts.get(1));
    }

    @Test
    void everyBadRecordGetsTheSameErrorsFromTheCompiledEvaluatorAsFromTheInterpreter() throws IOException {
        // The compiled evaluator reads its values by position (valuesInOrderOrThrow, inputOfChecked): every kind
        // of bad record, alone and mixed with valid values, must still cost that record with the same message.
        List<String> bad = List.of(
                "{\"ki67\": \"12\", \"age\": 40}",                               // wrong type: a number in quotes
                "{\"portalDrainage\": 1}",                                        // wrong type: a number for a boolean
                "{\"differentiation\": \"well\", \"ki67\": 3.5}",                  // unknown code (case)
                "{\"differentiation\": 7}",                                       // wrong type for a code
                "{\"ki67\": 100.5, \"liverInvolvement\": -1}",                     // out of range, twice
                "{\"age\": 121}",                                                 // out of range, whole
                "{\"mitoticCount\": 2.5}",                                        // not a whole count
                "{\"ki67\": 1e400}",                                              // not finite
                "{\"ki67\": 2.9999999999999999}",                                 // more digits than a double keeps
                "{\"kI67\": 12, \"age\": 50}",                                     // unknown input
                "{\"ki67\": 12, \"age\": 5",                                        // truncated line
                "{\"ki67\": 12, \"age\":");                                        // truncated inside a member
        List<String> cohort = new ArrayList<>();
        List<String> good = patients(5, bad.size() * 3);
        for (int i = 0; i < bad.size(); i++) {
            cohort.add(good.get(3 * i));
            cohort.add(bad.get(i));
            cohort.add(good.get(3 * i + 1));
        }
        Path input = write("mixed.jsonl", cohort);
        Path interpreted = dir.resolve("interpreted.jsonl");
        Path compiled = dir.resolve("compiled.jsonl");
        CliRun slow = batch("-i", input, "-o", interpreted, "--engine", "interpreted", "--threads", 2);
        CliRun fast = batch("-i", input, "-o", compiled, "--engine", "compiled", "--threads", 2, "--no-cache");
        assertEquals(1, slow.exitCode(), slow.all());
        assertEquals(1, fast.exitCode(), fast.all());
        assertFalse(fast.err().contains("cannot compile"), fast.err());
        List<String> lines = Files.readAllLines(compiled);
        assertEquals(Files.readAllLines(interpreted), lines);
        assertEquals(cohort.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = JSON.readTree(lines.get(i));
            assertEquals(i + 1, record.get("line").asInt());
            assertEquals(i % 3 == 1, record.has("errors"), lines.get(i));
        }
        String all = String.join("\n", lines);
        for (String message : List.of("expected a percentage, got the string \\\"12\\\"", "expected true or false, got the "
                + "number 1", "unknown code \\\"well\\\"", "expected a code, got the number 7", "value 100.5 is out of range",
                "value -1 is out of range", "value 121 is out of range", "value 2.5 is not a whole number",
                "the number is too large to be a value", "has more digits than can be kept exactly", "unknown input \\\"kI67\\\"",
                "malformed JSON")) {
            assertTrue(all.contains(message), message + " in\n" + all);
        }
    }

    @Test
    void explanationsAreTheSameFromBothEngines() throws IOException {
        Path cohort = write("cohort.jsonl", patients(11, 300));
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertEquals(0, batch("-i", cohort, "-o", a, "--explain", "--engine", "interpreted").exitCode());
        assertEquals(0, batch("-i", cohort, "-o", b, "--explain", "--engine", "compiled").exitCode());
        assertEquals(Files.readAllLines(a), Files.readAllLines(b));
        assertTrue(JSON.readTree(Files.readAllLines(a).get(0)).get("explanation").size() > 3);
    }

    @Test
    void aBadLineCostsThatLineOnlyAndTheCountsAreExact() throws IOException {
        List<String> good = patients(3, 40);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}); // a byte order mark is skipped
        List<String> expected = new ArrayList<>(); // per line: "ok" or the start of its error message
        for (int i = 0; i < good.size(); i++) {
            bytes.writeBytes((good.get(i) + (i % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
            expected.add("ok");
            switch (i % 8) {
                case 0 -> {
                    bytes.writeBytes("{\"differentiation\":\"W".getBytes(StandardCharsets.UTF_8));
                    bytes.writeBytes(new byte[] {(byte) 0xc9, 'L', 'L', '"', '}', '\n'}); // Latin-1 É
                    expected.add("the line is not UTF-8 text: byte 0xC9 at byte 22 of the line");
                }
                case 1 -> {
                    bytes.writeBytes("{\"ki67\": 12,\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("malformed JSON");
                }
                case 2 -> {
                    bytes.writeBytes("{\"ki67\": \"12%\", \"age\": true}\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("expected a percentage, got the string \"12%\"");
                }
                case 3 -> {
                    bytes.writeBytes("{\"differentiation\": \"MODERATE\"}\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("unknown code \"MODERATE\"");
                }
                case 4 -> {
                    bytes.writeBytes("   \n".getBytes(StandardCharsets.UTF_8));
                    expected.add("the line is empty");
                }
                case 5 -> {
                    bytes.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("expected a JSON object");
                }
                case 6 -> {
                    bytes.writeBytes("{\"ki67\": 1, \"ki67\": 2}\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("malformed JSON");
                }
                default -> {
                    bytes.writeBytes("{\"ki67\": 1} {}\n".getBytes(StandardCharsets.UTF_8));
                    expected.add("malformed JSON");
                }
            }
        }
        bytes.writeBytes("{\"age\": 40}".getBytes(StandardCharsets.UTF_8)); // no line end at the end
        expected.add("ok");
        Path cohort = Files.write(dir.resolve("cohort.jsonl"), bytes.toByteArray());
        Path results = dir.resolve("results.jsonl");

        CliRun run = batch("-i", cohort, "-o", results, "--threads", 4);

        assertEquals(1, run.exitCode(), run.all());
        long bad = expected.stream().filter(e -> !e.equals("ok")).count();
        assertTrue(run.err().contains(expected.size() + " patients: " + (expected.size() - bad) + " evaluated, " + bad
                + " with errors"), run.err());
        List<String> lines = Files.readAllLines(results);
        assertEquals(expected.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = JSON.readTree(lines.get(i));
            assertEquals(i + 1, record.get("line").asInt(), lines.get(i));
            if (expected.get(i).equals("ok")) {
                assertTrue(record.has("outcomes"), lines.get(i));
            } else {
                String message = record.get("errors").get(0).get("message").asText();
                assertTrue(message.startsWith(expected.get(i)), message + " | expected " + expected.get(i));
                assertFalse(record.get("errors").get(0).get("fix").isNull(), "every error says how to fix it");
            }
        }
    }

    @Test
    void csvInAndOutRoundTrip() throws IOException {
        List<String> json = patients(5, 500);
        List<String> csv = new ArrayList<>();
        csv.add("age,differentiation,ki67,mitoticCount,portalDrainage,extrahepaticDiseaseCleared,liverInvolvement,"
                + "stableDiseaseMonths"); // any column order
        for (String line : json) {
            JsonNode p = JSON.readTree(line);
            List<String> cells = new ArrayList<>();
            for (String f : List.of("age", "differentiation", "ki67", "mitoticCount", "portalDrainage",
                    "extrahepaticDiseaseCleared", "liverInvolvement", "stableDiseaseMonths")) {
                cells.add(p.has(f) ? (f.equals("differentiation") ? "\"" + p.get(f).asText() + "\"" : p.get(f).asText())
                        : "");
            }
            csv.add(String.join(",", cells));
        }
        Path jsonIn = write("cohort.jsonl", json);
        Path csvIn = write("cohort.csv", csv);

        Path fromJson = dir.resolve("from-json.csv");
        Path fromCsv = dir.resolve("from-csv.csv");
        Path fromCsvAsJson = dir.resolve("from-csv.jsonl");
        Path jsonOut = dir.resolve("from-json.jsonl");
        assertEquals(0, batch("-i", jsonIn, "-o", fromJson).exitCode());
        CliRun csvRun = batch("-i", csvIn, "-o", fromCsv);
        assertEquals(0, csvRun.exitCode(), csvRun.all());
        assertTrue(csvRun.err().contains("500 patients: 500 evaluated, 0 with errors"), csvRun.err());
        assertEquals(0, batch("-i", csvIn, "-o", fromCsvAsJson).exitCode());
        assertEquals(0, batch("-i", jsonIn, "-o", jsonOut).exitCode());

        List<String> fromJsonRows = Files.readAllLines(fromJson);
        assertEquals("line,eligibility,eligibility_missing,errors", fromJsonRows.get(0));
        assertEquals(501, fromJsonRows.size());
        // The CSV's line numbers count its header: the same patients, one line further down.
        List<String> fromCsvRows = Files.readAllLines(fromCsv);
        for (int i = 1; i < fromJsonRows.size(); i++) {
            String a = fromJsonRows.get(i);
            String b = fromCsvRows.get(i);
            assertEquals(a.substring(a.indexOf(',')), b.substring(b.indexOf(',')), "row " + i);
            assertEquals(String.valueOf(i + 1), b.substring(0, b.indexOf(',')));
        }
        List<String> jsonRows = Files.readAllLines(jsonOut);
        List<String> csvAsJsonRows = Files.readAllLines(fromCsvAsJson);
        for (int i = 0; i < jsonRows.size(); i++) {
            assertEquals(jsonRows.get(i).replaceFirst("\"line\":\\d+", ""),
                    csvAsJsonRows.get(i).replaceFirst("\"line\":\\d+", ""));
        }
        String undetermined = fromJsonRows.stream().filter(r -> r.matches("\\d+,,[a-zA-Z].*")).findFirst().orElseThrow();
        assertTrue(undetermined.matches("\\d+,,[a-zA-Z]+( [a-zA-Z]+)*,"), undetermined);
    }

    @Test
    void csvRowsThatCannotBeReadAreReportedInTheirRow() throws IOException {
        Path csvIn = write("cohort.csv", List.of(
                "differentiation,ki67,age",
                "WELL,2.5,40",
                "WELL,\"2,5\",40",
                "WELL,2.5",
                "\"WELL,2.5,40",
                "well,12 %,forty",
                "",
                "POOR,,"));
        Path out = dir.resolve("out.csv");
        CliRun run = batch("-i", csvIn, "-o", out);
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("7 patients: 2 evaluated, 5 with errors"), run.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(8, rows.size());
        assertTrue(rows.get(1).startsWith("2,"), rows.get(1));
        assertTrue(rows.get(2).contains("$.ki67: expected a percentage, got the string \"\"2,5\"\""), rows.get(2));
        assertTrue(rows.get(3).contains("the row has 2 cells, the header names 3"), rows.get(3));
        assertTrue(rows.get(4).contains("is not closed on this line"), rows.get(4));
        assertTrue(rows.get(5).contains("unknown code \"\"well\"\"") && rows.get(5).contains("$.age"), rows.get(5));
        assertTrue(rows.get(6).contains("the line is empty"), rows.get(6));
        assertTrue(rows.get(7).startsWith("8,"), rows.get(7));
    }

    @Test
    void aCsvHeaderThatDoesNotFitTheGuidelineStopsTheRunAndLeavesTheOutputAlone() throws IOException {
        Path csvIn = write("cohort.csv", List.of("differentiation,ki-67", "WELL,12"));
        Path out = Files.writeString(dir.resolve("out.csv"), "earlier results\n");
        CliRun run = batch("-i", csvIn, "-o", out);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("column 2 of the header, `ki-67`, is not an input of the guideline; did you mean "
                + "ki67?"), run.err());
        assertEquals("earlier results\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("cohort.csv", "out.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
        CliRun twice = batch("-i", write("twice.csv", List.of("age,age", "1,2")), "-o", out);
        assertTrue(twice.err().contains("columns 1 and 2 of the header are both age"), twice.err());
    }

    @Test
    void theOutputIsRefusedWhenItIsTheInputUnderAnyName() throws IOException {
        List<String> lines = patients(1, 20);
        Path cohort = write("cohort.jsonl", lines);
        byte[] before = Files.readAllBytes(cohort);
        Files.createDirectories(dir.resolve("sub"));
        Path symlink = Files.createSymbolicLink(dir.resolve("link.jsonl"), cohort);
        Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), cohort);
        for (Path output : List.of(cohort, dir.resolve("sub/../cohort.jsonl"), symlink, hardLink,
                Path.of("").toAbsolutePath().relativize(cohort))) {
            CliRun run = batch("-i", cohort, "-o", output);
            assertEquals(2, run.exitCode(), output + ": " + run.all());
            assertTrue(run.err().contains("is the input") && run.err().contains("give another --output"), run.err());
            assertArrayEquals(before, Files.readAllBytes(cohort), "the cohort is untouched");
        }
        CliRun viaLink = batch("-i", symlink, "-o", cohort);
        assertEquals(2, viaLink.exitCode(), viaLink.all());
        assertArrayEquals(before, Files.readAllBytes(cohort));
    }

    @Test
    void resultsReplaceAnEarlierOutputOnlyWhenComplete() throws IOException {
        Path cohort = write("cohort.jsonl", patients(2, 10));
        Path out = Files.writeString(dir.resolve("out.jsonl"), "old\n");
        assertEquals(0, batch("-i", cohort, "-o", out).exitCode());
        assertEquals(10, Files.readAllLines(out).size());
        CliRun noFolder = batch("-i", cohort, "-o", dir.resolve("missing/out.jsonl"));
        assertEquals(2, noFolder.exitCode());
        assertTrue(noFolder.err().contains("cannot write " + dir.resolve("missing/out.jsonl") + ": no such folder"),
                noFolder.err());
        CliRun aFolder = batch("-i", cohort, "-o", dir);
        assertEquals(2, aFolder.exitCode());
        assertTrue(aFolder.err().contains("is a folder"), aFolder.err());
    }

    @Test
    void progressIsSilentWhenStandardErrorIsNotATerminal() throws IOException {
        Path cohort = write("cohort.jsonl", patients(4, 5000));
        CliRun run = batch("-i", cohort, "-o", dir.resolve("out.jsonl"));
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("5000 patients: 5000 evaluated, 0 with errors → " + dir.resolve("out.jsonl") + "\n",
                run.err().replace(System.lineSeparator(), "\n"));
        assertFalse(BatchProgress.isTerminal(2), "the test runner's standard error is not a terminal");
    }

    @Test
    void theProgressLineGivesRecordsRateAndTimeLeft() {
        assertEquals("120,000 records, 60,000/s, 40%, 3 s left", BatchProgress.line(120_000, 2.0, 400, 1000));
        assertEquals("5,000 records, 1,000/s", BatchProgress.line(5000, 5.0, 123, -1), "size unknown: standard input");
        assertEquals("10 records, 1/s, 1%, 16 min 30 s left", BatchProgress.line(10, 10.0, 10, 1000));
        StringBuilderWriter text = new StringBuilderWriter();
        long[] now = {0};
        BatchProgress progress = new BatchProgress(text.writer(), 1000, () -> now[0]);
        progress.update(10, 100);
        assertEquals("", text.toString(), "not before a quarter of a second");
        now[0] = 1_000_000_000L;
        progress.update(5000, 500);
        assertEquals("\r5,000 records, 5,000/s, 50%, 1 s left", text.toString());
        progress.finish();
        String shown = "5,000 records, 5,000/s, 50%, 1 s left";
        assertEquals("\r" + shown + "\r" + " ".repeat(shown.length()) + "\r", text.toString());
    }

    @Test
    void usageProblemsAreRefusedBeforeAnythingIsRead() throws IOException {
        Path cohort = write("c.jsonl", patients(1, 2));
        assertTrue(batch("-i", cohort, "-o", dir.resolve("o.csv"), "--explain").err()
                .contains("--explain needs JSON Lines output"));
        assertTrue(batch("-i", cohort, "-o", dir.resolve("o"), "--format", "xml").err().contains("unknown --format xml"));
        assertTrue(batch("-i", cohort, "-o", dir.resolve("o"), "--threads", 0).err().contains("--threads must be"));
        CliRun missing = batch("-i", dir.resolve("nothing.jsonl"), "-o", dir.resolve("o"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("cannot read the cohort") && missing.err().contains("no such file"),
                missing.err());
    }

    /** A PrintWriter whose text a test can read. */
    private static final class StringBuilderWriter {
        private final java.io.StringWriter text = new java.io.StringWriter();
        private final java.io.PrintWriter writer = new java.io.PrintWriter(text);

        java.io.PrintWriter writer() {
            return writer;
        }

        @Override
        public String toString() {
            writer.flush();
            return text.toString();
        }
    }
}
