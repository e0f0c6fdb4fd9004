package org.guidelang.compiler.ast;

import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/**
 * One member of a guideline body, as written. Optional parts are null when absent; repeated
 * clauses are kept as lists so that the checker, not the parser, reports duplicates.
 */
public sealed interface Member extends Node {

    record Title(Text text, SourceSpan span) implements Member {}

    record Status(Name value, SourceSpan span) implements Member {}

    record Authors(List<Text> names, SourceSpan span) implements Member {
        public Authors {
            names = List.copyOf(names);
        }
    }

    record Committee(Text text, SourceSpan span) implements Member {}

    record Issued(Name date, SourceSpan span) implements Member {}

    record Updated(Name date, SourceSpan span) implements Member {}

    record Description(Text text, SourceSpan span) implements Member {}

    /** {@code source id "citation" doi "..." url "..."}: doi and url lists may be empty. */
    record Source(Name id, Text citation, List<Text> dois, List<Text> urls, SourceSpan span) implements Member {
        public Source {
            dois = List.copyOf(dois);
            urls = List.copyOf(urls);
        }
    }

    /** {@code package org.guidelang.nen}: the Java package of the generated evaluator. */
    record Package(List<Name> parts, SourceSpan span) implements Member {
        public Package {
            parts = List.copyOf(parts);
        }

        /** The name as written, parts joined by dots. */
        public String dotted() {
            return String.join(".", parts.stream().map(Name::text).toList());
        }
    }

    /** {@code import target as alias}: alias is null when not written. */
    record Import(Name target, Name alias, SourceSpan span) implements Member {}

    record Input(Name id, TypeSyntax type, Text description, SourceSpan span) implements Member {}

    record Param(
            Name id,
            Expr.Literal value,
            List<Citation> citations,
            List<Text> rationales,
            List<HistoryEntry> history,
            SourceSpan span)
            implements Member {
        public Param {
            citations = List.copyOf(citations);
            rationales = List.copyOf(rationales);
            history = List.copyOf(history);
        }
    }

    record Define(Name id, Text label, Expr value, SourceSpan span) implements Member {}

    /**
     * {@code constraint id "rationale" : condition cite ...}: what must hold between a patient's
     * inputs; citations may be empty (the checker warns).
     */
    record Constraint(Name id, Text rationale, Expr condition, List<Citation> citations, SourceSpan span)
            implements Member {
        public Constraint {
            citations = List.copyOf(citations);
        }
    }

    record Table(
            Name id,
            Text label,
            List<CodeDecl> codes,
            Name policy,
            Name completeness,
            List<Rule> rules,
            Otherwise otherwise,
            List<Citation> citations,
            SourceSpan span)
            implements Member {
        public Table {
            codes = List.copyOf(codes);
            rules = List.copyOf(rules);
            citations = List.copyOf(citations);
        }

        /** A table without the {@code complete} clause after its hit policy. */
        public Table(Name id, Text label, List<CodeDecl> codes, Name policy, List<Rule> rules, Otherwise otherwise,
                List<Citation> citations, SourceSpan span) {
            this(id, label, codes, policy, null, rules, otherwise, citations, span);
        }
    }

    record CriteriaSet(
            Name id,
            Text label,
            Requirement requirement,
            List<Criterion> criteria,
            List<OutcomeMapping> mappings,
            List<Citation> citations,
            SourceSpan span)
            implements Member {
        public CriteriaSet {
            criteria = List.copyOf(criteria);
            mappings = List.copyOf(mappings);
            citations = List.copyOf(citations);
        }
    }

    record Recommendation(
            Name id,
            Text text,
            List<Expr> conditions,
            List<Name> strengths,
            List<Name> evidence,
            List<Citation> citations,
            SourceSpan span)
            implements Member {
        public Recommendation {
            conditions = List.copyOf(conditions);
            strengths = List.copyOf(strengths);
            evidence = List.copyOf(evidence);
            citations = List.copyOf(citations);
        }
    }

    /**
     * {@code conflict id "rationale" : condition cite …}: a combination of outcomes that must never
     * hold for one patient; citations may be empty (the checker reports it).
     */
    record Conflict(Name id, Text rationale, Expr condition, List<Citation> citations, SourceSpan span)
            implements Member {
        public Conflict {
            citations = List.copyOf(citations);
        }
    }

    record Example(Text title, List<Binding> givens, List<Expectation> expectations, SourceSpan span)
            implements Member {
        public Example {
            givens = List.copyOf(givens);
            expectations = List.copyOf(expectations);
        }
    }

    // ---- parts of members ----

    /** The declared type of an input. */
    sealed interface TypeSyntax extends Node {}

    record BooleanType(SourceSpan span) implements TypeSyntax {}

    record CodeType(List<CodeDecl> codes, SourceSpan span) implements TypeSyntax {
        public CodeType {
            codes = List.copyOf(codes);
        }
    }

    /** {@code percent in [0, 100]}, {@code count per "2 mm²"}: per and range may be null. */
    record NumericType(Name unit, Text per, IntervalSyntax range, SourceSpan span) implements TypeSyntax {}

    record CodeDecl(Name id, Text label, SourceSpan span) implements Node {}

    record HistoryEntry(Expr.Literal value, Name since, Text note, List<Citation> citations, SourceSpan span)
            implements Node {
        public HistoryEntry {
            citations = List.copyOf(citations);
        }
    }

    record Rule(Expr condition, Name outcome, List<Citation> citations, SourceSpan span) implements Node {
        public Rule {
            citations = List.copyOf(citations);
        }
    }

    record Otherwise(Name outcome, List<Citation> citations, SourceSpan span) implements Node {
        public Otherwise {
            citations = List.copyOf(citations);
        }
    }

    /** {@code require all}, {@code require any}, {@code require at least N} (count only for AT_LEAST). */
    record Requirement(RequirementKind kind, Name count, SourceSpan span) implements Node {}

    enum RequirementKind {
        ALL,
        ANY,
        AT_LEAST
    }

    record Criterion(boolean relative, Name id, Text label, Expr condition, List<Citation> citations, SourceSpan span)
            implements Node {
        public Criterion {
            citations = List.copyOf(citations);
        }
    }

    record OutcomeMapping(MappingKind kind, Name code, Text label, SourceSpan span) implements Node {}

    enum MappingKind {
        MET("met"),
        EXCEPTION("exception"),
        UNMET("unmet");

        private final String keyword;

        MappingKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** {@code input = value} in an example; value is a literal, a code name, or missing. */
    record Binding(Name input, BindingValue value, SourceSpan span) implements Node {}

    sealed interface BindingValue extends Node {}

    record LiteralValue(Expr.Literal literal, SourceSpan span) implements BindingValue {}

    record CodeValue(Name code, SourceSpan span) implements BindingValue {}

    record MissingValue(SourceSpan span) implements BindingValue {}

    sealed interface Expectation extends Node {
        Expr.Reference target();
    }

    /** {@code expect x = CODE|true|false}: exactly one of code and bool is set. */
    record ExpectValue(Expr.Reference target, Name code, Boolean bool, SourceSpan span) implements Expectation {}

    /** {@code expect x is undetermined missing {a, b}}: missing is null when not stated. */
    record ExpectUndetermined(Expr.Reference target, List<Name> missing, SourceSpan span) implements Expectation {}
}
