package org.guidelang.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InvalidInputException;
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
 * The map path, what a service or {@code guidec batch} calls: a patient as a map of input names to
 * values (as parsed JSON gives it), validated, evaluated, and the outcomes with their missing inputs
 * as a map. Milan-NEN with the WHO grade it imports, for the patients of {@link MilanNenBenchmark}:
 * hand-written Java reading the same map, the generated {@code evaluator().evaluate(map)} (no
 * explanation), and {@code evaluator().explain(map)} (with it, as {@code evaluate} did before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class MapPathBenchmark {
    private static final int FAST_BATCH = 64;
    private static final int SLOW_BATCH = 4;

    /** The probability that any one input is missing. */
    @Param({"0.1"})
    public double missingRate;

    private Map<String, Object>[] maps;
    private GuidelineEvaluator milan;
    private int cursor;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws InvalidInputException {
        List<Patient> cohort = Cohort.random(42, MilanNenBenchmark.PATIENTS, missingRate);
        maps = cohort.stream().map(Patient::toMap).toArray(Map[]::new);
        milan = MilanNen.evaluator();
        Agreement.check(cohort, BundledGuidelines.interpreter("milan_nen"));
        for (int i = 0; i < maps.length; i++) { // each map path decides as its typed path does
            Object generated = milan.evaluate(maps[i]).outcome("eligibility").orElseThrow().value();
            var typed = MilanNen.evaluate(GeneratedInputs.of(cohort.get(i))).eligibility();
            HandWrittenMilanNen.Eligibility hand =
                    HandWrittenMilanNen.evaluate(HandWrittenMilanNen.Input.of(cohort.get(i))).eligibility();
            if (!java.util.Objects.equals(generated, typed.isDetermined() ? typed.get().code() : null)
                    || !java.util.Objects.equals(handWritten(maps[i]).get("eligibility"), hand == null ? null : hand.name())) {
                throw new IllegalStateException("a map path disagrees with its typed path on " + maps[i]);
            }
        }
    }

    /** Hand-written Java: the map read into its record (range-checked), evaluated, the outcomes put in a map. */
    @Benchmark
    @OperationsPerInvocation(FAST_BATCH)
    public void handWritten(Blackhole blackhole) {
        for (int i = 0; i < FAST_BATCH; i++) {
            blackhole.consume(handWritten(maps[next()]));
        }
    }

    /** {@code evaluator().evaluate(map)}: validation with messages, outcomes and missing inputs. */
    @Benchmark
    @OperationsPerInvocation(FAST_BATCH)
    public void generated(Blackhole blackhole) throws InvalidInputException {
        for (int i = 0; i < FAST_BATCH; i++) {
            blackhole.consume(milan.evaluate(maps[next()]));
        }
    }

    /** {@code evaluator().explain(map)}: the same with the explanation, which the map path built before. */
    @Benchmark
    @OperationsPerInvocation(SLOW_BATCH)
    public void generatedExplained(Blackhole blackhole) throws InvalidInputException {
        for (int i = 0; i < SLOW_BATCH; i++) {
            EvaluationResult result = milan.explain(maps[next()]);
            blackhole.consume(result);
        }
    }

    static Map<String, Object> handWritten(Map<String, Object> map) {
        Object differentiation = map.get("differentiation");
        HandWrittenMilanNen.Result result = HandWrittenMilanNen.evaluate(new HandWrittenMilanNen.Input(
                differentiation == null ? null : HandWrittenMilanNen.Differentiation.valueOf((String) differentiation),
                number(map.get("ki67")), number(map.get("mitoticCount")), (Boolean) map.get("portalDrainage"),
                (Boolean) map.get("extrahepaticDiseaseCleared"), number(map.get("liverInvolvement")),
                number(map.get("stableDiseaseMonths")), number(map.get("age"))));
        Map<String, Object> out = new HashMap<>(4);
        out.put("eligibility", result.eligibility() == null ? null : result.eligibility().name());
        out.put("missing", result.eligibilityMissing());
        return out;
    }

    private static Double number(Object value) {
        return value == null ? null : value instanceof Double d ? d : Double.valueOf(((Number) value).doubleValue());
    }

    private int next() {
        int index = cursor;
        cursor = (index + 1) & (MilanNenBenchmark.PATIENTS - 1);
        return index;
    }
}
