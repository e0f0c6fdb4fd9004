package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/** Membership over the codes an undetermined outcome can still take, through the interpreter. */
class PossibleCodesInterpreterTest {
    private static final String HEADER = "guideline t version 1.0.0 {\n title \"t\"\n source s \"S\"\n";

    // Milan-NEN in small: criteria 1 to 4 met, the relative age criterion unknown.
    private static final Interpreter CRITERIA = Guidelines.of("t", HEADER + """
              input a : boolean
              input age : years in [0, 120]
              criteria eligibility "eligibility" require all {
                criterion ca: a
                relative criterion young: age < 60 years
              } outcome { met ELIGIBLE  exception ELIGIBLE_RELATIVE_EXCEPTION  unmet NOT_ELIGIBLE } cite s
              recommend expanded "expanded criteria" when eligibility = NOT_ELIGIBLE cite s
              recommend eligible "eligible either way" when eligibility in {ELIGIBLE, ELIGIBLE_RELATIVE_EXCEPTION} cite s
              recommend plain "plainly eligible" when eligibility = ELIGIBLE cite s
              recommend notExcepted "not by exception" when eligibility != ELIGIBLE_RELATIVE_EXCEPTION cite s
            }
            """);

    private static Map<String, Object> patient(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] instanceof Integer n ? n.doubleValue() : pairs[i + 1]);
        }
        return map;
    }

    private static OutcomeResult outcome(Interpreter g, String name, Map<String, Object> patient) {
        return g.evaluate(patient).outcome(name).orElseThrow();
    }

    @Test
    void ageMissingWithTheAbsoluteCriteriaMetDecidesMembershipOverTheTwoEligibleCodes() {
        Map<String, Object> p = patient("a", true);
        assertEquals(Set.of("age"), outcome(CRITERIA, "eligibility", p).missing());
        assertEquals(Boolean.FALSE, outcome(CRITERIA, "expanded", p).value());
        assertEquals(Boolean.TRUE, outcome(CRITERIA, "eligible", p).value());
        OutcomeResult plain = outcome(CRITERIA, "plain", p);
        assertNull(plain.value());
        assertEquals(Set.of("age"), plain.missing());
        assertEquals(Set.of("age"), outcome(CRITERIA, "notExcepted", p).missing());
    }

    @Test
    void anOpenRequirementKeepsNotEligiblePossible() {
        Map<String, Object> p = patient();
        // Exactly: whether the patient is eligible at all turns on `a` alone, whatever the age.
        assertEquals(Set.of("a"), outcome(CRITERIA, "expanded", p).missing());
        assertEquals(Set.of("a"), outcome(CRITERIA, "eligible", p).missing());
        // The eligibility itself needs both, and can take any of its codes.
        OutcomeResult eligibility = outcome(CRITERIA, "eligibility", p);
        assertEquals(Set.of("a", "age"), eligibility.missing());
        assertEquals(java.util.List.of("ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE"), eligibility.possible());
        // Known false requirement: decided, nothing narrowed.
        assertEquals(Boolean.TRUE, outcome(CRITERIA, "expanded", patient("a", false)).value());
    }

    @Test
    void theExplanationShowsTheCodesStillPossible() {
        EvaluationResult result = CRITERIA.evaluate(patient("a", true));
        ExplanationStep step = result.explanation().stream()
                .filter(s -> s.outcome().equals("expanded"))
                .findFirst()
                .orElseThrow();
        assertEquals("ELIGIBLE or ELIGIBLE_RELATIVE_EXCEPTION", step.values().get("eligibility"));
    }

    @Test
    void aTotalTableNarrowsAndATableWithAGapDoesNot() {
        Interpreter g = Guidelines.of("t", HEADER + """
                  input flag : boolean
                  input x : integer in [0, 10]
                  table total : code { A, B, C } hit first {
                    when flag -> A
                    otherwise -> B
                  } cite s
                  table gappy : code { LOW, HIGH } hit first {
                    when x < 3 and flag -> LOW
                    when x > 7 -> HIGH
                  } cite s
                  recommend notC "not C" when total in {A, B} cite s
                  recommend isC "C" when total = C cite s
                  recommend banded "banded" when gappy in {LOW, HIGH} cite s
                }
                """);
        Map<String, Object> p = patient("x", 1);
        assertEquals(Boolean.TRUE, outcome(g, "notC", p).value());
        assertEquals(Boolean.FALSE, outcome(g, "isC", p).value());
        // x = 5 falls through gappy's rules: "no rule" is possible, so nothing is claimed.
        OutcomeResult banded = outcome(g, "banded", p);
        assertNull(banded.value());
        assertEquals(Set.of("flag"), banded.missing());
    }

    // A criteria set that one pass leaves open and the completions decide: whatever x is, one of
    // the two criteria fails (x < 5 and x >= 5 cannot both hold).
    private static final Interpreter DECIDED_BY_COMPLETIONS = Guidelines.of("t", HEADER + """
              input x : percent in [0, 100]
              input b : boolean
              criteria both "both" require all {
                criterion low: x < 5%
                criterion high: x >= 5% and b
              } outcome { met BOTH  unmet NOT_BOTH } cite s
              recommend follow "follow up" when x < 5% or x >= 5% cite s
              recommend maybe "only with b" when b and x >= 0% cite s
            }
            """);

    private static ExplanationStep closing(EvaluationResult result, String outcome) {
        java.util.List<ExplanationStep> steps = result.explanation().stream()
                .filter(s -> s.outcome().equals(outcome))
                .toList();
        return steps.get(steps.size() - 1);
    }

    @Test
    void aCriteriaSetTheCompletionsDecideEndsWithTheDecidedStep() {
        EvaluationResult result = DECIDED_BY_COMPLETIONS.evaluate(patient());
        assertEquals("NOT_BOTH", result.outcome("both").orElseThrow().value());
        ExplanationStep last = closing(result, "both");
        assertEquals("decided", last.element());
        assertEquals("→ NOT_BOTH whatever b, x are", last.text());
    }

    @Test
    void aRecommendationTheCompletionsDecideSaysItApplies() {
        EvaluationResult result = DECIDED_BY_COMPLETIONS.evaluate(patient());
        assertEquals(Boolean.TRUE, result.outcome("follow").orElseThrow().value());
        assertEquals("→ applies whatever x is", closing(result, "follow").text());
    }

    @Test
    void anOpenRecommendationNamesWhatDecidesIt() {
        EvaluationResult result = DECIDED_BY_COMPLETIONS.evaluate(patient("x", 3));
        ExplanationStep last = closing(result, "maybe");
        assertEquals("undetermined", last.element());
        assertEquals("may or may not apply until b is known", last.text());
    }

    // A parameter in years beside an input in months: the input's cells are cut at 12 months, not
    // at 1 (which once made every cell "below the limit" and the recommendation apply unasked).
    private static final Interpreter OTHER_UNIT = Guidelines.of("t", HEADER + """
              input stableMonths : months in [0, *)
              input ki67 : percent in [0, 100]
              param stableLimit = 1 year
                cite s
                rationale "limit"
              recommend followUp "follow up" when stableMonths < stableLimit and ki67 in [0%, 2.5%] cite s
            }
            """);

    @Test
    void aThresholdInAnotherUnitCutsTheCellsWhereTheEvaluatorDoes() {
        OutcomeResult missing = outcome(OTHER_UNIT, "followUp", patient("ki67", 0));
        assertNull(missing.value(), "stable disease unknown: the recommendation is open");
        assertEquals(Set.of("stableMonths"), missing.missing());
        assertEquals(Boolean.TRUE, outcome(OTHER_UNIT, "followUp", patient("ki67", 0, "stableMonths", 11.9)).value());
        assertEquals(Boolean.FALSE, outcome(OTHER_UNIT, "followUp", patient("ki67", 0, "stableMonths", 12)).value());
    }
}
