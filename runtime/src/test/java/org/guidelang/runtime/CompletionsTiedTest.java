package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search for minimal changes within a group of inputs that constraints tie ({@code
 * Completions.Tied}), on hand-made one passes: which inputs form a group, a change that a
 * completion between its ends already makes is not minimal, and where the search is too large
 * it lists the whole group (sound).
 */
class CompletionsTiedTest {
    private static Object[] cells(int count) {
        Object[] cells = new Object[count];
        for (int c = 0; c < count; c++) {
            cells[c] = c;
        }
        return cells;
    }

    @Test
    void inputsAreGroupedWhenAConstraintReadsTwoOfThemOrTheyShareAThirdThatIsSplit() {
        Completions completions = Completions.of(new Object[][] {cells(2), cells(2), cells(2), cells(2), cells(2)})
                .constrainedBy(0b00011L, 0b00110L, 0b11000L);
        assertEquals(List.of(0b00111L, 0b11000L), completions.tiedGroups(0b11111L));
        // Input 1 was never split: the constraints through it tie nothing.
        assertEquals(List.of(0b11000L), completions.tiedGroups(0b11101L));
        assertEquals(List.of(), completions.tiedGroups(0b00101L));
    }

    /**
     * Input 0 decides alone; inputs 1 and 2 are tied (a constraint left open until both are split)
     * and only {@code h} changes the value, so neither is listed; but the search must look at
     * {@code cells1 * cells2} grid points: over {@link Completions#TIED_POINT_LIMIT}, both are listed.
     */
    private static Completions.Reach tiedButIdle(int cells1, int cells2) {
        Completions completions = Completions.of(new Object[][] {cells(2), cells(cells1), cells(cells2)})
                .constrainedBy(0b110L);
        return completions.refine(values -> {
            if (values[0] == null) {
                return new Completions.Reach(0b11L, 0b111L);
            }
            if ((Integer) values[0] == 1) {
                return new Completions.Reach(0b10L, 0L);
            }
            long open = (values[1] == null ? 0b010L : 0L) | (values[2] == null ? 0b100L : 0L);
            return new Completions.Reach(0b01L, open);
        });
    }

    @Test
    void aGroupOfAtMostTheLimitOfGridPointsIsSearchedAndABiggerOneListedWhole() {
        assertEquals(new Completions.Reach(0b11L, 0b001L), tiedButIdle(32, 32));
        assertEquals(Completions.TIED_POINT_LIMIT, 32 * 32);
        assertEquals(new Completions.Reach(0b11L, 0b111L), tiedButIdle(32, 33));
    }

    /**
     * Inputs 0 and 1 tied, the value that of input 1. From (0, 0) to (1, 1) the value changes, but
     * the completion (0, 1) between them, which keeps the constraints, already changes it: not a
     * minimal change, and input 0 is not listed.
     */
    @Test
    void aChangeThatACompletionBetweenItsEndsAlreadyMakesIsNotMinimal() {
        Completions completions = Completions.of(new Object[][] {cells(2), cells(2)}).constrainedBy(0b11L);
        Completions.Reach reach = completions.refine(values -> {
            long open = values[0] == null ? 0b01L : 0L;
            if (values[1] == null) {
                return new Completions.Reach(0b11L, open | 0b10L);
            }
            return new Completions.Reach(1L << (Integer) values[1], open);
        });
        assertEquals(new Completions.Reach(0b11L, 0b10L), reach);
    }

    /**
     * Inputs 1 to 4 are split under one tied point each (of the group of inputs 5 and 6), into 5,
     * 7, 9 and {@code last} cells: the search holds them at every combination, 5 * 7 * 9 * last
     * boxes, plus one where input 0 decides. Up to {@link Completions#NODE_LIMIT} boxes the
     * search is exact (the group idle, not listed); beyond, it lists the group.
     */
    private static Completions.Reach manyBoxes(int last) {
        Completions completions = Completions.of(new Object[][] {
            cells(2), cells(5), cells(7), cells(9), cells(last), cells(2), cells(2)}).constrainedBy(0b1100000L);
        return completions.refine(values -> {
            if (values[0] == null) {
                return new Completions.Reach(0b11L, 0b1100001L);
            }
            if ((Integer) values[0] == 1) {
                return new Completions.Reach(0b10L, 0L);
            }
            if (values[5] == null || values[6] == null) {
                return new Completions.Reach(0b01L, 0b1100000L);
            }
            int input = 1 + (Integer) values[5] + 2 * (Integer) values[6];
            return new Completions.Reach(0b01L, values[input] == null ? 1L << input : 0L);
        });
    }

    @Test
    void aSearchOfAtMostTheNodeLimitOfBoxesIsExactAndALargerOneListsTheGroup() {
        assertEquals(Completions.NODE_LIMIT, 1 + 5 * 7 * 9 * 13);
        assertEquals(new Completions.Reach(0b11L, 0b1L), manyBoxes(13));
        assertEquals(new Completions.Reach(0b11L, 0b1100001L), manyBoxes(14));
    }

    @Test
    void anEvaluationOpenedByAConstraintTellsWhichInputsItLeftOpen() {
        ExactAnswers.Evaluated decided = new ExactAnswers.Evaluated() {
            @Override
            public int value(String outcome) {
                return 0;
            }

            @Override
            public long missing(String outcome) {
                return 0L;
            }

            @Override
            public long possible(String outcome) {
                return 0b110L; // never read for a decided outcome
            }
        };
        assertEquals(0L, decided.open());
        ExactAnswers.Evaluated opened = ExactAnswers.openedBy(decided, 0b101L);
        assertEquals(0b101L, opened.open());
        assertEquals(-1, opened.value("x"));
        assertEquals(0b101L, opened.missing("x"));
        assertEquals(0b001L, opened.possible("x"));
    }
}
