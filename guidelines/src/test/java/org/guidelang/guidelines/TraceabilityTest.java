package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The clinical contract of the NEN guidelines beyond what the checker enforces: a clinician
 * must find, for every threshold, criterion and recommendation, where it comes from.
 */
class TraceabilityTest {
    /**
     * The only DOIs the guidelines may carry, each with where it was read, so that no DOI is
     * invented: add one here only with its provenance.
     */
    private static final Map<String, String> KNOWN_DOIS = Map.of(
            "10.4240/wjgs.v14.i5.397", "Que et al. 2022: the publisher's page of the review",
            "10.3390/jcm12072456", "Mahuron & Singh 2023: printed in the paper's citation line",
            "10.1111/his.13975", "Nagtegaal et al. 2020: in who_grading as first written by the lead");

    private static List<CheckedGuideline> guidelines() {
        List<CheckedGuideline> guidelines = NenGuidelines.compilation().guidelines();
        assertFalse(guidelines.isEmpty(), "no guideline compiled");
        return guidelines;
    }

    @Test
    void everyGuidelineHasItsHeader() {
        for (CheckedGuideline g : guidelines()) {
            assertFalse(g.title() == null || g.title().isBlank(), g.id() + ": no title");
            assertNotNull(g.status(), g.id() + ": no status");
            assertFalse(g.authors().isEmpty() && g.committee() == null, g.id() + ": no authors or committee");
            assertNotNull(g.issued(), g.id() + ": no issue date");
            assertTrue(g.description() != null && g.description().length() > 400,
                    g.id() + ": the description must explain the guideline and its readings");
            assertTrue(g.description().contains("Reading"), g.id() + ": the description states no reading chosen");
            assertTrue(g.description().contains("evidence"), g.id() + ": the description says nothing of evidence");
        }
    }

    @Test
    void everyParameterIsCitedAndJustified() {
        for (CheckedGuideline g : guidelines()) {
            for (ParamDecl param : g.params()) {
                assertFalse(param.citations().isEmpty(), g.id() + "." + param.name() + ": no citation");
                assertFalse(param.rationale() == null || param.rationale().isBlank(),
                        g.id() + "." + param.name() + ": no rationale");
            }
        }
    }

    @Test
    void everyDecisionIsCited() {
        for (CheckedGuideline g : guidelines()) {
            for (Outcome outcome : g.outcomes()) {
                String where = g.id() + "." + outcome.name();
                if (outcome instanceof DecisionTable table) {
                    assertFalse(table.citations().isEmpty(), where + ": table without citation");
                } else if (outcome instanceof CriteriaSet set) {
                    assertFalse(set.citations().isEmpty(), where + ": criteria set without citation");
                    for (CriteriaSet.Criterion criterion : set.criteria()) {
                        assertFalse(criterion.citations().isEmpty(), where + "." + criterion.name() + ": no citation");
                    }
                } else if (outcome instanceof Recommendation rec) {
                    assertFalse(rec.citations().isEmpty(), where + ": recommendation without citation");
                    assertNotNull(rec.strength(), where + ": no strength");
                    assertNotNull(rec.evidence(), where + ": no evidence level");
                }
            }
        }
    }

    @Test
    void noDoiIsInvented() {
        List<String> unknown = new ArrayList<>();
        for (CheckedGuideline g : guidelines()) {
            for (SourceRef source : g.sources()) {
                if (source.doi() != null && !KNOWN_DOIS.containsKey(source.doi())) {
                    unknown.add(g.id() + "." + source.id() + ": " + source.doi());
                }
            }
        }
        assertEquals(List.of(), unknown, "DOIs of unknown provenance");
    }

    @Test
    void debulkingThresholdCarriesItsHistoryFromTable1() {
        CheckedGuideline netlm = NenGuidelines.compilation().guideline("netlm_classification").orElseThrow();
        ParamDecl threshold = netlm.params().stream().filter(p -> p.name().equals("debulkingThreshold"))
                .findFirst().orElseThrow();
        assertEquals("70%", threshold.valueText().replace(" ", ""));
        List<String> history = threshold.history().stream()
                .map(h -> h.valueText().replace(" ", "") + "@" + h.since()).toList();
        assertEquals(List.of("95%@1977", "90%@1990", "70%@2008"), history);
        threshold.history().forEach(h -> assertFalse(h.citations().isEmpty(), "history entry without citation"));
    }
}
