package org.guidelang.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
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
 * one patient; each invocation walks the whole cohort so that branch history cannot settle.
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

    /** The probability that any one input is missing. */
    @Param({"0.1"})
    public double missingRate;

    private CheckedGuideline milan;
    private Map<String, Object>[] maps;
    private HandWrittenMilanNen.Input[] handWritten;
    private MilanNen.Input[] generated;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        List<Patient> cohort = Cohort.random(42, PATIENTS, missingRate);
        milan = BundledGuidelines.checked("milan_nen");
        maps = cohort.stream().map(Patient::toMap).toArray(Map[]::new);
        handWritten = cohort.stream().map(HandWrittenMilanNen.Input::of).toArray(HandWrittenMilanNen.Input[]::new);
        generated = cohort.stream().map(GeneratedInputs::of).toArray(MilanNen.Input[]::new);
        Agreement.check(cohort, milan);
    }

    /** The typed entry point: outcomes and their missing inputs, no explanation (as the hand-written baseline). */
    @Benchmark
    @OperationsPerInvocation(PATIENTS)
    public void generated(Blackhole blackhole) {
        for (MilanNen.Input input : generated) {
            blackhole.consume(MilanNen.evaluate(input));
        }
    }

    /** The typed entry point with the explanation and the map form, which is what the interpreter always builds. */
    @Benchmark
    @OperationsPerInvocation(PATIENTS)
    public void generatedExplained(Blackhole blackhole) {
        for (MilanNen.Input input : generated) {
            blackhole.consume(MilanNen.evaluate(input).toEvaluationResult());
        }
    }

    /** Hand-written Java of the same logic: outcomes and their missing inputs, no explanation. */
    @Benchmark
    @OperationsPerInvocation(PATIENTS)
    public void handWritten(Blackhole blackhole) {
        for (HandWrittenMilanNen.Input input : handWritten) {
            blackhole.consume(HandWrittenMilanNen.evaluate(input));
        }
    }

    /** The reference interpreter, which always explains (its result carries the explanation). */
    @Benchmark
    @OperationsPerInvocation(PATIENTS)
    public void interpreter(Blackhole blackhole) {
        for (Map<String, Object> patient : maps) {
            blackhole.consume(Interpreter.evaluate(milan, patient));
        }
    }
}
