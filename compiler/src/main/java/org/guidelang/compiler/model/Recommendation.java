package org.guidelang.compiler.model;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A checked recommendation: it applies (true) when its condition holds; with no condition it
 * always applies. Strength and evidence may be null when the guideline does not grade it.
 */
public record Recommendation(
        String name,
        String text,
        CExpr condition,
        String conditionText,
        Strength strength,
        Evidence evidence,
        List<CitationRef> citations,
        SourceSpan span)
        implements Outcome {
    public Recommendation {
        citations = List.copyOf(citations);
    }

    @Override
    public String label() {
        return text;
    }

    @Override
    public Type type() {
        return Type.BOOL;
    }

    public enum Strength {
        STRONG("strong"),
        CONDITIONAL("conditional"),
        WEAK("weak");

        private final String word;

        Strength(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public enum Evidence {
        HIGH("high"),
        MODERATE("moderate"),
        LOW("low"),
        VERY_LOW("very_low"),
        EXPERT_OPINION("expert_opinion");

        private final String word;

        Evidence(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
