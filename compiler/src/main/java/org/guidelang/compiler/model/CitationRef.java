package org.guidelang.compiler.model;

import java.util.List;
import java.util.stream.Collectors;

/** A checked citation: a declared source id and an optional locator ("Table 1"). */
public record CitationRef(String source, String locator) {
    @Override
    public String toString() {
        return locator == null ? source : source + ", " + locator;
    }

    /**
     * Citations as explanations and generated comments show them: {@code que2022, Table 1;
     * who2019}, or null for none.
     */
    public static String text(List<CitationRef> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        return citations.stream().map(CitationRef::toString).collect(Collectors.joining("; "));
    }

    /** The text of the first list that is not empty, so a rule without citations shows its table's. */
    @SafeVarargs
    public static String firstText(List<CitationRef>... lists) {
        for (List<CitationRef> list : lists) {
            if (!list.isEmpty()) {
                return text(list);
            }
        }
        return null;
    }
}
