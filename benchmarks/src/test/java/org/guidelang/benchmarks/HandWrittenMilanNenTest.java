package org.guidelang.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated evaluator decides exactly what the guideline decides, and the hand-written
 * baseline does on complete data (soundly, one pass, on partial data), or the benchmark compares
 * nothing.
 */
class HandWrittenMilanNenTest {
    private static final Interpreter MILAN = BundledGuidelines.interpreter("milan_nen");
    private static final Interpreter WHO = BundledGuidelines.interpreter("who_grading");

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.3, 0.6})
    void theBenchmarkSetUpChecksAllThreeWays(double missingRate) {
        Agreement.check(Cohort.random(11, 5_000, missingRate), MILAN);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0})
    void agreesWithTheInterpreterOnRandomCompletePatients(double missingRate) {
        Set<String> seen = new HashSet<>();
        for (Patient patient : Cohort.random(7, 20_000, missingRate)) {
            HandWrittenMilanNen.Result hand = HandWrittenMilanNen.evaluate(HandWrittenMilanNen.Input.of(patient));
            OutcomeResult grade = WHO.evaluate(patient.toMap()).outcomes().get("grade");
            EvaluationResult milan = MILAN.evaluate(patient.toMap());
            OutcomeResult eligibility = milan.outcomes().get("eligibility");
            String where = patient.toString();
            assertEquals(grade.value(), hand.grade() == null ? null : hand.grade().name(), where);
            assertEquals(grade.missing(), hand.gradeMissing(), where);
            assertEquals(eligibility.value(), hand.eligibility() == null ? null : hand.eligibility().name(), where);
            assertEquals(eligibility.missing(), hand.eligibilityMissing(), where);
            seen.add(String.valueOf(eligibility.value()) + " " + grade.value());
        }
        for (String outcome : List.of("ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE")) {
            assertTrue(seen.stream().anyMatch(s -> s.startsWith(outcome + " ")), outcome + " occurs: " + seen);
        }
    }
}
