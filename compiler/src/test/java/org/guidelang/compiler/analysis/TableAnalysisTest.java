package org.guidelang.compiler.analysis;

import static org.guidelang.compiler.analysis.Analyses.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaps, overlaps and unreachable rules of decision tables, with their exact diagnostics. */
class TableAnalysisTest {
    private static final String KI67 = "  input ki67 : percent in [0, 100]\n";

    @Test
    void thePrintedWhoTableLeavesPoorlyDifferentiatedLowGradeTumoursUnclassified() {
        var compilation = Analyses.compileFiles(Analyses.RESOURCES.resolve("analysis/who_printed.guide"));
        assertEquals(List.of("who_printed.guide:14:9: warning: table `grade` leaves patients unclassified: "
                + "differentiation = POOR, ki67 = 10%, mitoticCount = 10 matches no rule (uncovered: "
                + "differentiation = POOR, ki67 in [0%, 20%], mitoticCount in [0, 20]) [GL700]"),
                findings(compilation));
    }

    @Test
    void aGapBetweenOpenEndsIsTheSharedBoundary() {
        assertEquals(List.of("t.guide:5:9: warning: table `band` leaves patients unclassified: ki67 = 3% matches "
                + "no rule (uncovered: ki67 = 3%) [GL700]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH } hit first {
                            when ki67 < 3% -> LOW
                            when ki67 > 3% -> HIGH
                          } cite s
                        """));
    }

    @Test
    void boundariesClosedOnOneSideLeaveNoGap() {
        assertEquals(List.of(), findings(KI67 + """
                  table band : code { LOW, MID, HIGH } hit unique {
                    when ki67 < 3% -> LOW
                    when ki67 in [3%, 20%] -> MID
                    when ki67 > 20% -> HIGH
                  } cite s
                """));
    }

    @Test
    void betweenTwoWholeNumbersThereIsNoCount() {
        assertEquals(List.of(), findings("""
                  input mitoses : count in [0, *)
                  table band : code { LOW, HIGH } hit unique {
                    when mitoses <= 2 -> LOW
                    when mitoses >= 3 -> HIGH
                  } cite s
                """));
    }

    @Test
    void betweenTwoDecimalsTheGapHasAWitnessInside() {
        assertEquals(List.of("t.guide:5:9: warning: table `band` leaves patients unclassified: size = 2.5 cm "
                + "matches no rule (uncovered: size in (2 cm, 3 cm)) [GL700]"),
                findings("""
                          input size : cm in (0, *)
                          table band : code { SMALL, LARGE } hit unique {
                            when size <= 2 cm -> SMALL
                            when size >= 30 mm -> LARGE
                          } cite s
                        """));
    }

    @Test
    void anOtherwiseClosesEveryGap() {
        assertEquals(List.of(), findings(KI67 + """
                  table band : code { LOW, HIGH } hit first {
                    when ki67 < 3% -> LOW
                    otherwise -> HIGH
                  } cite s
                """));
    }

    @Test
    void anOtherwiseAfterRulesThatCoverEveryoneNeverApplies() {
        assertEquals(List.of("t.guide:8:5: warning: the `otherwise` of table `band` never applies: its rules "
                + "classify every patient [GL703]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH, NONE } hit first {
                            when ki67 < 3% -> LOW
                            when ki67 >= 3% -> HIGH
                            otherwise -> NONE
                          } cite s
                        """));
    }

    @Test
    void uniqueRulesSharingABoundaryOverlapThere() {
        assertEquals(List.of("t.guide:7:5: warning: rules 1 and 2 of unique table `band` both hold for "
                + "ki67 = 20% (both hold for: ki67 = 20%) [GL701]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH } hit unique {
                            when ki67 <= 20% -> LOW
                            when ki67 >= 20% -> HIGH
                          } cite s
                        """));
    }

    @Test
    void uniqueRulesYieldingTheSameCodeMayOverlap() {
        assertEquals(List.of(), findings(KI67 + """
                  table band : code { LOW, HIGH } hit unique {
                    when ki67 <= 20% -> LOW
                    when ki67 < 10% -> LOW
                    when ki67 > 20% -> HIGH
                  } cite s
                """));
    }

    @Test
    void overlapsOverSeveralInputsNameTheSharedRegion() {
        assertEquals(List.of("t.guide:9:5: warning: rules 1 and 2 of unique table `risk` both hold for "
                + "ki67 = 12%, grade = G2, nodes = true (both hold for: ki67 in [3%, 20%], grade = G2) [GL701]",
                "t.guide:12:5: warning: rules 1 and 5 of unique table `risk` both hold for ki67 = 2%, grade = G2, "
                        + "nodes = false (both hold for: ki67 in [0%, 3%), grade = G2, nodes = false) [GL701]"),
                findings(KI67 + """
                          input grade : code { G1, G2, G3 }
                          input nodes : boolean
                          table risk : code { LOW, HIGH } hit unique {
                            when grade in {G1, G2} and ki67 <= 20% -> LOW
                            when grade != G1 and ki67 >= 3% -> HIGH
                            when grade = G1 and ki67 > 20% -> HIGH
                            when grade = G3 and ki67 < 3% -> HIGH
                            when grade = G2 and ki67 < 3% and not nodes -> HIGH
                          } cite s
                        """));
    }

    @Test
    void aRuleHiddenByAnEarlierOneIsUnreachable() {
        assertEquals(List.of("t.guide:7:5: warning: rule 2 of table `band` never applies: rule 1 before it holds "
                + "for every patient it holds for [GL702]"),
                findings(KI67 + """
                          table band : code { LOW, MID, HIGH } hit first {
                            when ki67 < 50% -> LOW
                            when ki67 < 20% -> MID
                            otherwise -> HIGH
                          } cite s
                        """));
    }

    @Test
    void aHiddenRuleNamesOnlyTheEarlierRulesItNeedsInOrder() {
        // Rule 1 alone hides rule 4; rules 2 and 3 hold for some of its patients too, but add nothing.
        assertEquals(List.of("t.guide:9:5: warning: rule 4 of table `band` never applies: rule 1 before it holds "
                + "for every patient it holds for [GL702]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH } hit first {
                            when ki67 in [5%, 50%] -> LOW
                            when ki67 > 40% -> HIGH
                            when ki67 < 10% -> HIGH
                            when ki67 in [6%, 45%] -> HIGH
                          } cite s
                        """));
    }

    @Test
    void aRuleHiddenByManyEarlierOnesNamesTheFirstTenAndCountsTheRest() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rules.append("    when ki67 in [").append(i).append("%, ").append(i + 1).append("%) -> LOW\n");
        }
        assertEquals(List.of("t.guide:18:5: warning: rule 13 of table `band` never applies: rules 1, 2, 3, 4, 5, 6, "
                + "7, 8, 9, 10 and 2 more before it hold for every patient it holds for [GL702]"),
                findings(KI67 + "  table band : code { LOW, HIGH } hit first {\n" + rules
                        + "    when ki67 < 12% -> HIGH\n    otherwise -> HIGH\n  } cite s\n"));
    }

    @Test
    void aRuleHiddenByTwoEarlierOnesNamesBoth() {
        assertEquals(List.of("t.guide:8:5: warning: rule 3 of table `band` never applies: rules 1 and 2 before "
                + "it hold for every patient it holds for [GL702]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH, MID } hit first {
                            when ki67 <= 10% -> LOW
                            when ki67 >= 10% -> HIGH
                            when ki67 in [5%, 15%] -> MID
                          } cite s
                        """));
    }

    @Test
    void aContradictoryRuleNeverHolds() {
        assertEquals(List.of("t.guide:7:10: warning: rule 2 of table `band`, `ki67 < 3% and ki67 > 20%`, can never "
                + "hold [GL704]"),
                findings(KI67 + """
                          table band : code { LOW, ODD } hit first {
                            when ki67 < 50% -> LOW
                            when ki67 < 3% and ki67 > 20% -> ODD
                            otherwise -> LOW
                          } cite s
                        """));
    }

    @Test
    void aComparisonOutsideTheDeclaredRangeNeverHolds() {
        assertEquals(List.of("t.guide:6:23: warning: `ki67 > 100%` can never hold: `ki67` is in [0%, 100%] [GL704]"),
                findings(KI67 + """
                          table band : code { LOW, HIGH } hit first {
                            when ki67 < 3% or ki67 > 100% -> LOW
                            otherwise -> HIGH
                          } cite s
                        """));
    }

    @Test
    void aTableDeclaredCompleteMakesItsGapAnError() {
        assertEquals(List.of("t.guide:5:9: error: table `band` leaves patients unclassified: ki67 = 60% matches "
                + "no rule (uncovered: ki67 in (20%, 100%]) [GL700]"),
                findings(KI67 + """
                          table band : code { LOW, MID } hit first complete {
                            when ki67 < 3% -> LOW
                            when ki67 <= 20% -> MID
                          } cite s
                        """));
    }

    @Test
    void aTableDeclaredCompleteWithoutGapsIsClean() {
        assertEquals(List.of(), findings(KI67 + """
                  table band : code { LOW, MID } hit unique complete {
                    when ki67 < 3% -> LOW
                    when ki67 >= 3% -> MID
                  } cite s
                """));
    }

    @Test
    void aMisspeltCompletenessClauseIsAnError() {
        var compilation = Analyses.compile(Analyses.guideline(KI67 + """
                  table band : code { LOW, MID } hit first compleet {
                    when ki67 < 3% -> LOW
                    otherwise -> MID
                  } cite s
                """));
        var diagnostic = compilation.diagnostics().get(0);
        assertEquals("t.guide:5:44: error: unknown table clause `compleet` [GL709]", diagnostic.headline());
        assertEquals("did you mean `complete`?", diagnostic.hint());
    }

    @Test
    void theGapNamesEveryInputOfTheTableAndTheOtherRegions() {
        assertEquals(List.of("t.guide:7:9: warning: table `plan` leaves patients unclassified: ki67 = 2%, "
                + "resectable = true, lesions = 6 matches no rule (uncovered: ki67 in [0%, 3%), resectable = true); "
                + "also uncovered: resectable = false, lesions in [4, 10] [GL700]"),
                findings(KI67 + """
                          input resectable : boolean
                          input lesions : integer in [1, 10]
                          table plan : code { SURGERY, OBSERVE } hit first {
                            when ki67 >= 3% and resectable -> SURGERY
                            when not resectable and lesions <= 3 -> OBSERVE
                          } cite s
                        """));
    }
}
