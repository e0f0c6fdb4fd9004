package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A constraint between inputs: a boolean condition every patient's data must satisfy, with the
 * sentence of rationale and the sources that state it. {@code guideline} is the id of the
 * guideline that declares it (an importing guideline holds its imports' constraints too);
 * {@code text} is the condition as written. A patient on whose given values the condition is
 * false is refused; one on whose values it is unknown is accepted, and only the completions of
 * its missing inputs that satisfy the condition count (docs/language.md §5.1).
 */
public record Constraint(String name, String guideline, String rationale, CExpr condition, String text,
        List<CitationRef> citations, SourceSpan span) {
    public Constraint {
        citations = List.copyOf(citations);
    }
}
