package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Placing a patient's own values in cells ({@link Completions#cellOf}) and numbering them ({@link
 * Completions#keyOf}), by which generated evaluators remember refined answers. The cells below are
 * the WHO grade's: Ki-67 cut at 3% ({@code >= 3}) and 20% ({@code > 20}), into [0, 3), [3, 20] and
 * (20, 100].
 */
class CompletionsKeyTest {
    private static final Object[][] CELLS = {{"WELL", "POOR"}, {0.0, 3.0, 60.0}, {false, true}, {1.0, 2.0}};
    private static final Object[][] CUTS = {null, {3.0, 20.0}, null, null};
    private static final Object[][] PIECES = {null, {0, 1, 1, 1, 2}, null, null};
    private static final Completions WHO = Completions.of(CELLS, CUTS, PIECES);

    @Test
    void numbersArePlacedByTheirCuts() {
        assertEquals(0, WHO.cellOf(1, 0.0));
        assertEquals(0, WHO.cellOf(1, Math.nextDown(3.0)));
        assertEquals(1, WHO.cellOf(1, 3.0));
        assertEquals(1, WHO.cellOf(1, 10.0));
        assertEquals(1, WHO.cellOf(1, 20.0));
        assertEquals(2, WHO.cellOf(1, Math.nextUp(20.0)));
        assertEquals(2, WHO.cellOf(1, 100));
        assertEquals(-1, WHO.cellOf(1, Double.NaN));
    }

    @Test
    void codesAndTruthValuesAreTheirOwnCells() {
        assertEquals(0, WHO.cellOf(0, "WELL"));
        assertEquals(1, WHO.cellOf(0, "POOR"));
        assertEquals(-1, WHO.cellOf(0, "MIXED"));
        assertEquals(0, WHO.cellOf(2, false));
        assertEquals(1, WHO.cellOf(2, true));
    }

    @Test
    void aNumberWithoutCutsOrAnInputNeverSplitCannotBePlaced() {
        assertEquals(-1, WHO.cellOf(3, 1.0));
        Completions unsplit = Completions.of(new Object[][] {null}, new Object[][] {{1.0}}, new Object[][] {{0, 0, 0}});
        assertEquals(-1, unsplit.cellOf(0, 1.0));
        assertEquals(-1, Completions.of(new Object[][] {{0.0, 1.0}}).cellOf(0, 0.5));
    }

    @Test
    void manyCutsAreSearched() {
        Object[] cuts = {-3.0, -1.0, 0.0, 1.0, 2.5, 4.0, 8.0};
        Object[] pieces = new Object[15];
        Object[] cells = new Object[15];
        for (int p = 0; p < 15; p++) {
            pieces[p] = p;
            cells[p] = (double) p;
        }
        Completions line = Completions.of(new Object[][] {cells}, new Object[][] {cuts}, new Object[][] {pieces});
        double[] samples = {-10, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 2.5, 3, 4, 5, 8, 9};
        for (int p = 0; p < samples.length; p++) {
            assertEquals(p, line.cellOf(0, samples[p]), "piece of " + samples[p]);
        }
        assertEquals(5, line.cellOf(0, -0.0), "-0.0 is 0.0");
        assertEquals(List.of(-3.0, -1.0, 0.0, 1.0, 2.5, 4.0, 8.0), line.cuts(0));
        assertEquals(15, line.pieces(0).size());
    }

    @Test
    void aNegativeZeroCutIsZero() {
        Completions zero = Completions.of(new Object[][] {{-1.0, 0.0, 1.0}}, new Object[][] {{-0.0}},
                new Object[][] {{0, 1, 2}});
        assertEquals(1, zero.cellOf(0, 0.0));
        assertEquals(1, zero.cellOf(0, -0.0));
        assertEquals(0, zero.cellOf(0, -Double.MIN_VALUE));
    }

    @Test
    void aPieceWithoutACellCannotBePlaced() {
        Completions ranged = Completions.of(new Object[][] {{0.0, 60.0}}, new Object[][] {{0.0, 60.0}},
                new Object[][] {{-1, 0, 0, 1, 1}});
        assertEquals(-1, ranged.cellOf(0, -1.0));
        assertEquals(0, ranged.cellOf(0, 0.0));
        assertEquals(1, ranged.cellOf(0, 61.0));
        assertEquals(-1L, ranged.keyOf(new Object[] {-1.0}));
    }

    @Test
    void keysNumberTheCellsOfTheGivenValues() {
        // Places: differentiation 1, Ki-67 3 (2 cells + missing), flag 3 * 4 = 12; input 3 has cells but no cuts.
        assertEquals(0L, WHO.keyOf(new Object[4]));
        assertEquals(1L, WHO.keyOf(new Object[] {"WELL", null, null, null}));
        assertEquals(2L, WHO.keyOf(new Object[] {"POOR", null, null, null}));
        assertEquals(3L, WHO.keyOf(new Object[] {null, 1.0, null, null}));
        assertEquals(2L + 9L, WHO.keyOf(new Object[] {"POOR", 50.0, null, null}));
        assertEquals(12L, WHO.keyOf(new Object[] {null, null, false, null}));
        assertEquals(1L + 6L + 24L, WHO.keyOf(new Object[] {"WELL", 3.0, true, null}));
        Set<Long> keys = new HashSet<>();
        for (Object d : new Object[] {null, "WELL", "POOR"}) {
            for (Object k : new Object[] {null, 1.0, 5.0, 30.0}) {
                for (Object f : new Object[] {null, false, true}) {
                    keys.add(WHO.keyOf(new Object[] {d, k, f, null}));
                }
            }
        }
        assertEquals(36, keys.size(), "every combination of cells has its own key");
    }

    @Test
    void aGivenValueThatCannotBePlacedHasNoKey() {
        assertEquals(-1L, WHO.keyOf(new Object[] {null, null, null, 1.0}));
        assertEquals(-1L, WHO.keyOf(new Object[] {"MIXED", null, null, null}));
        assertEquals(-1L, WHO.keyOf(new Object[] {"WELL", 1.0}), "a row of the wrong length");
        Completions unsplit = Completions.of(new Object[][] {{1.0}, null}, new Object[][] {{}, null},
                new Object[][] {{0}, null});
        assertEquals(-1L, unsplit.keyOf(new Object[] {1.0, 5.0}));
        assertEquals(1L, unsplit.keyOf(new Object[] {1.0, null}), "a missing input never split is no hindrance");
    }

    @Test
    void cellsTooManyToNumberHaveNoKey() {
        Object[][] cells = new Object[64][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new Object[] {false, true};
        }
        Completions wide = Completions.of(cells, new Object[64][], new Object[64][]);
        assertEquals(-1L, wide.keyOf(new Object[64]));
    }

    @Test
    void inconsistentPlacingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Completions.of(CELLS, new Object[3][], PIECES));
        assertThrows(IllegalArgumentException.class, () -> Completions.of(CELLS, CUTS, new Object[5][]));
        IllegalArgumentException pieces = assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0}}, new Object[][] {{0, 1}}));
        assertTrue(pieces.getMessage().contains("1 cuts make 3 pieces, not 2"), pieces.getMessage());
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0, 4.0}}, new Object[][] {{0, 1, 1, 1}}));
        assertTrue(two.getMessage().contains("2 cuts make 5 pieces, not 4"), two.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0, 3.0}}, new Object[][] {{0, 1, 1, 1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0, 2.0}}, new Object[][] {{0, 1, 1, 1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0}}, new Object[][] {{0, 2, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Completions.of(
                new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0}}, new Object[][] {{0, -2, 1}}));
        assertEquals(1, Completions.of(new Object[][] {{0.0, 1.0}}, new Object[][] {{3.0}}, new Object[][] {{-1, 1, 1}})
                .cellOf(0, 3.0));
    }

    @Test
    void cutsAndPiecesAreReadBack() {
        assertEquals(List.of(3.0, 20.0), WHO.cuts(1));
        assertEquals(List.of(0, 1, 1, 1, 2), WHO.pieces(1));
        assertEquals(List.of(), WHO.cuts(0));
        assertEquals(List.of(), WHO.pieces(0));
        assertEquals(List.of(), WHO.cuts(9));
        assertEquals(List.of(), WHO.cuts(4), "one past the last input");
        assertEquals(List.of(), WHO.pieces(4), "one past the last input");
        assertEquals(List.of(), WHO.pieces(9));
        assertEquals(List.of(), Completions.none().cuts(0));
    }
}
