package org.guidelang.benchmarks.peers;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer harness's typed path under JMH: its patients, its hand-written engine and the two typed paths of its
 * GuideLang adapter, over the classes generated from its two guidelines. One operation is one patient (grade and
 * eligibility); an invocation is one of the harness's chunks, 128 patients in order, each outcome folded into a
 * sum as the harness folds it, so that the JIT sees what it sees there. The harness runs each engine in a JVM of its
 * own; here each benchmark has its own forks, which does the same. Each fork ends by checking that the three agree
 * on every complete patient, and fails if they do not; the check comes after the measurement, because running every
 * path on 100,000 patients first would have them compiled on their own and change what the JIT inlines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class PeersBenchmark {
    private static final int PATIENTS = 100_000;
    private static final int CHUNK = 128;

    /** The probability that any one field is missing (the harness's partial data: 0.1). */
    @Param({"0"})
    public double missingRate;

    private PeersPatient[] patients;
    private int cursor;

    @Setup
    public void setUp() {
        patients = PeersCohort.generate(PATIENTS, missingRate);
    }

    @TearDown
    public void checkAgreement() {
        for (PeersPatient p : PeersCohort.generate(PATIENTS, 0)) {
            PeersOutcome hand = PeersHandWritten.evaluateTyped(p);
            if (!hand.equals(PeersGuideLang.shared(p)) || !hand.equals(PeersGuideLang.perGuideline(p))) {
                throw new IllegalStateException("the typed paths disagree on " + p + ": hand-written " + hand
                        + ", shared " + PeersGuideLang.shared(p) + ", per guideline " + PeersGuideLang.perGuideline(p));
            }
        }
    }

    /** {@code peers.engines.HandWrittenJava}: the harness's baseline. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public long handWritten() {
        long sum = 0;
        int from = start();
        for (int k = from; k < from + CHUNK; k++) {
            sum += mix(PeersHandWritten.evaluateTyped(patients[k]));
        }
        return sum;
    }

    /** The adapter's typed path: one {@code MilanNen.evaluate}, the grade from its result. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public long generated() {
        long sum = 0;
        int from = start();
        for (int k = from; k < from + CHUNK; k++) {
            sum += mix(PeersGuideLang.shared(patients[k]));
        }
        return sum;
    }

    /** The adapter's {@code PublicApi}: one {@code evaluate} per guideline. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public long perGuideline() {
        long sum = 0;
        int from = start();
        for (int k = from; k < from + CHUNK; k++) {
            sum += mix(PeersGuideLang.perGuideline(patients[k]));
        }
        return sum;
    }

    /** The first patient of the next chunk; in order, wrapping round as the harness does. */
    private int start() {
        int from = cursor;
        if (from + CHUNK > patients.length) {
            from = 0;
        }
        cursor = from + CHUNK;
        return from;
    }

    /** The harness's fold of one outcome ({@code Bench.mix}). */
    private static int mix(PeersOutcome o) {
        return (o.grade() == null ? 7 : o.grade().hashCode()) * 31
                + (o.eligibility() == null ? 3 : o.eligibility().hashCode());
    }
}
