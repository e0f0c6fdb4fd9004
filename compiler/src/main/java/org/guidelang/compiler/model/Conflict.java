package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A checked {@code conflict} declaration: a combination of outcomes, of this guideline and of those
 * it imports, that must never hold for one patient. {@code condition} reads outcomes, parameters
 * and constants only (never an input), and {@code guidelines} are the ids of the guidelines whose
 * outcomes it reads, in the order it first reads them. {@code guidec check} proves that no patient
 * makes the condition true.
 */
public record Conflict(
        String name,
        String rationale,
        CExpr condition,
        String conditionText,
        List<String> guidelines,
        List<CitationRef> citations,
        SourceSpan span) {
    public Conflict {
        guidelines = List.copyOf(guidelines);
        citations = List.copyOf(citations);
    }

    /** Where the name is written, for findings about the declaration (the whole span if not found). */
    public SourceSpan nameSpan() {
        int at = span.text().indexOf(name, "conflict".length());
        return at < 0 ? span : span.file().span(span.start() + at, span.start() + at + name.length());
    }
}
