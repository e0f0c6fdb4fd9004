package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PossibleCodesTest {
    private static final long A = 1L;
    private static final long B = 1L << 1;
    private static final long C = 1L << 2;

    @Test
    void membershipIsTrueWhenEveryPossibleCodeIsAMember() {
        assertEquals(Truth.TRUE, PossibleCodes.in(Truth.UNKNOWN, A | B, A | B));
        assertEquals(Truth.TRUE, PossibleCodes.in(Truth.UNKNOWN, A | B, A | B | C));
    }

    @Test
    void membershipIsFalseWhenNoPossibleCodeIsAMember() {
        assertEquals(Truth.FALSE, PossibleCodes.in(Truth.UNKNOWN, A | B, C));
    }

    @Test
    void membershipIsUnknownWhenSomeAreAndSomeAreNot() {
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, A | B, A));
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, A | B | C, A | C));
    }

    @Test
    void nothingKnownLeavesItUnknownAndAKnownTruthStands() {
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, PossibleCodes.UNKNOWN, A | B | C));
        assertEquals(Truth.FALSE, PossibleCodes.in(Truth.FALSE, A, A));
        assertEquals(Truth.TRUE, PossibleCodes.in(Truth.TRUE, B, A));
    }

    @Test
    void negationIsKleeneConsistent() {
        // x != A over {A, B} is unknown; over {B, C} it is true.
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, A | B, A).not());
        assertEquals(Truth.TRUE, PossibleCodes.in(Truth.UNKNOWN, B | C, A).not());
    }

    @Test
    void possibleCodesAreShownInCodeOrder() {
        assertEquals(List.of("NET_G3", "NEC_G3"), PossibleCodes.names(C | (1L << 3), List.of("G1", "G2", "NET_G3",
                "NEC_G3")));
        assertEquals("NET_G3 or NEC_G3", PossibleCodes.shown(List.of("NET_G3", "NEC_G3")));
        assertNull(PossibleCodes.shown(List.of()));
        // The "no value" bit after the last code names no code.
        assertEquals(List.of("G1"), PossibleCodes.names(A | C, List.of("G1", "G2")));
    }

    private enum Grade implements CodeValue {
        NET_G1, NET_G2, NET_G3, NEC_G3;

        @Override
        public String code() {
            return name();
        }

        @Override
        public String label() {
            return name().replace('_', ' ');
        }
    }

    @Test
    void anExplanationShowsTheValueOrThePossibleCodes() {
        assertEquals(Grade.NET_G2, PossibleCodes.shown(Grade.NET_G2, C, Grade.values()));
        assertEquals("NET_G3 or NEC_G3", PossibleCodes.shown(null, C | 1L << 3, Grade.values()));
        assertEquals("NET_G1", PossibleCodes.shown(null, A | 1L << 4, Grade.values()), "no value is not a code");
        assertNull(PossibleCodes.shown(null, PossibleCodes.UNKNOWN, Grade.values()));
    }
    /** Outcomes of more than 63 codes: sets as words of 64 bits, with the same Kleene answers. */
    @Test
    void setsWiderThanALongAnswerAsNarrowOnes() {
        long[] c0and70 = {1L, 1L << 6};
        long[] c70 = {0L, 1L << 6};
        assertEquals(Truth.TRUE, PossibleCodes.in(Truth.UNKNOWN, c70, c0and70));
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, c0and70, c70));
        assertEquals(Truth.FALSE, PossibleCodes.in(Truth.UNKNOWN, c70, new long[] {1L}));
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, new long[2], c70));
        assertEquals(Truth.UNKNOWN, PossibleCodes.in(Truth.UNKNOWN, null, c70));
        assertEquals(Truth.FALSE, PossibleCodes.in(Truth.FALSE, c70, c70));
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            codes.add("C" + i);
        }
        assertEquals(List.of("C0", "C70"), PossibleCodes.names(c0and70, codes));
        assertEquals(List.of(), PossibleCodes.names((long[]) null, codes));
    }
}
