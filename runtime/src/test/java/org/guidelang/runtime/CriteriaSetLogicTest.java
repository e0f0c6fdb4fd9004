package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CriteriaSetLogic} against docs/language.md §11 read over the completions of the unknown
 * criteria: every set of up to three criteria, each absolute or relative, every requirement from
 * none to one more than can hold, and every truth of its criteria. The reference counts criteria
 * in each completion and never calls the class under test.
 */
class CriteriaSetLogicTest {
    /** The outcome codes in an order unlike met, exception, unmet, so that a swapped index shows. */
    private static final List<String> CODES = List.of("OTHER", "UNMET", "MET", "EXCEPTION");
    private static final int UNMET = 1;
    private static final int MET = 2;
    private static final int EXCEPTION = 3;
    private static final String LABEL = "eligibility";

    private record CriteriaSet(boolean[] relative, int required, boolean total) {
        CriteriaSetLogic logic() {
            boolean anyRelative = false;
            for (boolean r : relative) {
                anyRelative |= r;
            }
            CriteriaSetLogic.Builder builder =
                    CriteriaSetLogic.builder(CODES, required, "MET", anyRelative ? "EXCEPTION" : null, "UNMET");
            for (int i = 0; i < relative.length; i++) {
                builder.criterion(i, "k" + i, relative[i], "t" + i, "c" + i);
            }
            if (total) {
                builder.total();
            }
            return builder.build();
        }

        @Override
        public String toString() {
            List<String> kinds = new ArrayList<>();
            for (boolean r : relative) {
                kinds.add(r ? "relative" : "absolute");
            }
            return kinds + " require " + required + (total ? " total" : "");
        }
    }

    /** The code of one complete patient, as the table of §11 gives it. */
    private static int outcome(CriteriaSet set, boolean[] holds) {
        int held = 0;
        boolean allRelativeHold = true;
        for (int i = 0; i < holds.length; i++) {
            if (set.relative()[i]) {
                allRelativeHold &= holds[i];
            } else if (holds[i]) {
                held++;
            }
        }
        if (held < set.required()) {
            return UNMET;
        }
        return allRelativeHold ? MET : EXCEPTION;
    }

    private static Set<Integer> completions(CriteriaSet set, Truth[] truths) {
        Set<Integer> codes = new LinkedHashSet<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < truths.length; i++) {
            if (truths[i] == Truth.UNKNOWN) {
                unknown.add(i);
            }
        }
        for (int mask = 0; mask < 1 << unknown.size(); mask++) {
            boolean[] holds = new boolean[truths.length];
            for (int i = 0; i < truths.length; i++) {
                holds[i] = truths[i] == Truth.TRUE;
            }
            for (int u = 0; u < unknown.size(); u++) {
                holds[unknown.get(u)] = (mask & 1 << u) != 0;
            }
            codes.add(outcome(set, holds));
        }
        return codes;
    }

    private static int count(CriteriaSet set, Truth[] truths, boolean relative, Truth truth) {
        int count = 0;
        for (int i = 0; i < truths.length; i++) {
            if (set.relative()[i] == relative && truths[i] == truth) {
                count++;
            }
        }
        return count;
    }

    private static long lacking(CriteriaSet set, Truth[] truths, boolean relative) {
        long bits = 0L;
        for (int i = 0; i < truths.length; i++) {
            if (set.relative()[i] == relative && truths[i] == Truth.UNKNOWN) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    private static void check(CriteriaSet set, Truth[] truths) {
        CriteriaSetLogic logic = set.logic();
        ScriptedConditions conditions = ScriptedConditions.of(truths);
        Set<Integer> codes = completions(set, truths);
        int expected = codes.size() == 1 ? codes.iterator().next() : CriteriaSetLogic.UNDETERMINED;
        String where = set + " with criteria " + List.of(truths);

        List<ExplanationStep> trace = new ArrayList<>();
        assertEquals(expected, logic.decide(conditions, LABEL, trace), where);
        List<ExplanationStep> steps = new ArrayList<>();
        for (int i = 0; i < truths.length; i++) {
            steps.add(new ExplanationStep(LABEL, (set.relative()[i] ? "relative criterion k" : "criterion k") + i,
                    "t" + i, StepStatus.of(truths[i]), Map.of("v" + i, i), "c" + i));
        }
        if (expected == CriteriaSetLogic.UNDETERMINED) {
            // The closing step names the codes the completions give (all codes unless the set is total),
            // in the order of the codes.
            List<String> possible = new ArrayList<>();
            for (int code = 0; code < CODES.size(); code++) {
                if (!set.total() || codes.contains(code)) {
                    possible.add(CODES.get(code));
                }
            }
            steps.add(new ExplanationStep(LABEL, "undetermined", "could be " + String.join(" or ", possible)
                    + " until its open criteria are known", StepStatus.UNKNOWN, Map.of(), null));
        }
        assertEquals(steps, trace, where);
        assertEquals(expected, logic.decide(conditions, LABEL, null), where);

        int held = count(set, truths, false, Truth.TRUE);
        int unknown = count(set, truths, false, Truth.UNKNOWN);
        Truth relative = count(set, truths, true, Truth.FALSE) > 0 ? Truth.FALSE
                : count(set, truths, true, Truth.UNKNOWN) > 0 ? Truth.UNKNOWN : Truth.TRUE;
        assertEquals(expected, logic.outcomeOf(held, unknown, relative), where);
        if (expected != CriteriaSetLogic.UNDETERMINED) {
            return;
        }
        long codeBits = 0L;
        for (int code : codes) {
            codeBits |= 1L << code;
        }
        long possible = set.total() ? codeBits : PossibleCodes.UNKNOWN;
        assertEquals(possible, logic.possible(conditions), where);
        assertEquals(possible, logic.possibleOf(held, unknown, relative), where);
        // Met already: only the relative criteria can change it; else every unknown criterion can.
        long missing = held >= set.required() ? lacking(set, truths, true)
                : lacking(set, truths, true) | lacking(set, truths, false);
        assertEquals(missing, logic.missing(conditions), where);
        assertEquals(missing, logic.missingOf(held, lacking(set, truths, false), lacking(set, truths, true)), where);
    }

    @Test
    void everySmallSetAnswersAsItsCompletions() {
        int checked = 0;
        for (int n = 0; n <= 3; n++) {
            for (int kinds = 0; kinds < 1 << n; kinds++) {
                boolean[] relative = new boolean[n];
                int absolute = 0;
                for (int i = 0; i < n; i++) {
                    relative[i] = (kinds & 1 << i) != 0;
                    absolute += relative[i] ? 0 : 1;
                }
                for (int required = 0; required <= absolute + 1; required++) {
                    for (int truths = 0; truths < pow3(n); truths++) {
                        Truth[] t = new Truth[n];
                        for (int i = 0, c = truths; i < n; i++, c /= 3) {
                            t[i] = Truth.values()[c % 3];
                        }
                        for (boolean total : new boolean[] {false, true}) {
                            check(new CriteriaSet(relative, required, total), t);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(2 * (2 + 3 * (1 * 3 + 1 * 2) + 9 * (1 * 4 + 2 * 3 + 1 * 2) + 27 * (1 * 5 + 3 * 4 + 3 * 3 + 1 * 2)),
                checked);
    }

    private static int pow3(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 3;
        }
        return p;
    }

    /** docs/language.md §11: Milan-NEN's four criteria and the relative age limit, worked by hand. */
    @Test
    void milanNenAsTheReferenceDescribesIt() {
        List<String> codes = List.of("ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE");
        CriteriaSetLogic milan = CriteriaSetLogic.builder(codes, 4, "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION",
                        "NOT_ELIGIBLE")
                .criterion(0, "lowGrade", false, "who.grade in {NET_G1, NET_G2}", null)
                .criterion(1, "portalDrainageCleared", false, "portalDrainage and extrahepaticDiseaseCleared", null)
                .criterion(2, "limitedLiverInvolvement", false, "liverInvolvement < 50%", null)
                .criterion(3, "stableDisease", false, "stableDiseaseMonths >= 6 months", null)
                .criterion(4, "belowAgeLimit", true, "age < 60 years", "Table 2, criterion 5")
                .total()
                .build();
        // Fails criterion 3 with the age missing: NOT_ELIGIBLE.
        assertEquals(2, milan.decide(ScriptedConditions.of(Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.TRUE,
                Truth.UNKNOWN), "eligibility", null));
        // Meets 1-4 with the age missing: eligible, or by exception; only the age is asked for.
        ScriptedConditions noAge = ScriptedConditions.of(Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.UNKNOWN);
        assertEquals(CriteriaSetLogic.UNDETERMINED, milan.decide(noAge, "eligibility", null));
        assertEquals(1L << 4, milan.missing(noAge));
        assertEquals(0b011, milan.possible(noAge));
        // Over 60 with 1-4 met: the exception.
        assertEquals(1, milan.decide(ScriptedConditions.of(Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.TRUE,
                Truth.FALSE), "eligibility", null));
        // Liver involvement unknown and the age too: any of the three, both inputs asked for.
        ScriptedConditions open = ScriptedConditions.of(Truth.TRUE, Truth.TRUE, Truth.UNKNOWN, Truth.TRUE,
                Truth.UNKNOWN);
        assertEquals(0b111, milan.possible(open));
        assertEquals(1L << 2 | 1L << 4, milan.missing(open));
        assertEquals(codes, milan.codes());
    }

    @Test
    void onlyDeclaredCodesAreOutcomes() {
        assertThrows(IllegalArgumentException.class, () -> CriteriaSetLogic.builder(CODES, 1, "NOPE", null, "UNMET"));
        assertThrows(IllegalArgumentException.class, () -> CriteriaSetLogic.builder(CODES, 1, "MET", "NOPE", "UNMET"));
        assertThrows(IllegalArgumentException.class, () -> CriteriaSetLogic.builder(CODES, 1, "MET", null, "NOPE"));
    }
}
