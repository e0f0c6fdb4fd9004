package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guidelang.compiler.eval.RuleCoverage.Item;
import org.guidelang.compiler.eval.RuleCoverage.OutcomeCoverage;
import org.junit.jupiter.api.Test;

/**
 * Coverage of a small guideline whose every truth was worked out by hand, example by example, in
 * the comments below (the oracle is this arithmetic, not the implementation).
 */
class RuleCoverageTest {
    /** A table, a criteria set and a recommendation, and four examples (src/test/resources/coverage). */
    static final String TEXT = Guidelines.read(Path.of("src/test/resources/coverage/cov.guide"));

    static final Interpreter COV = Guidelines.of("cov", TEXT);

    static RuleCoverage coverage() {
        List<ExampleRunner.Run> runs = ExampleRunner.run(COV);
        runs.forEach(run -> assertTrue(run.passed(), () -> String.join("\n", ExampleFailure.lines(run))));
        return RuleCoverage.of(COV.guideline(), runs);
    }

    /** {@code T[..] F[..] U[..]}: the examples that made it true, false and unknown. */
    private static String seen(RuleCoverage.Seen seen) {
        return "T" + seen.whenTrue() + " F" + seen.whenFalse() + " U" + seen.whenUnknown();
    }

    private static OutcomeCoverage outcome(RuleCoverage coverage, String name) {
        return coverage.outcomes().stream().filter(o -> o.outcome().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aFirstHitTableCountsOnlyTheRulesEachExampleReached() {
        OutcomeCoverage band = outcome(coverage(), "band");
        List<Item> items = band.items();
        assertEquals(List.of("rule 1", "rule 2", "rule 3", "otherwise"), items.stream().map(Item::name).toList());
        // ki67 < 3%: 1% true; 10%, 30% false; missing unknown.
        assertEquals("T[1] F[2, 3] U[4]", seen(items.get(0).seen()));
        // Example 1 stopped at rule 1. 10% and unfit: false; 30%: false (ki67 <= 20% is false); missing: unknown.
        assertEquals("T[] F[2, 3] U[4]", seen(items.get(1).seen()));
        // ki67 > 20%: 10% false, 30% true, missing unknown.
        assertEquals("T[3] F[2] U[4]", seen(items.get(2).seen()));
        // Every rule false only for example 2; a rule holds for 1 and 3; unknown rules for 4.
        assertEquals("T[2] F[1, 3] U[4]", seen(items.get(3).seen()));
        assertEquals(List.of(true, false, true, true), items.stream().map(Item::covered).toList());
    }

    @Test
    void theAtomsOfACompoundConditionAreCountedOneByOne() {
        Item rule2 = outcome(coverage(), "band").items().get(1);
        assertEquals(List.of("ki67 <= 20%", "fit"), rule2.atoms().stream().map(RuleCoverage.Atom::text).toList());
        assertEquals("T[2] F[3] U[4]", seen(rule2.atoms().get(0).seen()));
        assertEquals("T[4] F[2] U[3]", seen(rule2.atoms().get(1).seen()));
        assertTrue(outcome(coverage(), "band").items().get(0).atoms().isEmpty(), "a single condition is its own atom");
    }

    @Test
    void everyCriterionIsEvaluatedAndMustBeBothTrueAndFalse() {
        OutcomeCoverage eligible = outcome(coverage(), "eligible");
        assertEquals("criterion isFit", eligible.items().get(0).name());
        assertEquals(RuleCoverage.Kind.CRITERION, eligible.items().get(0).kind());
        assertEquals("T[1, 4] F[2] U[3]", seen(eligible.items().get(0).seen()));
        assertEquals(RuleCoverage.Kind.RELATIVE_CRITERION, eligible.items().get(1).kind());
        // age 50 true; 70 and 65 false; missing unknown.
        assertEquals("T[1] F[2, 4] U[3]", seen(eligible.items().get(1).seen()));
        assertTrue(eligible.items().stream().allMatch(Item::covered));
        Map<String, List<Integer>> codes = eligible.codes().stream()
                .collect(Collectors.toMap(RuleCoverage.CodeUse::code, RuleCoverage.CodeUse::producedBy));
        assertEquals(Map.of("ELIGIBLE", List.of(1), "EXCEPTION", List.of(4), "NOT_ELIGIBLE", List.of(2)), codes);
    }

    @Test
    void aRecommendationConditionIsOneItemWithItsAtoms() {
        OutcomeCoverage review = outcome(coverage(), "review");
        assertEquals(1, review.items().size());
        Item condition = review.items().get(0);
        // band = HIGH or not fit: F or F; F or T; T or unknown; unknown or F.
        assertEquals("T[2, 3] F[1] U[4]", seen(condition.seen()));
        assertEquals(List.of("band = HIGH", "fit"), condition.atoms().stream().map(RuleCoverage.Atom::text).toList());
        assertEquals("T[3] F[1, 2] U[4]", seen(condition.atoms().get(0).seen()));
        assertEquals("T[1, 4] F[2] U[3]", seen(condition.atoms().get(1).seen()));
        assertTrue(review.codes().isEmpty());
    }

    @Test
    void theGapsAreTheRuleNoExampleMakesHoldAndTheCodeNoExampleYields() {
        RuleCoverage coverage = coverage();
        assertFalse(coverage.complete());
        assertEquals(List.of(
                        "cov.guide:9:5: rule 2 of table `band` never holds in an example",
                        "cov.guide:7:3: no example yields `MID` from table `band`"),
                coverage.gaps().stream().map(RuleCoverage.Gap::text).toList());
        // Items: 4 of the table, 2 criteria, 1 condition; codes: 4 + 3; atoms: 2 + 2, each both true and false.
        assertEquals(new RuleCoverage.Counts(7, 6, 7, 6, 4, 4), coverage.counts());
    }

    @Test
    void theReportListsEveryItemWithItsCountsAndNamesTheGaps() {
        List<String> lines = CoverageReport.lines(coverage());
        assertEquals("coverage of cov by 4 examples: 6 of 7 rules, criteria and conditions covered, 6 of 7 codes "
                + "produced, 4 of 4 atomic conditions both true and false", lines.get(0));
        assertTrue(lines.contains("    rule 2 (line 9): true 0, false 2, unknown 1  NOT COVERED"), lines::toString);
        assertTrue(lines.contains("      ki67 <= 20%: true 1, false 1, unknown 1"), lines::toString);
        assertTrue(lines.contains("    codes no example yields: MID"), lines::toString);
        assertEquals("    cov.guide:9:5: rule 2 of table `band` never holds in an example", lines.get(lines.size() - 2));
    }
}
