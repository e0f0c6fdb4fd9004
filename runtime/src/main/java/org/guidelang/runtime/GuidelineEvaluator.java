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
     * Decides every outcome for one patient given as a JSON-like map from input names to values
     * (absent or null means missing): each outcome's value, or undetermined with the inputs that
     * could decide it. The result carries no explanation (its {@code explanation()} is empty), so
     * that a service or a batch run pays only for the decisions; ask {@link #explain} for it.
     *
     * @throws InvalidInputException listing every input error, if there is any
     */
    EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException;

    /**
     * The same decisions as {@link #evaluate}, with the explanation of how each outcome was
     * reached (the steps {@code guidec eval} prints). An evaluator whose {@code evaluate} already
     * explains need not override this.
     *
     * @throws InvalidInputException listing every input error, if there is any
     */
    default EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
        return evaluate(patient);
    }

    /** Validates a patient against {@link #inputs()} without evaluating. */
    default Validation validate(Map<String, ?> patient) {
        return InputValidator.validate(patient, inputs());
    }
}
