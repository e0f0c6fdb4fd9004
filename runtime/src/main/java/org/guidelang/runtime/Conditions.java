package org.guidelang.runtime;

import java.util.Map;

/**
 * The conditions of one evaluation of a guideline, numbered across its rules, criteria and
 * recommendations; a generated evaluation implements it so that {@link DecisionTableLogic},
 * {@link CriteriaSetLogic} and {@link RecommendationLogic} can decide its outcomes.
 */
public interface Conditions {
    /** The truth of condition {@code element} for this patient. */
    Truth condition(int element);

    /**
     * The missing inputs (bits of the guideline's {@link InputIndex}) that could decide condition
     * {@code element}; 0 when it is not unknown.
     */
    long missing(int element);

    /** The inputs, parameters and outcomes condition {@code element} reads, with their values. */
    Map<String, Object> values(int element);

    /**
     * The unit of a name {@link #values} gives: an input's or a parameter's; {@link Unit#NONE} for
     * plain numbers, codes, booleans, outcomes and names it does not know.
     */
    default Unit unit(String name) {
        return Unit.NONE;
    }
}
