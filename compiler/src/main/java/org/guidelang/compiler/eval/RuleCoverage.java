package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.source.SourceSpan;

/**
 * How far a guideline's examples exercise its rules, computed from the truth each condition took
 * while the interpreter evaluated each example ({@link ExampleRunner.Run#conditions()}): for every
 * table rule and {@code otherwise}, criterion, relative criterion and recommendation condition,
 * and for each atomic condition within them, the examples that made it true, false and unknown;
 * and for every code an outcome declares, the examples that yield it. Examples are numbered from
 * 1 in the order written, as the site numbers its worked cases.
 *
 * <p>An item is covered when the examples exercise what it decides: a rule some example makes
 * hold, an {@code otherwise} some example reaches with every rule false, a criterion or a
 * recommendation's condition some example makes true and some other false. A code is covered
 * when some example yields it. Atomic conditions are counted and shown but not required.
 */
public record RuleCoverage(CheckedGuideline guideline, int examples, List<OutcomeCoverage> outcomes) {
    public RuleCoverage {
        outcomes = List.copyOf(outcomes);
    }

    /** The coverage of the guideline of {@code runs}, every example of it run once. */
    public static RuleCoverage of(CheckedGuideline guideline, List<ExampleRunner.Run> runs) {
        return CoverageCounter.count(guideline, runs);
    }

    /** One outcome: its items in the order written, then every code it declares. */
    public record OutcomeCoverage(Outcome outcome, String kind, List<Item> items, List<CodeUse> codes) {
        public OutcomeCoverage {
            items = List.copyOf(items);
            codes = List.copyOf(codes);
        }
    }

    /** What an item is, and what covering it takes. */
    public enum Kind {
        RULE("rule", true, false),
        OTHERWISE("otherwise", true, false),
        CRITERION("criterion", true, true),
        RELATIVE_CRITERION("relative criterion", true, true),
        CONDITION("condition", true, true);

        private final String word;
        private final boolean needsTrue;
        private final boolean needsFalse;

        Kind(String word, boolean needsTrue, boolean needsFalse) {
            this.word = word;
            this.needsTrue = needsTrue;
            this.needsFalse = needsFalse;
        }

        public String word() {
            return word;
        }

        boolean covers(Seen seen) {
            return (!needsTrue || !seen.whenTrue().isEmpty()) && (!needsFalse || !seen.whenFalse().isEmpty());
        }
    }

    /**
     * A rule, {@code otherwise}, criterion or condition: {@code name} as the report shows it
     * ({@code rule 2}, {@code criterion size}), the examples that made it true, false and
     * unknown, and its atomic conditions when it has more than one.
     */
    public record Item(Kind kind, String name, SourceSpan span, Seen seen, List<Atom> atoms) {
        public Item {
            atoms = List.copyOf(atoms);
        }

        public boolean covered() {
            return kind.covers(seen);
        }
    }

    /** An atomic condition as written, and the examples that made it true, false and unknown. */
    public record Atom(String text, SourceSpan span, Seen seen) {
        public boolean covered() {
            return !seen.whenTrue().isEmpty() && !seen.whenFalse().isEmpty();
        }
    }

    /** The numbers of the examples that made a condition true, false and unknown; one not reached is in none. */
    public record Seen(List<Integer> whenTrue, List<Integer> whenFalse, List<Integer> whenUnknown) {
        public Seen {
            whenTrue = List.copyOf(whenTrue);
            whenFalse = List.copyOf(whenFalse);
            whenUnknown = List.copyOf(whenUnknown);
        }

        /** The examples that reached it. */
        public int reached() {
            return whenTrue.size() + whenFalse.size() + whenUnknown.size();
        }
    }

    /** A code an outcome declares and the examples that yield it (empty: no example does). */
    public record CodeUse(String code, List<Integer> producedBy) {
        public CodeUse {
            producedBy = List.copyOf(producedBy);
        }
    }

    /** Something the examples leave unexercised, where it is written. */
    public record Gap(SourceSpan span, String message) {
        /** {@code file:line:col: message}, as diagnostics name places. */
        public String text() {
            return span.location() + ": " + message;
        }
    }

    /** True when every item is covered and every code produced. */
    public boolean complete() {
        return gaps().isEmpty();
    }

    /** What the examples leave unexercised, in the order written. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (OutcomeCoverage outcome : outcomes) {
            String of = outcome.kind() + " `" + outcome.outcome().name() + "`";
            for (Item item : outcome.items()) {
                if (!item.covered()) {
                    gaps.add(new Gap(item.span(), item.name() + " of " + of + " " + missing(item)));
                }
            }
            for (CodeUse code : outcome.codes()) {
                if (code.producedBy().isEmpty()) {
                    gaps.add(new Gap(outcome.outcome().span(), "no example yields `" + code.code() + "` from " + of));
                }
            }
        }
        return gaps;
    }

    private static String missing(Item item) {
        boolean never = item.seen().whenTrue().isEmpty();
        return switch (item.kind()) {
            case RULE -> "never holds in an example";
            case OTHERWISE -> "is never reached with every rule false";
            default -> never && item.seen().whenFalse().isEmpty() ? "is never true or false in an example"
                    : never ? "is never true in an example" : "is never false in an example";
        };
    }

    /** The number of items, of covered items, of codes, of produced codes, of atoms, of covered atoms. */
    public Counts counts() {
        int items = 0;
        int coveredItems = 0;
        int codes = 0;
        int producedCodes = 0;
        int atoms = 0;
        int coveredAtoms = 0;
        for (OutcomeCoverage outcome : outcomes) {
            for (Item item : outcome.items()) {
                items++;
                coveredItems += item.covered() ? 1 : 0;
                for (Atom atom : item.atoms()) {
                    atoms++;
                    coveredAtoms += atom.covered() ? 1 : 0;
                }
            }
            for (CodeUse code : outcome.codes()) {
                codes++;
                producedCodes += code.producedBy().isEmpty() ? 0 : 1;
            }
        }
        return new Counts(items, coveredItems, codes, producedCodes, atoms, coveredAtoms);
    }

    /** Totals over a guideline: items (rules, criteria, conditions), codes and atomic conditions. */
    public record Counts(int items, int coveredItems, int codes, int producedCodes, int atoms, int coveredAtoms) {}
}
