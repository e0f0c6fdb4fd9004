package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Expressions as clinicians read them. */
class NotationTest {
    private static final String GUIDE = """
            guideline notation version 1.0.0 {
              title "Notation"
              input ki67 : percent in [0, 100] "Ki-67"
              input mitoses : count per "2 mm²" in [0, *)
              input age : years in [0, 120]
              input grade : code { NET_G1 "NET, G1", NET_G2 "NET, G2", NET_G3 } "Grade"
              input cleared : boolean
              param ageLimit = 60 years
              define high = ki67 > 20% or mitoses > 20
              table t : code { A, B, C, D, E, F } hit first {
                when ki67 >= 3% and ki67 <= 20% -> A
                when ki67 in [3%, 20%) and not cleared -> B
                when grade in {NET_G1, NET_G2} or grade not in {NET_G3} -> C
                when age < ageLimit and (high or mitoses is missing) -> D
                when ki67 != 5% and age - 10 years > 40 years -> E
                when ki67 not in [3%, *) -> F
              }
            }
            """;

    private static List<String> rules() {
        CheckedGuideline g = Sites.compileClean(List.of(new SourceFile("n.guide", GUIDE))).guideline("notation").orElseThrow();
        Notation notation = new Notation(new PageAnchors(g));
        return ((DecisionTable) g.outcome("t").orElseThrow()).rules().stream()
                .map(r -> notation.text(r.condition()))
                .toList();
    }

    @Test
    void plainText() {
        assertEquals(List.of(
                "ki67 ≥ 3% and ki67 ≤ 20%",
                "3% ≤ ki67 < 20% and not cleared",
                "grade ∈ {NET G1, NET G2} or grade ∉ {NET G3}",
                "age < 60 years and (high or mitoses is missing)",
                "ki67 ≠ 5% and age − 10 years > 40 years",
                "ki67 ∉ [3%, *)"), rules());
    }

    @Test
    void htmlLinksNamesToTheirDeclarationsAndShowsCodeLabels() {
        CheckedGuideline g = Sites.compileClean(List.of(new SourceFile("n.guide", GUIDE))).guideline("notation").orElseThrow();
        Notation notation = new Notation(new PageAnchors(g));
        List<DecisionTable.Rule> rules = ((DecisionTable) g.outcome("t").orElseThrow()).rules();
        assertEquals("<a class=\"name\" href=\"#input-grade\" title=\"Grade\">grade</a> ∈ {"
                + "<span class=\"code\" title=\"NET, G1\">NET G1</span>, <span class=\"code\" title=\"NET, G2\">NET G2</span>}"
                + " or <a class=\"name\" href=\"#input-grade\" title=\"Grade\">grade</a> ∉ {<span class=\"code\">NET G3</span>}",
                notation.html(rules.get(2).condition()).markup());
        assertEquals("<a class=\"name\" href=\"#input-age\">age</a> &lt; "
                + "<a class=\"param\" href=\"#param-ageLimit\" title=\"threshold ageLimit\">60 years</a> and "
                + "(<a class=\"name\" href=\"#def-high\">high</a> or <a class=\"name\" href=\"#input-mitoses\">mitoses</a>"
                + " is missing)", notation.html(rules.get(3).condition()).markup());
    }

    @Test
    void aTableCellShowsOnlyTheTestOfItsColumnsName() {
        CheckedGuideline g = Sites.compileClean(List.of(new SourceFile("n.guide", GUIDE))).guideline("notation").orElseThrow();
        Notation notation = new Notation(new PageAnchors(g));
        List<DecisionTable.Rule> rules = ((DecisionTable) g.outcome("t").orElseThrow()).rules();
        List<String> cells = rules.stream()
                .flatMap(r -> DecisionTables.conjuncts(r.condition()).stream())
                .map(part -> notation.cell(part).markup().replaceAll("<[^>]+>", ""))
                .toList();
        assertEquals(List.of("≥ 3%", "≤ 20%", "≥ 3% and &lt; 20%", "no", "grade ∈ {NET G1, NET G2} or grade ∉ {NET G3}",
                "&lt; 60 years", "high or mitoses is missing", "≠ 5%", "age − 10 years &gt; 40 years", "ki67 ∉ [3%, *)"),
                cells);
    }

    @Test
    void theWhoTableReadsLikeTable1OfThePaper() {
        CheckedGuideline who = Sites.compile(Sites.SKETCH).guideline("who_grading").orElseThrow();
        PageAnchors anchors = new PageAnchors(who);
        GuidelineVars.TableView table = new DecisionTables(new Notation(anchors), anchors)
                .view((DecisionTable) who.outcome("grade").orElseThrow());
        assertEquals(List.of("differentiation", "highProliferation", "ki67 / mitoticCount", "ki67", "mitoticCount"),
                table.columns());
        assertEquals(List.of("= WELL", "", "", "&lt; 3%", "&lt; 2"), table.rules().get(3).cells().stream()
                .map(c -> c.markup().replaceAll("<[^>]+>", "")).toList());
        assertEquals("NET G1", table.rules().get(3).code());
    }

    @Test
    void theSketchReadsAsThePaperDoes() {
        CheckedGuideline milan = Sites.compile(Sites.SKETCH).guideline("milan_nen").orElseThrow();
        Notation notation = new Notation(new PageAnchors(milan));
        CriteriaSet set = (CriteriaSet) milan.outcome("eligibility").orElseThrow();
        assertEquals(List.of("who.grade ∈ {NET G1, NET G2}", "portalDrainage and extrahepaticDiseaseCleared",
                "liverInvolvement < 50%", "stableDiseaseMonths ≥ 6 months", "age < 60 years"),
                set.criteria().stream().map(c -> notation.text(c.condition())).toList());
    }
}
