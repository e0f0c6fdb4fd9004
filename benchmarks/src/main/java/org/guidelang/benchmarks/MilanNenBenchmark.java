package org.guidelang.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.compiler.eval.Interpreter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Milan-NEN (with the WHO grade it imports) for the same seeded random patients, three ways:
 * the generated evaluator, the reference interpreter, and hand-written Java. One operation is
 * one patient; invocations walk round a cohort of 1024, so that branch history cannot settle.
 * An invocation takes a few microseconds at most (64 patients, or 4 for the slow ways), so that
 * the sampling mode ({@code -bm sample}) can give medians that a busy machine hardly disturbs.
 * Set-up checks that the three agree on every patient before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class MilanNenBenchmark {
    static final int PATIENTS = 1024;
    private static final int FAST_BATCH = 64;
    private static final int SLOW_BATCH = 4;

    /** The probability that any one input is missing. */
    @Param({"0.1"})
    public double missingRate;

    private Interpreter milan;
    private Map<String, Object>[] maps;
    private HandWrittenMilanNen.Input[] handWritten;
    private MilanNen.Input[] generated;
    private int cursor;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        List<Patient> cohort = Cohort.random(42, PATIENTS, missingRate);
        milan = BundledGuidelines.interpreter("milan_nen");
        maps = cohort.stream().map(Patient::toMap).toArray(Map[]::new);
        handWritten = cohort.stream().map(HandWrittenMilanNen.Input::of).toArray(HandWrittenMilanNen.Input[]::new);
        generated = cohort.stream().map(GeneratedInputs::of).toArray(MilanNen.Input[]::new);
        Agreement.check(cohort, milan);
    }

    /** The typed entry point: outcomes and their missing inputs, no explanation (as the hand-written baseline). */
    @Benchmark
    @OperationsPerInvocation(FAST_BATCH)
    public void generated(Blackhole blackhole) {
        for (int i = 0; i < FAST_BATCH; i++) {
            blackhole.consume(MilanNen.evaluate(generated[next()]));
        }
    }

    /** The typed entry point with the explanation and the map form, which is what the interpreter always builds. */
    @Benchmark
    @OperationsPerInvocation(SLOW_BATCH)
    public void generatedExplained(Blackhole blackhole) {
        for (int i = 0; i < SLOW_BATCH; i++) {
            blackhole.consume(MilanNen.evaluate(generated[next()]).toEvaluationResult());
        }
    }

    /** Hand-written Java of the same logic: outcomes and their missing inputs, no explanation. */
    @Benchmark
    @OperationsPerInvocation(FAST_BATCH)
    public void handWritten(Blackhole blackhole) {
        for (int i = 0; i < FAST_BATCH; i++) {
            blackhole.consume(HandWrittenMilanNen.evaluate(handWritten[next()]));
        }
    }

    /** The reference interpreter, which always explains (its result carries the explanation). */
    @Benchmark
    @OperationsPerInvocation(SLOW_BATCH)
    public void interpreter(Blackhole blackhole) {
        for (int i = 0; i < SLOW_BATCH; i++) {
            blackhole.consume(milan.evaluate(maps[next()]));
        }
    }

    private int next() {
        int index = cursor;
        cursor = (index + 1) & (PATIENTS - 1);
        return index;
    }
}
