package org.guidelang.compiler.analysis;

import java.util.List;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.source.SourceSpan;

/**
 * One result of the static analysis of a guideline, before it becomes a diagnostic. Findings of
 * absence (never true, unreachable, no coverage of a region) are proofs; findings of presence (a
 * gap, an overlap) carry a witness patient. Each names the outcome it concerns as data, so that
 * what it proves of that outcome is read from it, never from its words.
 */
public sealed interface Finding {
    SourceSpan span();

    /** The outcome the finding concerns (a table, criteria set or recommendation); null for a definition. */
    Outcome subject();

    /**
     * Patients that no rule and no {@code otherwise} classifies: a witness and its region, and
     * the other uncovered regions in words. {@code unchecked} names the constraints between inputs
     * beyond the analysis, which the witness may break (empty when there are none).
     */
    record Gap(DecisionTable table, Witness witness, List<String> others, List<String> unchecked) implements Finding {
        public Gap {
            others = List.copyOf(others);
            unchecked = List.copyOf(unchecked);
        }

        @Override
        public Outcome subject() {
            return table;
        }

        /** The table's name, where the table is declared. */
        @Override
        public SourceSpan span() {
            SourceSpan whole = table.span();
            int at = whole.text().indexOf(table.name(), "table".length());
            return at < 0 ? whole : whole.file().span(whole.start() + at, whole.start() + at + table.name().length());
        }
    }

    /**
     * Two rules of a unique table, yielding different codes, that both hold for the witness;
     * {@code unchecked} as for a {@link Gap}.
     */
    record Overlap(DecisionTable table, DecisionTable.Rule first, DecisionTable.Rule second, Witness witness,
            List<String> unchecked) implements Finding {
        public Overlap {
            unchecked = List.copyOf(unchecked);
        }

        @Override
        public Outcome subject() {
            return table;
        }

        @Override
        public SourceSpan span() {
            return second.span();
        }
    }

    /** A rule of a first-hit table that the earlier rules {@code shadowing} (numbers) always take first. */
    record Unreachable(DecisionTable table, DecisionTable.Rule rule, List<Integer> shadowing) implements Finding {
        public Unreachable {
            shadowing = List.copyOf(shadowing);
        }

        @Override
        public Outcome subject() {
            return table;
        }

        @Override
        public SourceSpan span() {
            return rule.span();
        }
    }

    /** An {@code otherwise} that never applies: the rules classify every patient. */
    record OtherwiseUnreachable(DecisionTable table) implements Finding {
        @Override
        public Outcome subject() {
            return table;
        }

        @Override
        public SourceSpan span() {
            return table.otherwise().span();
        }
    }

    /**
     * A condition no patient meets; {@code element} names it in words ("rule 2 of table
     * `grade`"), {@code subject} is the outcome it belongs to (null for a definition).
     */
    record NeverTrue(Outcome subject, String element, String text, String reason, SourceSpan span)
            implements Finding {}

    /** Constraints between inputs that no patient within the inputs' declared domains satisfies together. */
    record ContradictoryConstraints(List<Constraint> constraints, SourceSpan span) implements Finding {
        public ContradictoryConstraints {
            constraints = List.copyOf(constraints);
        }

        @Override
        public Outcome subject() {
            return null;
        }
    }

    /** A constraint of the guideline that every patient within the inputs' declared domains satisfies. */
    record ConstraintAlwaysHolds(Constraint constraint, SourceSpan span) implements Finding {
        @Override
        public Outcome subject() {
            return null;
        }
    }

    /** A condition every patient meets, where that defeats its purpose; as {@link NeverTrue}. */
    record AlwaysTrue(Outcome subject, String element, String text, String reason, SourceSpan span)
            implements Finding {}

    /** An outcome ({@code code}) of a criteria set that no patient can reach, and why. */
    record UnreachableOutcome(CriteriaSet set, String code, String reason, SourceSpan span) implements Finding {
        @Override
        public Outcome subject() {
            return set;
        }
    }

    /**
     * A property of a table the analysis could neither prove nor refute, because it depends on a
     * condition beyond it ({@code condition}, for {@code reason}): the table's coverage when
     * {@code coverage}, else that two of its rules overlap. {@code property} says which in words.
     */
    record Inconclusive(DecisionTable table, boolean coverage, String property, String condition, String reason,
            SourceSpan span) implements Finding {
        @Override
        public Outcome subject() {
            return table;
        }
    }

    /** An element with too many cases to analyse; {@code subject} null for a definition. */
    record TooComplex(Outcome subject, String element, SourceSpan span) implements Finding {}
}
