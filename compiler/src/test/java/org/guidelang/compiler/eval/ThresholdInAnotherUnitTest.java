package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/**
 * A recommendation that compares an input in months with a parameter in years must stay open
 * while the input is missing: 1 year is 12 months, and a stable disease of 24 months fails it.
 */
class ThresholdInAnotherUnitTest {
    private static Interpreter guideline(String limit) {
        return Guidelines.of("t", """
                guideline t version 1.0.0 {
                  title "t"
                  source s "S"
                  input stableMonths : months in [0, *)
                  input ki67 : percent in [0%, 100%]
                  param stableLimit = LIMIT cite s
                  recommend followUp "follow up" when stableMonths < stableLimit and ki67 in [0%, 2.5%] cite s
                }
                """.replace("LIMIT", limit));
    }

    private static OutcomeResult followUp(Interpreter g, Map<String, Object> patient) {
        return g.evaluate(patient).outcome("followUp").orElseThrow();
    }

    @Test
    void withTheLimitInTheInputsUnitAMissingInputLeavesTheRecommendationOpen() {
        Interpreter g = guideline("12 months");
        OutcomeResult open = followUp(g, Map.of("ki67", 0.0));
        assertNull(open.value());
        assertEquals(Set.of("stableMonths"), open.missing());
        assertEquals(Boolean.FALSE, followUp(g, Map.of("ki67", 0.0, "stableMonths", 24.0)).value());
    }

    // Once answered "applies whatever stableMonths is": the cells were cut at 1 month (fixed in InputCells).
    @Test
    void withTheLimitInYearsAMissingInputLeavesTheRecommendationOpen() {
        Interpreter g = guideline("1 year");
        assertEquals(Boolean.FALSE, followUp(g, Map.of("ki67", 0.0, "stableMonths", 24.0)).value());
        OutcomeResult open = followUp(g, Map.of("ki67", 0.0));
        assertNull(open.value());
        assertEquals(Set.of("stableMonths"), open.missing());
    }
}
