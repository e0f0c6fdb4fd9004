package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link Completions}: the evaluation budget ({@link Completions#NODE_LIMIT}), the
 * reach of one pass, the explanation step, and which inputs split; each expectation worked by hand.
 */
class CompletionsLimitsTest {
    private static final InputIndex INPUTS = InputIndex.of(List.of("differentiation", "ki67", "mitoticCount"));
    private static final List<String> NAMES = List.of("NET_G3", "NEC_G3", "NET_G2", "no rule");

    /** One input with {@code cells} cells, whose parity decides between codes 0 and 1. */
    private static Completions.Reach parity(int cells, AtomicInteger evaluations) {
        Object[] representatives = new Object[cells];
        for (int c = 0; c < cells; c++) {
            representatives[c] = c;
        }
        Completions completions = Completions.of(new Object[][] {representatives});
        return completions.refine(values -> {
            evaluations.incrementAndGet();
            return values[0] == null
                    ? new Completions.Reach(0b111, 1L) // one pass: codes 0, 1 or no value, lacking input 0
                    : new Completions.Reach(1L << ((Integer) values[0] % 2), 0L);
        });
    }

    @Test
    void aSplitWithinTheBudgetIsExact() {
        AtomicInteger evaluations = new AtomicInteger();
        assertEquals(new Completions.Reach(0b11, 1L), parity(Completions.NODE_LIMIT, evaluations));
        assertEquals(1 + Completions.NODE_LIMIT, evaluations.get(), "the pass as given, then one per cell");
    }

    @Test
    void aSplitBeyondTheBudgetKeepsTheOnePassAnswer() {
        AtomicInteger evaluations = new AtomicInteger();
        assertEquals(new Completions.Reach(0b111, 1L), parity(Completions.NODE_LIMIT + 1, evaluations));
        assertEquals(1 + Completions.NODE_LIMIT, evaluations.get(), "it stops when the budget runs out");
    }

    @Test
    void theBudgetCountsEvaluationsAcrossTheWholeSplit() {
        // Three inputs of 16 cells: 16 + 256 + 4096 evaluations would exceed the limit; two fit.
        Object[] sixteen = new Object[16];
        for (int c = 0; c < 16; c++) {
            sixteen[c] = c;
        }
        Completions.Oracle sum = values -> {
            int known = 0;
            int total = 0;
            long missing = 0L;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    missing |= 1L << i;
                } else {
                    known++;
                    total += (Integer) values[i];
                }
            }
            return known == values.length ? new Completions.Reach(1L << (total % 2), 0L)
                    : new Completions.Reach(0b111, missing);
        };
        assertEquals(new Completions.Reach(0b111, 0b111),
                Completions.of(new Object[][] {sixteen, sixteen, sixteen}).refine(sum));
        assertEquals(new Completions.Reach(0b11, 0b11), Completions.of(new Object[][] {sixteen, sixteen}).refine(sum));
    }

    @Test
    void aDeterminedFirstPassLacksNothing() {
        Completions cells = Completions.of(new Object[][] {{"WELL", "POOR"}});
        AtomicInteger evaluations = new AtomicInteger();
        Completions.Reach reach = cells.refine(values -> {
            evaluations.incrementAndGet();
            return new Completions.Reach(0b10, 0L);
        });
        assertEquals(new Completions.Reach(0b10, 0L), reach);
        assertEquals(1, evaluations.get(), "decided with nothing missing: no split");
    }

    @Test
    void aDeterminedPassStillLackingInputsIsSplitToSeeAConstraintHold() {
        // A value decided while a constraint between inputs is unknown holds only if some completion
        // satisfies the constraint: the split goes on, and here both cells keep the value.
        Completions cells = Completions.of(new Object[][] {{"WELL", "POOR"}});
        AtomicInteger evaluations = new AtomicInteger();
        Completions.Reach reach = cells.refine(values -> {
            evaluations.incrementAndGet();
            return new Completions.Reach(0b10, values[0] == null ? 1L : 0L);
        });
        assertEquals(new Completions.Reach(0b10, 0L), reach);
        assertEquals(3, evaluations.get());
        // Where one cell breaks the constraint (no values), the other alone gives the answer.
        Completions.Reach oneCell = cells.refine(values -> "POOR".equals(values[0]) ? new Completions.Reach(0L, 0L)
                : new Completions.Reach(values[0] == null ? 0b11 : 0b01, values[0] == null ? 1L : 0L));
        assertEquals(new Completions.Reach(0b01, 0L), oneCell);
    }

    @Test
    void aPatientNoCompletionKeepsIsLeftAsItIs() {
        Completions cells = Completions.of(new Object[][] {{"WELL", "POOR"}});
        assertEquals(new Completions.Reach(0L, 1L), cells.refine(values -> new Completions.Reach(0L, 1L)));
    }

    @Test
    void nothingIsSplitWhenNoMissingInputHasCells() {
        Completions cells = Completions.of(new Object[][] {{"WELL", "POOR"}, null, {}});
        AtomicInteger evaluations = new AtomicInteger();
        Completions.Reach onePass = new Completions.Reach(0b11, 0b110);
        assertEquals(onePass, cells.refine(values -> {
            evaluations.incrementAndGet();
            return onePass;
        }));
        assertEquals(1, evaluations.get());
    }

    @Test
    void anInputSplitsOnlyWhenItHasCells() {
        Object[][] given = {{"WELL", "POOR"}, null, {}};
        Completions cells = Completions.of(given);
        given[0][0] = "CHANGED";
        assertTrue(cells.splits(0));
        assertFalse(cells.splits(1));
        assertFalse(cells.splits(2), "no cells");
        assertFalse(cells.splits(3), "beyond the inputs");
        assertEquals(List.of("WELL", "POOR"), cells.cells(0), "a copy of the cells given");
        assertEquals(List.of(), cells.cells(1));
        assertFalse(Completions.none().splits(0));
    }

    @Test
    void theReachOfOnePass() {
        assertEquals(new Completions.Reach(0b100, 0b11), Completions.reach(0b100, 0b11, false, 3),
                "one value decides, its missing inputs kept to be split while a constraint is unknown");
        assertTrue(Completions.reach(0b100, 0b11, false, 3).determined());
        assertEquals(new Completions.Reach(0b1000, 0L), Completions.reach(0b110, 0L, true, 3),
                "complete data left open has no value");
        assertEquals(new Completions.Reach(0b110, 0b1), Completions.reach(0b110, 0b1, true, 3));
        assertEquals(new Completions.Reach(0b1110, 0b1), Completions.reach(0b110, 0b1, false, 3),
                "a completion may fall through");
        assertTrue(new Completions.Reach(0b1000, 0L).determined());
        assertFalse(new Completions.Reach(0L, 0L).determined());
        assertFalse(new Completions.Reach(0b11, 0L).determined());
    }

    @Test
    void aDecidedStepNamesTheInputsItNeedsNot() {
        assertEquals(new ExplanationStep("grade", "decided", "→ NEC_G3 whatever differentiation is", StepStatus.HELD,
                        Map.of(), null),
                Completions.explain("grade", new Completions.Reach(0b10, 0L), NAMES, 0b1, INPUTS));
        assertEquals(new ExplanationStep("grade", "decided", "→ no rule whatever ki67, mitoticCount are",
                        StepStatus.HELD, Map.of(), null),
                Completions.explain("grade", new Completions.Reach(0b1000, 0L), NAMES, 0b110, INPUTS));
    }

    @Test
    void anUndeterminedStepListsTheValuesAndTheDecidingInputs() {
        assertEquals(new ExplanationStep("grade", "undetermined",
                        "could be NET_G3 or NEC_G3 until differentiation is known", StepStatus.UNKNOWN, Map.of(), null),
                Completions.explain("grade", new Completions.Reach(0b11, 0b1), NAMES, 0b111, INPUTS));
        assertEquals(new ExplanationStep("grade", "undetermined",
                        "could be NET_G3 or NET_G2 or no rule until differentiation, mitoticCount are known",
                        StepStatus.UNKNOWN, Map.of(), null),
                Completions.explain("grade", new Completions.Reach(0b1101, 0b101), NAMES, 0b111, INPUTS));
    }

    /** An oracle over two inputs, answering from a table keyed by the cells given ("-" for none). */
    private static Completions.Reach scripted(Object[] values, Map<String, Completions.Reach> answers) {
        String key = (values[0] == null ? "-" : values[0].toString()) + (values[1] == null ? "-" : values[1].toString());
        return answers.get(key);
    }

    @Test
    void anInputThatDecidesWithinOneCellOfAnotherIsListed() {
        // Input 0 in cell c: X when input 1 is in cell 0, Y in cell 1; input 0 in cell d: Y. Patients
        // (c, 0) and (d, 0) differ in input 0 alone and get X and Y: both inputs decide.
        Completions cells = Completions.of(new Object[][] {{"c", "d"}, {0, 1}});
        Map<String, Completions.Reach> answers = Map.of(
                "--", new Completions.Reach(0b11, 0b11),
                "c-", new Completions.Reach(0b11, 0b10),
                "c0", new Completions.Reach(0b01, 0L),
                "c1", new Completions.Reach(0b10, 0L),
                "d-", new Completions.Reach(0b10, 0L),
                // Asked when the inputs are ranked before the split (Completions.Split.rank).
                "-0", new Completions.Reach(0b11, 0b01),
                "-1", new Completions.Reach(0b10, 0L));
        assertEquals(new Completions.Reach(0b11, 0b11), cells.refine(values -> scripted(values, answers)));
    }

    @Test
    void leavesThatStayOpenKeepTheirMissingInputsAndTheSplitInput() {
        // Input 1 has no cells. Input 0 in cell c: X; in cell d: X or Y, lacking input 1. Input 0
        // decides (c against d), and input 1 may.
        Completions cells = Completions.of(new Object[][] {{"c", "d"}, null});
        Map<String, Completions.Reach> answers = Map.of(
                "--", new Completions.Reach(0b111, 0b11),
                "c-", new Completions.Reach(0b01, 0L),
                "d-", new Completions.Reach(0b11, 0b10));
        assertEquals(new Completions.Reach(0b11, 0b11), cells.refine(values -> scripted(values, answers)));
    }

    @Test
    void cellsWhoseLeavesAllStayOpenStillListTheSplitInput() {
        // Either cell of input 0 leaves X or Y open for want of input 1, which has no cells: the
        // refinement cannot tell whether input 0 matters, so it lists it (sound).
        Completions cells = Completions.of(new Object[][] {{"c", "d"}, null});
        Map<String, Completions.Reach> answers = Map.of(
                "--", new Completions.Reach(0b11, 0b11),
                "c-", new Completions.Reach(0b11, 0b10),
                "d-", new Completions.Reach(0b11, 0b10));
        assertEquals(new Completions.Reach(0b11, 0b11), cells.refine(values -> scripted(values, answers)));
    }
    @Test
    void theInputThatDecidesMostIsSplitFirst() {
        // Inputs a and b of four cells and a gate of two: gate 0 gives X; gate 1 gives X when a + b
        // is even, else Y. Split in index order (a, then b, then the gate where a + b is odd) that
        // takes 4 + 16 + 16 evaluations after the root. Ranked, the gate leaves one open input on
        // average against two for a or b, so it is split first and only gate 1 needs a and b: 10
        // evaluations to rank, then 4 + 16. The answer is the same: X or Y, every input deciding.
        Completions cells = Completions.of(new Object[][] {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 1}});
        List<String> asked = new java.util.ArrayList<>();
        Completions.Reach reach = cells.refine(values -> {
            asked.add(java.util.Arrays.toString(values));
            Integer a = (Integer) values[0];
            Integer b = (Integer) values[1];
            Integer gate = (Integer) values[2];
            if (gate != null && gate == 0) {
                return new Completions.Reach(0b01, 0L);
            }
            long lacking = (a == null ? 0b001L : 0L) | (b == null ? 0b010L : 0L);
            if (lacking != 0L) {
                return new Completions.Reach(0b11, lacking | (gate == null ? 0b100L : 0L));
            }
            if ((a + b) % 2 == 0) {
                return new Completions.Reach(0b01, 0L);
            }
            return gate == null ? new Completions.Reach(0b11, 0b100L) : new Completions.Reach(0b10, 0L);
        });
        assertEquals(new Completions.Reach(0b11, 0b111), reach);
        assertEquals(1 + 10 + 4 + 16, asked.size(), "ranked: the gate first, " + asked);
        assertEquals("[0, null, 1]", asked.get(11), "after ranking, a is split under gate 1");
    }
}
