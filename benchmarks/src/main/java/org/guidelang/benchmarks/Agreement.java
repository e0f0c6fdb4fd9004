package org.guidelang.benchmarks;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.OutcomeResult;

/**
 * Checks that the ways the benchmark compares decide the same for every patient, or it measures
 * nothing: the generated evaluator exactly as the interpreter; the hand-written baseline, which
 * makes one pass and does not refine, exactly on complete data and soundly on partial data.
 */
final class Agreement {
    private Agreement() {}

    static void check(List<Patient> cohort, Interpreter milan) {
        for (Patient patient : cohort) {
            OutcomeResult expected = milan.evaluate(patient.toMap()).outcomes().get("eligibility");
            HandWrittenMilanNen.Result hand = HandWrittenMilanNen.evaluate(HandWrittenMilanNen.Input.of(patient));
            sound("hand-written", expected, hand.eligibility() == null ? null : hand.eligibility().name(),
                    hand.eligibilityMissing(), patient);
            Decided<MilanNen.Eligibility> generated = MilanNen.evaluate(GeneratedInputs.of(patient)).eligibility();
            same("generated", expected, generated.isDetermined() ? generated.get().code() : null, generated.missing(),
                    patient);
        }
    }

    private static void same(String what, OutcomeResult expected, Object value, Object missing, Patient patient) {
        if (!Objects.equals(expected.value(), value) || !expected.missing().equals(missing)) {
            throw disagree(what, expected, value, missing, patient);
        }
    }

    /** A decision as the interpreter's; else undetermined, lacking at least what the interpreter lacks. */
    private static void sound(String what, OutcomeResult expected, Object value, Set<String> missing,
            Patient patient) {
        boolean complete = patient.toMap().size() == 8;
        boolean ok = value != null ? value.equals(expected.value())
                : !complete && (expected.isDetermined() || missing.containsAll(expected.missing()));
        if (!ok) {
            throw disagree(what, expected, value, missing, patient);
        }
    }

    private static IllegalStateException disagree(String what, OutcomeResult expected, Object value, Object missing,
            Patient patient) {
        return new IllegalStateException(what + " decides " + value + " (missing " + missing + ") where the"
                + " interpreter decides " + expected.value() + " (missing " + expected.missing() + ") for " + patient);
    }
}
