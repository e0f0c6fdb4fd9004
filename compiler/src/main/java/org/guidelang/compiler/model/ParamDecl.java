package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A named threshold: its value (BigDecimal in {@code type}'s unit, or Boolean), sources, rationale
 * and the values it had before.
 */
public record ParamDecl(
        String name,
        Object value,
        String valueText,
        Type type,
        List<CitationRef> citations,
        String rationale,
        List<HistoryItem> history,
        SourceSpan span) {
    public ParamDecl {
        citations = List.copyOf(citations);
        history = List.copyOf(history);
    }

    /** An earlier value of the parameter, as written, with its year, note and sources. */
    public record HistoryItem(String valueText, Integer since, String note, List<CitationRef> citations) {
        public HistoryItem {
            citations = List.copyOf(citations);
        }
    }
}
