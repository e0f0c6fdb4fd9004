package org.guidelang.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidelang.compiler.cli.Guidec;
import org.guidelang.runtime.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code guidec batch} in a warm JVM: one operation is a whole run over a cohort of {@code
 * records} Milan-NEN patients (JSON Lines or CSV, in and out), on every core, with the evaluator
 * compiled in process (its compilation included: {@code --no-cache}, so the evaluator cache of
 * later runs neither serves nor grows) or interpreted. Time per operation divided into
 * the records is the rate a long run settles at; benchmarks/batch.py gives whole processes, JVM
 * start-up and checking included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class BatchBenchmark {
    @Param({"100000"})
    public int records;

    @Param({"jsonl", "csv"})
    public String format;

    private Path folder;
    private Path guides;
    private Path cohort;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("guidelang-batch-bench");
        guides = Files.createDirectories(folder.resolve("guide"));
        for (String name : List.of("who_grading.guide", "milan_nen.guide")) {
            try (var in = BatchBenchmark.class.getResourceAsStream("/guide/" + name)) {
                Files.write(guides.resolve(name), in.readAllBytes());
            }
        }
        List<Patient> patients = Cohort.random(7, records, 0.1);
        StringBuilder text = new StringBuilder();
        if (format.equals("csv")) {
            text.append("differentiation,ki67,mitoticCount,portalDrainage,extrahepaticDiseaseCleared,liverInvolvement,"
                    + "stableDiseaseMonths,age\n");
            for (Patient p : patients) {
                text.append(String.join(",", cell(p.differentiation()), cell(p.ki67()), cell(p.mitoticCount()),
                        cell(p.portalDrainage()), cell(p.extrahepaticDiseaseCleared()), cell(p.liverInvolvement()),
                        cell(p.stableDiseaseMonths()), cell(p.age()))).append('\n');
            }
        } else {
            patients.forEach(p -> text.append(Json.compact(p.toMap())).append('\n'));
        }
        cohort = Files.writeString(folder.resolve("cohort." + format), text, StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        return value == null ? "" : value instanceof Double d ? Json.number(d) : value.toString();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int compiled() {
        return batch("compiled");
    }

    @Benchmark
    public int interpreted() {
        return batch("interpreted");
    }

    private int batch(String engine) {
        StringWriter err = new StringWriter();
        Path out = folder.resolve("out." + format);
        int code = Guidec.run(new String[] {"batch", guides.toString(), "-g", "milan_nen", "-i", cohort.toString(), "-o",
            out.toString(), "--engine", engine, "--no-cache"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0 || !err.toString().startsWith(records + " patients: " + records + " evaluated")) {
            throw new IllegalStateException("guidec batch failed (" + code + "): " + err);
        }
        try {
            return (int) Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
