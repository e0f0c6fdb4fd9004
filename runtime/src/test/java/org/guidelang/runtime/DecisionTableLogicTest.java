package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link DecisionTableLogic} against the hit policies of docs/language.md §10, read over the
 * completions of the unknown rules: every table of up to two rules over three codes (and the telling ones of three), with and
 * without an otherwise code, first hit and unique, for every truth of its rules. The reference
 * below works on lists and sets of code names and never calls the class under test.
 */
class DecisionTableLogicTest {
    private static final List<String> CODES = List.of("A", "B", "C");
    private static final InputIndex INPUTS = InputIndex.of(List.of("i0", "i1", "i2", "i3", "i4"));
    private static final String LABEL = "grade";
    private static final Truth[] TRUTHS = Truth.values();

    /** One table as the test writes it: a code per rule, the otherwise code or null. */
    private record Table(boolean unique, List<String> ruleCodes, String otherwise, boolean total) {
        DecisionTableLogic logic() {
            DecisionTableLogic.Builder builder = unique
                    ? DecisionTableLogic.unique(CODES, INPUTS, "T")
                    : DecisionTableLogic.firstHit(CODES, INPUTS, "T");
            for (int i = 0; i < ruleCodes.size(); i++) {
                builder.rule(i + 1, i, ruleCodes.get(i), "t" + i, "c" + i);
            }
            if (otherwise != null) {
                builder.otherwise(otherwise, "O");
            }
            if (total) {
                builder.total();
            }
            return builder.build();
        }
    }

    /** What the table yields for one completion; null for "no rule" (or a conflict). */
    private static String valueOf(Table table, boolean[] holds) {
        if (!table.unique()) {
            for (int i = 0; i < holds.length; i++) {
                if (holds[i]) {
                    return table.ruleCodes().get(i);
                }
            }
            return table.otherwise();
        }
        Set<String> held = heldCodes(table, holds);
        return held.isEmpty() ? table.otherwise() : held.iterator().next();
    }

    private static Set<String> heldCodes(Table table, boolean[] holds) {
        Set<String> held = new LinkedHashSet<>();
        for (int i = 0; i < holds.length; i++) {
            if (holds[i]) {
                held.add(table.ruleCodes().get(i));
            }
        }
        return held;
    }

    /**
     * The values the completions of the unknown rules give ("no rule" as null). A unique table
     * promises that no two rules with different codes hold together, so completions that break
     * the promise are not patients; rules known to break it are a conflict (an empty set here).
     */
    private static Set<String> completions(Table table, Truth[] truths) {
        int n = truths.length;
        Set<String> values = new LinkedHashSet<>();
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            known[i] = truths[i] == Truth.TRUE;
        }
        if (table.unique() && heldCodes(table, known).size() > 1) {
            return values;
        }
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (truths[i] == Truth.UNKNOWN) {
                unknown.add(i);
            }
        }
        for (int mask = 0; mask < 1 << unknown.size(); mask++) {
            boolean[] holds = known.clone();
            for (int u = 0; u < unknown.size(); u++) {
                holds[unknown.get(u)] = (mask & 1 << u) != 0;
            }
            if (table.unique() && heldCodes(table, holds).size() > 1) {
                continue;
            }
            values.add(valueOf(table, holds));
        }
        return values;
    }

    /** The rules an evaluation reads: up to the first that holds (first hit), or all (unique). */
    private static int tried(Table table, Truth[] truths) {
        if (!table.unique()) {
            for (int i = 0; i < truths.length; i++) {
                if (truths[i] == Truth.TRUE) {
                    return i + 1;
                }
            }
        }
        return truths.length;
    }

    private static boolean anyHolds(Truth[] truths) {
        for (Truth truth : truths) {
            if (truth == Truth.TRUE) {
                return true;
            }
        }
        return false;
    }

    private static long expectedMissing(Table table, Truth[] truths) {
        if (table.unique() && anyHolds(truths)) {
            return 0L; // decided, or a conflict: no input can settle it
        }
        long missing = 0L;
        for (int i = 0; i < tried(table, truths); i++) {
            if (truths[i] == Truth.UNKNOWN) {
                missing |= 1L << i;
            }
        }
        return missing;
    }

    private static long bits(Set<String> values) {
        long bits = 0L;
        for (String value : values) {
            bits |= 1L << (value == null ? CODES.size() : CODES.indexOf(value));
        }
        return bits;
    }

    private static List<ExplanationStep> expectedTrace(Table table, Truth[] truths) {
        List<ExplanationStep> trace = new ArrayList<>();
        int tried = tried(table, truths);
        List<String> candidates = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (int i = 0; i < tried; i++) {
            String code = table.ruleCodes().get(i);
            trace.add(new ExplanationStep(LABEL, "rule " + (i + 1), "t" + i + " → " + code, StepStatus.of(truths[i]),
                    Map.of("v" + i, i), "c" + i));
            if (truths[i] == Truth.TRUE) {
                holding.add(code);
            }
            if (truths[i] != Truth.FALSE && !table.unique() && !candidates.contains(code)) {
                candidates.add(code);
            }
            if (truths[i] == Truth.UNKNOWN && table.unique() && !candidates.contains(code)) {
                candidates.add(code);
            }
        }
        Set<String> values = completions(table, truths);
        if (table.unique() && !holding.isEmpty()) {
            if (values.isEmpty()) {
                trace.add(new ExplanationStep(LABEL, "conflict",
                        "several rules of a unique table hold: " + String.join(", ", holding), StepStatus.FAILED,
                        Map.of(), null));
            }
            return trace;
        }
        boolean winner = !table.unique() && anyHolds(truths);
        if (!winner && !candidates.contains(table.otherwise())) {
            candidates.add(table.otherwise());
        }
        if (values.size() == 1) {
            String only = values.iterator().next();
            if (only == null) {
                trace.add(new ExplanationStep(LABEL, "no rule", "no rule of the table applies", StepStatus.FAILED,
                        Map.of(), "T"));
            } else if (!winner && table.otherwise() != null) {
                trace.add(new ExplanationStep(LABEL, "otherwise", "→ " + only, StepStatus.HELD, Map.of(), "O"));
            }
            return trace;
        }
        List<String> shown = new ArrayList<>();
        candidates.forEach(code -> shown.add(code == null ? "no rule" : code));
        TreeSet<String> lacking = new TreeSet<>();
        for (int i = 0; i < tried; i++) {
            if (truths[i] == Truth.UNKNOWN) {
                lacking.add("i" + i);
            }
        }
        trace.add(new ExplanationStep(LABEL, "undetermined", "could be " + String.join(" or ", shown) + " until "
                + String.join(", ", lacking) + " is known", StepStatus.UNKNOWN, Map.of(), null));
        return trace;
    }

    private static void check(Table table, Truth[] truths) {
        DecisionTableLogic logic = table.logic();
        ScriptedConditions conditions = ScriptedConditions.of(truths);
        Set<String> values = completions(table, truths);
        int expected = values.size() == 1 && values.iterator().next() != null
                ? CODES.indexOf(values.iterator().next()) : DecisionTableLogic.UNDETERMINED;
        String where = table + " with rules " + List.of(truths);
        List<ExplanationStep> trace = new ArrayList<>();
        assertEquals(expected, logic.decide(conditions, LABEL, trace), where);
        assertEquals(expectedTrace(table, truths), trace, where);
        assertEquals(expected, logic.decide(conditions, LABEL, null), where);
        if (expected != DecisionTableLogic.UNDETERMINED) {
            return;
        }
        assertEquals(expectedMissing(table, truths), logic.missing(conditions), where);
        boolean conflictOrHeld = table.unique() && anyHolds(truths);
        long possible = table.total() && !conflictOrHeld ? bits(values) & ~(1L << CODES.size()) : 0L;
        assertEquals(possible, logic.possible(conditions), where);
        if (!conflictOrHeld) {
            // The candidates a generated evaluator gathers are the values of the completions.
            assertEquals(expected, logic.outcomeOf(bits(values)), where);
            assertEquals(possible, logic.possibleOf(bits(values)), where);
        }
    }

    @Test
    void everySmallTableAnswersAsItsCompletions() {
        int checked = 0;
        for (List<String> ruleCodes : ruleCodes()) {
            int n = ruleCodes.size();
            for (int truths = 0; truths < pow3(n); truths++) {
                Truth[] t = new Truth[n];
                for (int i = 0, c = truths; i < n; i++, c /= 3) {
                    t[i] = TRUTHS[c % 3];
                }
                for (String otherwise : new String[] {null, "A", "B", "C"}) {
                    for (boolean unique : new boolean[] {false, true}) {
                        for (boolean total : new boolean[] {false, true}) {
                            check(new Table(unique, ruleCodes, otherwise, total), t);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(16 * (1 + 3 * 3 + 9 * 9 + 5 * 27), checked);
    }

    /**
     * Every way to give up to two rules codes, and three rules the patterns that matter: a code
     * repeated after another (both orders), three codes, one code throughout, the otherwise's.
     */
    private static List<List<String>> ruleCodes() {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        for (String a : CODES) {
            all.add(List.of(a));
            for (String b : CODES) {
                all.add(List.of(a, b));
            }
        }
        all.addAll(List.of(List.of("A", "B", "A"), List.of("A", "A", "B"), List.of("B", "A", "C"),
                List.of("C", "C", "C"), List.of("C", "B", "B")));
        return all;
    }

    private static int pow3(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 3;
        }
        return p;
    }

    // --- the cases of docs/language.md §10, worked by hand ---

    private static final List<String> WHO = List.of("NET_G1", "NET_G2", "NET_G3", "NEC_G3");
    private static final InputIndex WHO_INPUTS = InputIndex.of(List.of("differentiation", "ki67", "mitoticCount"));

    /** WHO's first-hit table with rule 1 (G3) unknown for want of the mitotic count, rule 2 (G2) holding. */
    @Test
    void anUnknownRuleBeforeTheOneThatHoldsLeavesTheTableOpen() {
        DecisionTableLogic who = DecisionTableLogic.firstHit(WHO, WHO_INPUTS, "who")
                .rule(1, 0, "NET_G3", "ki67 > 20% or mitoticCount > 20", null)
                .rule(2, 1, "NET_G2", "ki67 >= 3%", null)
                .rule(3, 2, "NET_G1", "ki67 < 3%", null)
                .total()
                .build();
        ScriptedConditions kiTen = new ScriptedConditions(new Truth[] {Truth.UNKNOWN, Truth.TRUE, Truth.FALSE},
                new long[] {0b100, 0, 0});
        List<ExplanationStep> trace = new ArrayList<>();
        assertEquals(DecisionTableLogic.UNDETERMINED, who.decide(kiTen, "grade", trace));
        assertEquals(3, trace.size(), "rule 3 is not read once rule 2 holds");
        assertEquals(new ExplanationStep("grade", "undetermined", "could be NET_G3 or NET_G2 until mitoticCount is known",
                StepStatus.UNKNOWN, Map.of(), null), trace.get(2));
        assertEquals(0b100, who.missing(kiTen));
        assertEquals(0b110, who.possible(kiTen), "NET_G2 or NET_G3");
    }

    @Test
    void aUniqueTableWhoseRulesConflictHasNoValueAndLacksNothing() {
        DecisionTableLogic triage = DecisionTableLogic.unique(WHO, WHO_INPUTS, null)
                .rule(1, 0, "NET_G1", "a", null)
                .rule(2, 1, "NET_G2", "b", null)
                .rule(3, 2, "NET_G2", "c", null)
                .total()
                .build();
        ScriptedConditions both = ScriptedConditions.of(Truth.TRUE, Truth.UNKNOWN, Truth.TRUE);
        List<ExplanationStep> trace = new ArrayList<>();
        assertEquals(DecisionTableLogic.UNDETERMINED, triage.decide(both, "urgency", trace));
        assertEquals(new ExplanationStep("urgency", "conflict", "several rules of a unique table hold: NET_G1, NET_G2",
                StepStatus.FAILED, Map.of(), null), trace.get(3));
        assertEquals(0L, triage.missing(both));
        assertEquals(PossibleCodes.UNKNOWN, triage.possible(both));
        // Two rules with one code agree: no conflict.
        ScriptedConditions agree = ScriptedConditions.of(Truth.FALSE, Truth.TRUE, Truth.TRUE);
        assertEquals(1, triage.decide(agree, "urgency", null));
    }

    @Test
    void theUniqueRuleThatHoldsDecidesWhateverTheUnknownOnes() {
        DecisionTableLogic table = DecisionTableLogic.unique(CODES, INPUTS, null)
                .rule(1, 0, "A", "a", null)
                .rule(2, 1, "B", "b", null)
                .otherwise("C", null)
                .build();
        assertEquals(1, table.decide(ScriptedConditions.of(Truth.UNKNOWN, Truth.TRUE), "x", null));
        assertEquals(2, table.decide(ScriptedConditions.of(Truth.FALSE, Truth.FALSE), "x", null));
        assertEquals(DecisionTableLogic.UNDETERMINED, table.decide(ScriptedConditions.of(Truth.UNKNOWN, Truth.FALSE),
                "x", null));
    }

    @Test
    void candidateBitsDecideOnlyWhenThereIsOneCode() {
        DecisionTableLogic table = new Table(false, List.of("A", "B"), null, true).logic();
        assertEquals(DecisionTableLogic.UNDETERMINED, table.outcomeOf(0L));
        assertEquals(1, table.outcomeOf(0b10));
        assertEquals(2, table.outcomeOf(0b100));
        assertEquals(DecisionTableLogic.UNDETERMINED, table.outcomeOf(0b1000), "no rule");
        assertEquals(DecisionTableLogic.UNDETERMINED, table.outcomeOf(0b11));
        assertEquals(0b11, table.possibleOf(0b1011));
        assertEquals(PossibleCodes.UNKNOWN, new Table(false, List.of("A"), null, false).logic().possibleOf(0b1011));
    }

    @Test
    void aTableHasMoreThan62CodesButOnlyDeclaredOnes() {
        // Tables of 63 codes and more are allowed (issue 13): their possible codes span several words.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            many.add("C" + i);
        }
        assertEquals(130, DecisionTableLogic.firstHit(many, INPUTS, null).build().codes().size());
        DecisionTableLogic.Builder builder = DecisionTableLogic.firstHit(CODES, INPUTS, null);
        assertThrows(IllegalArgumentException.class, () -> builder.rule(1, 0, "D", "d", null));
        assertThrows(IllegalArgumentException.class, () -> builder.otherwise("D", null));
        assertThrows(NullPointerException.class, () -> DecisionTableLogic.unique(CODES, null, null));
        assertEquals(CODES, builder.build().codes());
    }
}
