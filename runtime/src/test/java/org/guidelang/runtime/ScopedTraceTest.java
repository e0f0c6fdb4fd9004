package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopedTraceTest {
    private static ExplanationStep step(String label) {
        return new ExplanationStep(label, "rule 1", "g → HIGH", StepStatus.FAILED, Map.of("g", false), "s");
    }

    @Test
    void stepsGoToTheSharedTraceUnderTheScopesLabel() {
        List<ExplanationStep> shared = new ArrayList<>();
        List<ExplanationStep> scoped = ScopedTrace.of(shared, "inn.b.");
        scoped.add(step("level"));
        // A reader's own label (b.level, as inner names it) gives way to the path from the guideline evaluated.
        scoped.add(step("b.level"));
        assertEquals(List.of(step("inn.b.level"), step("inn.b.level")), shared);
        assertEquals(2, scoped.size());
        assertEquals(step("inn.b.level"), scoped.get(1));
        // Scoping a scoped trace again replaces the scope, it does not stack.
        ScopedTrace.of(scoped, "other.").add(step("x"));
        assertEquals(step("other.x"), shared.get(2));
    }

    @Test
    void noTraceAndTheEvaluatedGuidelinesOwnScopeAreLeftAsTheyAre() {
        assertNull(ScopedTrace.of(null, "inn."));
        List<ExplanationStep> shared = new ArrayList<>();
        assertSame(shared, ScopedTrace.of(shared, ""));
        ExplanationStep own = step("level");
        assertSame(own, own.labelled("level"));
    }
}
