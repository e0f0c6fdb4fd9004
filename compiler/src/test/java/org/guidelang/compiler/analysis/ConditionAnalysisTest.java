package org.guidelang.compiler.analysis;

import static org.guidelang.compiler.analysis.Analyses.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions that never or always hold, criteria set outcomes no one reaches, conditions beyond
 * the analysis, and the language features the analysis reads exactly (units, arithmetic over one
 * input, imported outcomes, `is missing`).
 */
class ConditionAnalysisTest {
    private static final String AGE = "  input age : years in [0, 120]\n";

    @Test
    void aCriterionNoPatientMeetsNeverHolds() {
        assertEquals(List.of("t.guide:6:20: warning: criterion `old` of `c`, `age > 130 years`, can never hold "
                + "[GL704]"),
                findings(AGE + """
                          criteria c require any {
                            criterion old: age > 130 years
                            criterion young: age < 18 years
                          } outcome { met YES  unmet NO } cite s
                        """));
    }

    @Test
    void aCriterionEveryPatientMeetsIsSuspicious() {
        assertEquals(List.of("t.guide:7:22: warning: criterion `adult` of `c`, `age >= 0 years`, holds for every "
                + "patient [GL705]"),
                findings(AGE + """
                          input ready : boolean
                          criteria c require all {
                            criterion adult: age >= 0 years
                            criterion fit: ready
                          } outcome { met YES  unmet NO } cite s
                        """));
    }

    @Test
    void aComparisonThatAlwaysHoldsInsideAConditionIsReportedAtItsSpan() {
        assertEquals(List.of("t.guide:6:37: warning: `age <= 120 years` holds for every patient: `age` is in "
                + "[0 years, 120 years] [GL705]"),
                findings(AGE + """
                          input ready : boolean
                          recommend r "text" when ready and age <= 120 years cite s
                        """));
    }

    @Test
    void requiredCriteriaThatContradictEachOtherAreNeverMet() {
        assertEquals(List.of("t.guide:5:3: warning: criteria set `c` never yields `YES`: no patient meets 2 of its "
                + "criteria [GL708]"),
                findings(AGE + """
                          criteria c require at least 2 {
                            criterion young: age < 30 years
                            criterion old: age > 70 years
                            criterion mid: age in [40 years, 50 years]
                          } outcome { met YES  unmet NO } cite s
                        """));
    }

    @Test
    void allCriteriaRequiredNameThePairThatContradicts() {
        assertEquals(List.of("t.guide:5:3: warning: criteria set `c` never yields `YES`: criteria `young` and "
                + "`old` cannot both hold [GL708]"),
                findings(AGE + """
                          criteria c require all {
                            criterion young: age < 30 years
                            criterion adult: age >= 18 years
                            criterion old: age > 70 years
                          } outcome { met YES  unmet NO } cite s
                        """));
    }

    @Test
    void aRelativeCriterionImpliedByTheRequiredOnesLeavesNoException() {
        assertEquals(List.of("t.guide:5:3: warning: criteria set `c` never yields `EXCEPTION`: every patient who "
                + "meets the requirement meets the relative criteria too [GL708]"),
                findings(AGE + """
                          criteria c require all {
                            criterion young: age < 30 years
                            relative criterion belowLimit: age < 60 years
                          } outcome { met YES  exception EXCEPTION  unmet NO } cite s
                        """));
    }

    @Test
    void aRecommendationThatCanNeverApply() {
        assertEquals(List.of("t.guide:5:27: warning: the condition of recommendation `r`, `size < 1 cm and size > "
                + "2 cm`, can never hold [GL704]"),
                findings("""
                          input size : cm in (0, *)
                          recommend r "text" when size < 1 cm and size > 2 cm cite s
                        """));
    }

    @Test
    void unitsAreConvertedExactly() {
        assertEquals(List.of(), findings("""
                  input stable : months in [0, *)
                  table s2 : code { SHORT, LONG } hit unique {
                    when stable < 1 year -> SHORT
                    when stable >= 12 months -> LONG
                  } cite s
                """));
    }

    @Test
    void arithmeticOverOneInputIsSolvedExactly() {
        assertEquals(List.of(), findings("""
                  input debulking : percent in [0, 100]
                  define residual = 100% - debulking
                  table plan : code { DEBULK, NO } hit unique {
                    when residual < 30% -> DEBULK
                    when debulking <= 70% -> NO
                  } cite s
                """));
    }

    @Test
    void arithmeticOverTwoInputsIsBeyondTheAnalysisAndSaysSo() {
        assertEquals(List.of("t.guide:7:10: warning: table `plan` may leave patients unclassified: the analysis "
                + "cannot decide `a + b > 10` (arithmetic over several inputs) [GL706]"),
                findings("""
                          input a : integer in [0, 10]
                          input b : integer in [0, 10]
                          table plan : code { BIG, SMALL } hit first {
                            when a + b > 10 -> BIG
                            when a + b < 5 -> SMALL
                          } cite s
                        """));
    }

    @Test
    void aConditionBeyondTheAnalysisDoesNotStopAProofOfCoverage() {
        assertEquals(List.of(), findings("""
                  input a : integer in [0, 10]
                  input b : integer in [0, 10]
                  table plan : code { BIG, SMALL } hit first {
                    when a + b > 10 and a > 5 -> BIG
                    when a <= 5 -> SMALL
                    when a > 5 -> SMALL
                  } cite s
                """));
    }

    @Test
    void aGapOutsideTheUndecidedConditionIsStillCertain() {
        assertEquals(List.of("t.guide:6:9: warning: table `plan` leaves patients unclassified: a = 5 matches no "
                + "rule (uncovered: a in [4, 5]) [GL700]"),
                findings("""
                          input a : integer in [0, 10]
                          input b : integer in [0, 10]
                          table plan : code { BIG, SMALL } hit first {
                            when a + b > 100 and a > 5 -> BIG
                            when a <= 3 -> SMALL
                          } cite s
                        """));
    }

    @Test
    void whereOnlyTheUndecidedConditionCouldCoverPatientsCoverageIsUnproven() {
        assertEquals(List.of("t.guide:7:10: warning: table `plan` may leave patients unclassified: the analysis "
                + "cannot decide `a + b > 100` (arithmetic over several inputs) [GL706]"),
                findings("""
                          input a : integer in [0, 10]
                          input b : integer in [0, 10]
                          table plan : code { BIG, SMALL } hit first {
                            when a + b > 100 and a > 5 -> BIG
                            when a <= 5 -> SMALL
                          } cite s
                        """));
    }

    @Test
    void aConditionWithTooManyCasesIsReportedRatherThanAnalysedForEver() {
        StringBuilder members = new StringBuilder();
        StringBuilder condition = new StringBuilder();
        // Each pair gives two cases that differ in both inputs, which no union joins: 2^15 boxes.
        for (int i = 0; i < 30; i++) {
            members.append("  input x").append(i).append(" : decimal in [0, 10]\n");
        }
        for (int i = 0; i < 30; i += 2) {
            condition.append(i == 0 ? "" : " and ").append("(x").append(i).append(" < 1 or x").append(i + 1)
                    .append(" < 1)");
        }
        members.append("  recommend r \"text\" when ").append(condition).append(" cite s\n");
        assertEquals(List.of("t.guide:34:27: warning: the condition of recommendation `r` has too many cases for the "
                + "coverage analysis [GL707]"), findings(members.toString()));
    }

    @Test
    void anOverlapThatOnlyAnUndecidedConditionCouldPreventIsUnproven() {
        assertEquals(List.of("t.guide:7:10: warning: rules 1 and 2 of table `plan` may both hold: the analysis "
                + "cannot decide `a * b > 20` (it multiplies inputs together) [GL706]"),
                findings("""
                          input a : integer in [0, 10]
                          input b : integer in [0, 10]
                          table plan : code { BIG, SMALL } hit unique {
                            when a * b > 20 -> BIG
                            when a < 3 -> SMALL
                            otherwise -> SMALL
                          } cite s
                        """));
    }

    @Test
    void aDefinitionThatAlwaysHoldsIsReportedOnce() {
        assertEquals(List.of("t.guide:5:19: warning: definition `anyAge`, `age >= 0 years or age < 18 years`, holds "
                + "for every patient [GL705]"),
                findings(AGE + """
                          define anyAge = age >= 0 years or age < 18 years
                          recommend r "text" when anyAge cite s
                          recommend q "text" when not anyAge or age > 50 years cite s
                        """));
    }

    @Test
    void whetherAnOutcomeIsKnownIsBeyondTheAnalysis() {
        assertEquals(List.of("t.guide:10:10: warning: table `plan` may leave patients unclassified: the analysis "
                + "cannot decide `band is known` (`is known` and `is missing` are decided only for inputs) [GL706]"),
                findings(AGE + """
                          table band : code { YOUNG, OLD } hit first {
                            when age < 60 years -> YOUNG
                            otherwise -> OLD
                          } cite s
                          table plan : code { DECIDED } hit first {
                            when band is known -> DECIDED
                          } cite s
                        """));
    }

    @Test
    void ruleForMissingValuesIsNotReportedAsNeverHolding() {
        assertEquals(List.of(), findings("""
                  input ki67 : percent in [0, 100]
                  table band : code { UNKNOWN, LOW, HIGH } hit first {
                    when ki67 is missing -> UNKNOWN
                    when ki67 < 3% -> LOW
                    when ki67 is known -> HIGH
                  } cite s
                """));
    }

    @Test
    void importedOutcomesAreVariablesOverTheirCodes() {
        String who = """
                guideline w version 1.0.0 {
                  title "grades"
                  source s "a source"
                  input ki67 : percent in [0, 100]
                  table grade : code { G1, G2, G3 } hit first {
                    when ki67 < 3% -> G1
                    when ki67 <= 20% -> G2
                    otherwise -> G3
                  } cite s
                }
                """;
        assertEquals(List.of("t.guide:5:9: warning: table `plan` leaves patients unclassified: w.grade = G3 "
                + "matches no rule (uncovered: w.grade = G3) [GL700]"),
                Analyses.findings(Analyses.compile(Analyses.guideline("""
                          import w
                          table plan : code { WATCH, TREAT } hit unique {
                            when w.grade = G1 -> WATCH
                            when w.grade = G2 -> TREAT
                          } cite s
                        """), who)));
    }
}
