package org.guidelang.compiler.analysis;

import java.util.List;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.diagnostics.Severity;
import org.guidelang.compiler.model.DecisionTable;

/**
 * Turns findings into diagnostics: warnings, except that a gap, or unproven coverage, in a table
 * declared {@code complete} is an error.
 */
final class FindingReporter {
    private static final int MAX_OTHER_REGIONS = 3;
    private FindingReporter() {}

    static void report(List<Finding> findings, Diagnostics diagnostics) {
        for (Finding finding : findings) {
            diagnostics.add(diagnostic(finding));
        }
    }

    static Diagnostic diagnostic(Finding finding) {
        if (finding instanceof Finding.Gap g) {
            String more = "";
            if (!g.others().isEmpty()) {
                List<String> shown = g.others().subList(0, Math.min(MAX_OTHER_REGIONS, g.others().size()));
                int rest = g.others().size() - shown.size();
                more = "; also uncovered: " + String.join("; ", shown)
                        + (rest == 0 ? "" : "; and " + rest + " more region" + (rest == 1 ? "" : "s"));
            }
            return make(DiagnosticCode.TABLE_GAP, complete(g.table()), g, "add a rule for these patients, or an "
                    + "`otherwise` rule", g.table().name(), g.witness().text(), g.witness().region(),
                    more + unchecked(g.unchecked()));
        } else if (finding instanceof Finding.Overlap o) {
            return make(DiagnosticCode.RULES_OVERLAP, false, o, "narrow one of the two conditions, or write "
                    + "`hit first` if the earlier rule should win", o.first().number(), o.second().number(),
                    o.table().name(), o.witness().text(), o.witness().region() + unchecked(o.unchecked()));
        } else if (finding instanceof Finding.Unreachable u) {
            String why = u.shadowing().size() == 1
                    ? "rule " + u.shadowing().get(0) + " before it holds for every patient it holds for"
                    : "rules " + numbers(u.shadowing()) + " before it hold for every patient it holds for";
            return make(DiagnosticCode.UNREACHABLE_RULE, false, u, "remove it, or move it before the rules "
                    + "that hide it", u.rule().number(), u.table().name(), why);
        } else if (finding instanceof Finding.OtherwiseUnreachable o) {
            return make(DiagnosticCode.UNREACHABLE_OTHERWISE, false, o, "remove it", o.table().name());
        } else if (finding instanceof Finding.NeverTrue n) {
            return make(DiagnosticCode.NEVER_TRUE, false, n, "check its thresholds and codes",
                    subject(n.element(), n.text()), n.reason() == null ? "" : ": " + n.reason());
        } else if (finding instanceof Finding.AlwaysTrue a) {
            return make(DiagnosticCode.ALWAYS_TRUE, false, a, "check its thresholds and codes, or remove it",
                    subject(a.element(), a.text()), a.reason() == null ? "" : ": " + a.reason());
        } else if (finding instanceof Finding.Inconclusive i) {
            boolean error = i.coverage() && complete(i.table());
            return make(DiagnosticCode.BEYOND_ANALYSIS, error, i, "write the condition as comparisons of one "
                    + "input with constants or parameters, or check this case with examples",
                    i.property(), i.condition(), i.reason());
        } else if (finding instanceof Finding.TooComplex t) {
            return make(DiagnosticCode.TOO_COMPLEX, false, t, "split it into named definitions or smaller tables",
                    t.element());
        } else if (finding instanceof Finding.ContradictoryConstraints c) {
            List<String> names = c.constraints().stream().map(k -> "`" + k.name() + "`").toList();
            String which = names.size() == 1 ? "constraint " + names.get(0)
                    : "constraints " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                            + names.get(names.size() - 1) + " together";
            return make(DiagnosticCode.CONTRADICTORY_CONSTRAINTS, false, c, "every patient would be refused: correct "
                    + "or remove one of them", which);
        } else if (finding instanceof Finding.ConstraintAlwaysHolds a) {
            return make(DiagnosticCode.CONSTRAINT_ALWAYS_HOLDS, false, a, "check its thresholds and codes against "
                    + "the inputs' declared ranges, or remove it", a.constraint().name());
        } else if (finding instanceof Finding.UnreachableOutcome u) {
            return make(DiagnosticCode.UNREACHABLE_OUTCOME, false, u, "check the criteria and the requirement",
                    u.set().name(), u.code(), u.reason());
        }
        throw new IllegalStateException(finding.toString());
    }

    /** "; these patients may break constraint `x`, which the analysis cannot read", or "" for none. */
    private static String unchecked(List<String> constraints) {
        if (constraints.isEmpty()) {
            return "";
        }
        String names = String.join(", ", constraints.stream().map(c -> "`" + c + "`").toList());
        return "; such patients may break constraint" + (constraints.size() == 1 ? " " : "s ") + names
                + ", which the analysis cannot read";
    }

    private static boolean complete(DecisionTable table) {
        return table.complete();
    }

    private static String subject(String element, String text) {
        return text == null ? element : element + ", `" + text + "`,";
    }

    /** The most rule numbers a message lists; the rest are counted. */
    private static final int LISTED = 10;

    private static String numbers(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        int listed = numbers.size() > LISTED ? LISTED : numbers.size();
        for (int i = 0; i < listed; i++) {
            if (i > 0) {
                out.append(i == numbers.size() - 1 ? " and " : ", ");
            }
            out.append(numbers.get(i));
        }
        if (listed < numbers.size()) {
            out.append(String.format(java.util.Locale.ROOT, " and %,d more", numbers.size() - listed));
        }
        return out.toString();
    }

    private static Diagnostic make(DiagnosticCode code, boolean error, Finding finding, String hint, Object... args) {
        Severity severity = error ? Severity.ERROR : code.severity();
        return new Diagnostic(code, severity, finding.span(), code.format(args), hint);
    }
}
