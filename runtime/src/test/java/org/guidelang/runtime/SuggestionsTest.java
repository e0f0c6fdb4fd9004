package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> INPUTS = List.of("differentiation", "ki67", "mitoticCount", "age");

    @Test
    void caseInsensitiveMatchComesFirst() {
        assertEquals(Optional.of("ki67"), Suggestions.closest("Ki67", INPUTS));
        assertEquals(Optional.of("mitoticCount"), Suggestions.closest("MITOTICCOUNT", INPUTS));
        assertEquals(Optional.of("WELL"), Suggestions.closest("well", List.of("WELL", "POOR")));
        // A case-insensitive match wins even over a candidate at distance 1 listed earlier.
        assertEquals(Optional.of("AB"), Suggestions.closest("ab", List.of("abc", "AB")));
    }

    @Test
    void smallEditDistancesAreSuggested() {
        assertEquals(Optional.of("ki67"), Suggestions.closest("ki_67", INPUTS));
        assertEquals(Optional.of("ki67"), Suggestions.closest("ki76", INPUTS));
        assertEquals(Optional.of("ki67"), Suggestions.closest("Ki-67", INPUTS));
        assertEquals(Optional.of("mitoticCount"), Suggestions.closest("mitotic_count", INPUTS));
        assertEquals(Optional.of("differentiation"), Suggestions.closest("diferentation", INPUTS));
        assertEquals(Optional.of("age"), Suggestions.closest("ages", INPUTS));
    }

    @Test
    void longerNamesAllowAThirdOfTheirLength() {
        List<String> candidates = List.of("primaryTumourSize");
        assertEquals(Optional.of("primaryTumourSize"), Suggestions.closest("primary_tumor_size", candidates));
        assertEquals(Optional.empty(), Suggestions.closest("size", candidates));
    }

    @Test
    void distantNamesAreNotSuggested() {
        assertEquals(Optional.empty(), Suggestions.closest("weight", INPUTS));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of("y", "z")));
        assertEquals(Optional.empty(), Suggestions.closest("", INPUTS));
        assertEquals(Optional.empty(), Suggestions.closest("ki67", List.of()));
    }

    @Test
    void tiesGoToTheEarliestCandidate() {
        assertEquals(Optional.of("cat"), Suggestions.closest("cot", List.of("cat", "cut")));
        assertEquals(Optional.of("cut"), Suggestions.closest("cot", List.of("cut", "cat")));
        assertEquals(Optional.of("Ab"), Suggestions.closest("ab", List.of("Ab", "aB")));
    }

    @Test
    void editDistance() {
        assertEquals(0, Suggestions.editDistance("", ""));
        assertEquals(3, Suggestions.editDistance("", "abc"));
        assertEquals(3, Suggestions.editDistance("abc", ""));
        assertEquals(0, Suggestions.editDistance("ki67", "ki67"));
        assertEquals(1, Suggestions.editDistance("ki_67", "ki67"));
        assertEquals(1, Suggestions.editDistance("ki76", "ki67"));
        assertEquals(3, Suggestions.editDistance("kitten", "sitting"));
        assertEquals(2, Suggestions.editDistance("flaw", "lawn"));
    }
}
