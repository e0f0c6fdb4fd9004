package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RecommendationLogic} as docs/language.md §12 states it: its condition's truth, or always. */
class RecommendationLogicTest {
    @Test
    void aConditionalRecommendationAppliesAsItsConditionHolds() {
        RecommendationLogic ablation = RecommendationLogic.when(1, "largestLesionCm < 3 cm", "mahuron2023");
        for (Truth truth : Truth.values()) {
            ScriptedConditions conditions = ScriptedConditions.of(Truth.FALSE, truth);
            List<ExplanationStep> trace = new ArrayList<>();
            assertEquals(truth, ablation.decide(conditions, "ablation", trace));
            List<ExplanationStep> expected = new ArrayList<>(List.of(new ExplanationStep("ablation", "recommendation",
                    "largestLesionCm < 3 cm", StepStatus.of(truth), Map.of("v1", 1), "mahuron2023")));
            if (truth == Truth.UNKNOWN) {
                expected.add(new ExplanationStep("ablation", "undetermined",
                        "may or may not apply until its condition is known", StepStatus.UNKNOWN, Map.of(), null));
            }
            assertEquals(expected, trace);
            assertEquals(truth, ablation.decide(conditions, "ablation", null));
            assertEquals(truth == Truth.UNKNOWN ? 1L << 1 : 0L, ablation.missing(conditions));
        }
    }

    @Test
    void anUnconditionalRecommendationAlwaysAppliesAndLacksNothing() {
        RecommendationLogic always = RecommendationLogic.always("Discuss at a tumour board.", null);
        ScriptedConditions nothingKnown = ScriptedConditions.of(Truth.UNKNOWN);
        List<ExplanationStep> trace = new ArrayList<>();
        assertEquals(Truth.TRUE, always.decide(nothingKnown, "board", trace));
        assertEquals(List.of(new ExplanationStep("board", "recommendation", "Discuss at a tumour board.",
                StepStatus.HELD, Map.of(), null)), trace);
        assertEquals(Truth.TRUE, always.decide(nothingKnown, "board", null));
        assertEquals(0L, always.missing(nothingKnown));
        // Element 0 is a condition like any other, not "none".
        assertEquals(Truth.UNKNOWN, RecommendationLogic.when(0, "x", null).decide(nothingKnown, "x", null));
        assertEquals(1L, RecommendationLogic.when(0, "x", null).missing(nothingKnown));
    }
}
