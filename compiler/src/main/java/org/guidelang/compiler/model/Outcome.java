package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/** A result a guideline computes and publishes: a decision table, a criteria set or a recommendation. */
public sealed interface Outcome permits DecisionTable, CriteriaSet, Recommendation {
    String name();

    /** A readable name for documents and explanations; never null (falls back to the name). */
    String label();

    Type type();

    List<CitationRef> citations();

    SourceSpan span();
}
