package org.guidelang.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
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
 * The peer harness's compile figure ({@code ../shared/peers}, GuideLangEngine.compile): the
 * harness's two guidelines (WHO grading and Milan-NEN) parsed, checked and compiled to Java
 * source from their text. {@code cold} is one operation in a fresh JVM, with the heap the
 * harness gives its benchmark JVMs: the first compile of a process, class loading included,
 * which a service or a build pays once. {@code warm} is the same in a warmed JVM (the harness's
 * "recompile"). The sources are read in set-up, as the harness reads them before it times.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdCompileBenchmark {
    private List<SourceFile> files;

    @Setup
    public void setUp() {
        files = BundledGuidelines.sources("peers-guide", List.of("who_grading.guide", "milan_nen.guide"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 20, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public JavaBackend.Generated cold() {
        return compile();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public JavaBackend.Generated warm() {
        return compile();
    }

    private JavaBackend.Generated compile() {
        Compilation compilation = GuideCompiler.compile(files);
        if (compilation.hasErrors()) {
            throw new IllegalStateException(compilation.diagnostics().toString());
        }
        return JavaBackend.generate(compilation, null);
    }
}
