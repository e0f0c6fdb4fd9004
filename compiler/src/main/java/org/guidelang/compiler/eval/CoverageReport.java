package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.eval.RuleCoverage.Atom;
import org.guidelang.compiler.eval.RuleCoverage.CodeUse;
import org.guidelang.compiler.eval.RuleCoverage.Item;
import org.guidelang.compiler.eval.RuleCoverage.OutcomeCoverage;
import org.guidelang.compiler.eval.RuleCoverage.Seen;

/**
 * How {@code guidec test --coverage} and the Maven plugin tell a guideline's {@link RuleCoverage}:
 * a summary line; then each outcome, each of its items with the number of examples that made it
 * true, false and unknown (and its atomic conditions, indented below it), and the codes no
 * example yields; then every gap at its {@code file:line:col}.
 */
public final class CoverageReport {
    private CoverageReport() {}

    /** {@code coverage of milan_nen by 12 examples: 9 of 10 rules and criteria, 3 of 4 codes, …}. */
    public static String summary(RuleCoverage coverage) {
        RuleCoverage.Counts counts = coverage.counts();
        return "coverage of " + coverage.guideline().id() + " by " + plural(coverage.examples(), "example") + ": "
                + counts.coveredItems() + " of " + plural(counts.items(), "rule, criterion or condition",
                        "rules, criteria and conditions") + " covered, "
                + counts.producedCodes() + " of " + plural(counts.codes(), "code") + " produced, "
                + counts.coveredAtoms() + " of " + plural(counts.atoms(), "atomic condition")
                + " both true and false";
    }

    /** The whole account, one line each. */
    public static List<String> lines(RuleCoverage coverage) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(coverage));
        for (OutcomeCoverage outcome : coverage.outcomes()) {
            lines.add("  " + outcome.kind() + " " + outcome.outcome().name() + " (line "
                    + outcome.outcome().span().line() + ")");
            for (Item item : outcome.items()) {
                lines.add("    " + item.name() + " (line " + item.span().line() + "): " + counts(item.seen())
                        + (item.covered() ? "" : "  NOT COVERED"));
                for (Atom atom : item.atoms()) {
                    lines.add("      " + atom.text() + ": " + counts(atom.seen())
                            + (atom.covered() ? "" : "  (not both true and false)"));
                }
            }
            List<String> never = outcome.codes().stream()
                    .filter(c -> c.producedBy().isEmpty())
                    .map(CodeUse::code)
                    .toList();
            if (!never.isEmpty()) {
                lines.add("    codes no example yields: " + String.join(", ", never));
            }
        }
        List<RuleCoverage.Gap> gaps = coverage.gaps();
        if (!gaps.isEmpty()) {
            lines.add("  " + plural(gaps.size(), "gap") + ":");
            gaps.forEach(gap -> lines.add("    " + gap.text()));
        }
        return lines;
    }

    /** Every gap of {@code coverages}, {@code file:line:col: what}, in the order of the guidelines. */
    public static List<String> gaps(List<RuleCoverage> coverages) {
        List<String> gaps = new ArrayList<>();
        for (RuleCoverage coverage : coverages) {
            coverage.gaps().forEach(gap -> gaps.add(gap.text()));
        }
        return gaps;
    }

    /** {@code true 3, false 9, unknown 1}: how many examples made a condition each. */
    static String counts(Seen seen) {
        return "true " + seen.whenTrue().size() + ", false " + seen.whenFalse().size() + ", unknown "
                + seen.whenUnknown().size();
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
