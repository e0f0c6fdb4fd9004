package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A checked criteria set. The requirement ({@code all}, {@code any}, {@code at least N}) is
 * evaluated over the absolute criteria; relative criteria decide between the met and the
 * exception outcomes. {@code exceptionCode} is null exactly when no criterion is relative.
 */
public record CriteriaSet(
        String name,
        String label,
        Requirement requirement,
        int atLeast,
        List<Criterion> criteria,
        String metCode,
        String exceptionCode,
        String unmetCode,
        CodeSet codes,
        List<CitationRef> citations,
        SourceSpan span)
        implements Outcome {
    public CriteriaSet {
        criteria = List.copyOf(criteria);
        citations = List.copyOf(citations);
    }

    @Override
    public Type type() {
        return new Type.Code(codes);
    }

    /** The number of absolute criteria that must hold. */
    public int required() {
        long absolute = criteria.stream().filter(c -> !c.relative()).count();
        return switch (requirement) {
            case ALL -> (int) absolute;
            case ANY -> absolute == 0 ? 0 : 1;
            case AT_LEAST -> atLeast;
        };
    }

    /** Which absolute criteria must hold: {@code require all}, {@code any} or {@code at least N}. */
    public enum Requirement {
        ALL,
        ANY,
        AT_LEAST
    }

    public record Criterion(String name, String label, boolean relative, CExpr condition, String text,
            List<CitationRef> citations, SourceSpan span) {
        public Criterion {
            citations = List.copyOf(citations);
        }
    }
}
