package org.guidelang.runtime;

import java.util.List;
import java.util.Map;

/**
 * A compiled or interpreted guideline that decides its outcomes for one patient; implementations
 * are immutable and thread-safe.
 */
public interface GuidelineEvaluator {
    /** The guideline's id, such as {@code who_grading}. */
    String id();

    /** The guideline's semantic version, such as {@code 2019.1.0}. */
    String version();

    /** The declared inputs, in declaration order. */
    List<InputSpec> inputs();

    /** The names of the outcomes, in declaration order. */
    List<String> outcomes();

    /**
     * Evaluates one patient given as a JSON-like map from input names to values (absent or null
     * means missing).
     *
     * @throws InvalidInputException listing every input error, if there is any
     */
    EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException;

    /** Validates a patient against {@link #inputs()} without evaluating. */
    default Validation validate(Map<String, ?> patient) {
        return InputValidator.validate(patient, inputs());
    }
}
