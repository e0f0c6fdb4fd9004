package org.guidelang.benchmarks;

import java.util.List;
import java.util.Objects;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.OutcomeResult;

/** Checks that the ways the benchmark compares decide the same for every patient: otherwise it measures nothing. */
final class Agreement {
    private Agreement() {}

    static void check(List<Patient> cohort, Interpreter milan) {
        for (Patient patient : cohort) {
            OutcomeResult expected = milan.evaluate(patient.toMap()).outcomes().get("eligibility");
            HandWrittenMilanNen.Result hand = HandWrittenMilanNen.evaluate(HandWrittenMilanNen.Input.of(patient));
            same("hand-written", expected, hand.eligibility() == null ? null : hand.eligibility().name(),
                    hand.eligibilityMissing(), patient);
            Decided<MilanNen.Eligibility> generated = MilanNen.evaluate(GeneratedInputs.of(patient)).eligibility();
            same("generated", expected, generated.isDetermined() ? generated.get().code() : null, generated.missing(),
                    patient);
        }
    }

    private static void same(String what, OutcomeResult expected, Object value, Object missing, Patient patient) {
        if (!Objects.equals(expected.value(), value) || !expected.missing().equals(missing)) {
            throw new IllegalStateException(what + " decides " + value + " (missing " + missing + ") where the"
                    + " interpreter decides " + expected.value() + " (missing " + expected.missing() + ") for " + patient);
        }
    }
}
