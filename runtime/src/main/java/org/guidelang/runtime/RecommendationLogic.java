package org.guidelang.runtime;

import java.util.List;
import java.util.Map;

/**
 * How a generated evaluator decides one recommendation: it applies when its condition holds, and
 * always when it has none; immutable.
 */
public final class RecommendationLogic {
    private final int element;
    private final String text;
    private final String citation;

    private RecommendationLogic(int element, String text, String citation) {
        this.element = element;
        this.text = text;
        this.citation = citation;
    }

    /** A recommendation applying when condition {@code element} holds; {@code conditionText} as written. */
    public static RecommendationLogic when(int element, String conditionText, String citation) {
        return new RecommendationLogic(element, conditionText, citation);
    }

    /** A recommendation without a condition: it always applies; {@code text} is the recommendation's. */
    public static RecommendationLogic always(String text, String citation) {
        return new RecommendationLogic(-1, text, citation);
    }

    /**
     * Whether the recommendation applies (UNKNOWN: undetermined); one step goes to {@code trace},
     * and a closing "undetermined" step when its condition is unknown (which {@link ExactAnswers}
     * then states exactly).
     */
    public Truth decide(Conditions conditions, String label, List<ExplanationStep> trace) {
        if (element < 0) {
            if (trace != null) {
                trace.add(new ExplanationStep(label, "recommendation", text, StepStatus.HELD, Map.of(), citation));
            }
            return Truth.TRUE;
        }
        Truth truth = conditions.condition(element);
        if (trace != null) {
            trace.add(new ExplanationStep(label, "recommendation", text, StepStatus.of(truth),
                    conditions.values(element), citation, conditions::unit));
            if (truth == Truth.UNKNOWN) {
                trace.add(new ExplanationStep(label, "undetermined", "may or may not apply until its condition is known",
                        StepStatus.UNKNOWN, Map.of(), null));
            }
        }
        return truth;
    }

    /** The missing inputs that could decide it, when {@link #decide} answered UNKNOWN. */
    public long missing(Conditions conditions) {
        return element < 0 ? 0L : conditions.missing(element);
    }
}
