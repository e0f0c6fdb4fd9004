package org.guidelang.benchmarks;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import org.guidelang.compiler.source.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code guidec check}'s work on one generated first-hit table of {@code rules} rules over a
 * count, in a warm JVM: compile (parse, check, coverage analysis) and print the diagnostics as
 * check does (capped per file) into nothing. {@code thresholds}: {@code when size > n - i},
 * which checks clean; {@code hidden}: the same rule n times, so every rule but the first is
 * hidden by it. Near-linear means 10,000 rules take about ten times what 1,000 take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class LargeTableBenchmark {
    @Param({"1000", "10000"})
    public int rules;

    @Param({"thresholds", "hidden"})
    public String kind;

    private List<SourceFile> files;

    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder("guideline band version 1.0.0 {\n  title \"Generated\"\n"
                + "  source s \"A source.\"\n  input size : count in [0, *) \"Size\"\n"
                + "  table band : code { SMALL, LARGE } hit first {\n");
        for (int i = 0; i < rules; i++) {
            text.append(kind.equals("thresholds") ? "    when size > " + (rules - i) + " -> LARGE\n"
                    : "    when size > 5 -> LARGE\n");
        }
        text.append("    otherwise -> SMALL\n  } cite s\n}\n");
        files = List.of(new SourceFile("band.guide", text.toString()));
    }

    @Benchmark
    public Compilation check() {
        Compilation compilation = GuideCompiler.compile(files);
        DiagnosticListing.print(compilation.diagnostics(), DiagnosticListing.DEFAULT_LIMIT,
                new PrintWriter(Writer.nullWriter()));
        return compilation;
    }
}
