package org.guidelang.compiler.conflicts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.runtime.ExplanationStep;

/**
 * What the proof of one {@code conflict} declaration came to: no patient reaches it, a patient
 * does (a witness), or the proof cannot tell within its exactness. {@code evaluations} counts the
 * one-pass evaluations the proof spent.
 */
public sealed interface ConflictVerdict {
    Conflict conflict();

    int evaluations();

    /** No complete patient makes the condition true. */
    record Absent(Conflict conflict, int evaluations) implements ConflictVerdict {}

    /**
     * A complete patient makes the condition true: {@code patient} holds every input of the
     * guidelines the conflict relates (Double in the input's unit, Boolean, or String code), and
     * {@code answers} each outcome the condition reads, with the steps that decided it.
     */
    record Reached(Conflict conflict, Map<String, Object> patient, List<Answer> answers, int evaluations)
            implements ConflictVerdict {
        public Reached {
            patient = Collections.unmodifiableMap(new LinkedHashMap<>(patient));
            answers = List.copyOf(answers);
        }
    }

    /** The proof could not decide: {@code reason} says why, in a committee's words. */
    record Beyond(Conflict conflict, String reason, int evaluations) implements ConflictVerdict {}

    /**
     * An outcome the condition reads, as written in it ({@code alias.outcome}), of guideline {@code
     * guideline}, its value for the witness, and the explanation steps that decided it.
     */
    record Answer(String outcome, String guideline, Object value, List<ExplanationStep> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }
}
