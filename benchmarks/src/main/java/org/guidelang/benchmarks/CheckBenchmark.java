package org.guidelang.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.html.HtmlBackend;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.source.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process part of {@code guidec check guidelines/} and {@code guidec build guidelines/
 * --java … --html …} (issue 16): the ten NEN files parsed, checked and analysed, and for {@code
 * build} their Java and their site generated in memory (nothing written). {@code checkCold} and
 * {@code buildCold} are one operation in each of 10 fresh JVMs started with the flags {@code
 * ./guidec} gives short commands ({@code -XX:TieredStopAtLevel=1}, without its class-data
 * sharing archive, which JMH's forks cannot use): what a command pays beyond the JVM's start.
 * {@code checkWarm} is the same check in a warmed JVM, what an editor's process pays. The
 * whole-process figures, start included, come from the command line (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {
    private List<SourceFile> files;

    @Setup
    public void setUp() {
        files = BundledGuidelines.sources("guide", BundledGuidelines.NEN);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public Compilation checkCold() {
        return check();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(2)
    public Compilation checkWarm() {
        return check();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public Object buildCold() {
        Compilation compilation = check();
        return List.of(JavaBackend.generate(compilation, null), HtmlBackend.generate(compilation));
    }

    private Compilation check() {
        Compilation compilation = GuideCompiler.compile(files);
        if (compilation.hasErrors() || compilation.guidelines().size() != files.size()) {
            throw new IllegalStateException("the NEN set does not check clean: " + compilation.diagnostics());
        }
        return compilation;
    }
}
