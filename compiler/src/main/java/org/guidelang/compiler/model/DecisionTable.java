package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/** A checked decision table: rules in order, each yielding a declared code. */
public record DecisionTable(
        String name,
        String label,
        CodeSet codes,
        HitPolicy policy,
        List<Rule> rules,
        Otherwise otherwise,
        List<CitationRef> citations,
        SourceSpan span)
        implements Outcome {
    public DecisionTable {
        rules = List.copyOf(rules);
        citations = List.copyOf(citations);
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
