package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.junit.jupiter.api.Test;

/** The decision-flow diagrams: one test per rule or criterion, each with its exit, and a last box. */
class FlowDiagramTest {
    private static int count(String svg, String element) {
        return (int) Pattern.compile("<" + element + "[ >]").matcher(svg).results().count();
    }

    @Test
    void aTableIsAChainOfItsRulesEndingWhereNoRuleHolds() {
        CheckedGuideline who = Sites.compile(Sites.SKETCH).guideline("who_grading").orElseThrow();
        String svg = new FlowDiagram(new Notation(new PageAnchors(who)))
                .table((DecisionTable) who.outcome("grade").orElseThrow()).markup();
        assertEquals(5 * 2 + 1, count(svg, "rect"), svg);
        assertEquals(5 * 2, count(svg, "line"), svg); // a yes to the right, a no downwards, per rule
        assertTrue(svg.contains(">differentiation = WELL and ki67 &lt; 3% and</text>"), svg);
        assertTrue(svg.contains(">No rule holds</text>"), svg);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" width=\"720\""), svg);
    }

    @Test
    void aCriteriaSetLeavesOnNoToUnmetThenToTheExceptionAndEndsMet() {
        CheckedGuideline milan = Sites.compile(Sites.SKETCH).guideline("milan_nen").orElseThrow();
        String svg = new FlowDiagram(new Notation(new PageAnchors(milan)))
                .criteria((CriteriaSet) milan.outcome("eligibility").orElseThrow()).markup();
        assertEquals(4, Pattern.compile(">NOT ELIGIBLE</text>").matcher(svg).results().count(), svg);
        assertTrue(svg.contains(">ELIGIBLE RELATIVE EXCEPTION</text>"), svg);
        assertTrue(svg.contains("font-weight=\"bold\">ELIGIBLE</text>"), svg);
        assertEquals(5, Pattern.compile("font-style=\"italic\" fill=\"#333\">no</text>").matcher(svg).results().count());
    }

    @Test
    void longTextsWrapAtWords() {
        assertEquals(List.of("one two", "three four", "five"), FlowDiagram.wrap("one two three four five", 10));
        assertEquals(List.of("averyveryverylongword", "x"), FlowDiagram.wrap("averyveryverylongword x", 10));
    }
}
