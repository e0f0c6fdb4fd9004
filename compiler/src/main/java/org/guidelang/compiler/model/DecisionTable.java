package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A checked decision table: rules in order, each yielding a declared code. A {@code complete}
 * table ({@code hit first complete}) must be proven to classify every patient: a gap is an error.
 */
public record DecisionTable(
        String name,
        String label,
        CodeSet codes,
        HitPolicy policy,
        boolean complete,
        List<Rule> rules,
        Otherwise otherwise,
        List<CitationRef> citations,
        SourceSpan span)
        implements Outcome {
    public DecisionTable {
        rules = List.copyOf(rules);
        citations = List.copyOf(citations);
    }

    /** A table not declared complete. */
    public DecisionTable(String name, String label, CodeSet codes, HitPolicy policy, List<Rule> rules,
            Otherwise otherwise, List<CitationRef> citations, SourceSpan span) {
        this(name, label, codes, policy, false, rules, otherwise, citations, span);
    }

    @Override
    public Type type() {
        return new Type.Code(codes);
    }

    public enum HitPolicy {
        FIRST,
        UNIQUE
    }

    /** Rule {@code number} (1-based) with its condition as written in {@code text}. */
    public record Rule(int number, CExpr condition, String text, String code, List<CitationRef> citations,
            SourceSpan span) {
        public Rule {
            citations = List.copyOf(citations);
        }
    }

    public record Otherwise(String code, List<CitationRef> citations, SourceSpan span) {
        public Otherwise {
            citations = List.copyOf(citations);
        }
    }
}
