package org.guidelang.compiler.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CitationRef;

/** Renders citations for explanations: "que2022, Table 1; who2019", or null when there are none. */
final class Citations {
    private Citations() {}

    static String text(List<CitationRef> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        return citations.stream().map(CitationRef::toString).collect(Collectors.joining("; "));
    }

    /** The first list that is not empty, so a rule without citations shows its table's. */
    @SafeVarargs
    static String firstOf(List<CitationRef>... lists) {
        for (List<CitationRef> list : lists) {
            if (!list.isEmpty()) {
                return text(list);
            }
        }
        return null;
    }
}
