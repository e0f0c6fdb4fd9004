package org.guidelang.compiler.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/** Differences in what a guideline decides (tables, criteria sets, recommendations) and in its examples. */
final class OutcomeDiff {
    private final Changes changes;
    private final DeclarationDiff declarations;

    OutcomeDiff(Changes changes, DeclarationDiff declarations) {
        this.changes = changes;
        this.declarations = declarations;
    }

    void outcomes(List<Outcome> old, List<Outcome> now) {
        declarations.matched(old, now, Outcome::name, "outcome", OutcomeDiff::describe, Bump.MINOR, Bump.MAJOR,
                (o, n) -> {
                    if (o instanceof DecisionTable a && n instanceof DecisionTable b) {
                        table(a, b);
                    } else if (o instanceof CriteriaSet a && n instanceof CriteriaSet b) {
                        criteria(a, b);
                    } else if (o instanceof Recommendation a && n instanceof Recommendation b) {
                        recommendation(a, b);
                    } else {
                        changes.changed("outcome " + o.name(), kind(o) + " → " + kind(n), Bump.MAJOR);
                    }
                });
    }

    private void table(DecisionTable a, DecisionTable b) {
        String subject = "table " + a.name();
        changes.text(subject + " label", a.label(), b.label(), Bump.PATCH);
        codes(subject, a.codes(), b.codes());
        changes.value(subject + " hit policy", a.policy().name().toLowerCase(java.util.Locale.ROOT),
                b.policy().name().toLowerCase(java.util.Locale.ROOT), Bump.MAJOR);
        new RuleMatch(changes, subject).compare(a.rules(), b.rules());
        String was = a.otherwise() == null ? null : a.otherwise().code();
        String is = b.otherwise() == null ? null : b.otherwise().code();
        changes.value(subject + " otherwise", was, is, Bump.MAJOR);
        changes.value(subject + " citation", DeclarationDiff.cites(a.citations()), DeclarationDiff.cites(b.citations()),
                Bump.PATCH);
    }

    /** A changed set of outcome codes changes what consumers may receive: major. */
    private void codes(String subject, CodeSet a, CodeSet b) {
        List<String> added = b.names().stream().filter(c -> !a.contains(c)).toList();
        List<String> removed = a.names().stream().filter(c -> !b.contains(c)).toList();
        if (!removed.isEmpty()) {
            changes.changed(subject, "outcome codes removed: " + String.join(", ", removed), Bump.MAJOR);
        }
        if (!added.isEmpty()) {
            changes.changed(subject, "outcome codes added: " + String.join(", ", added), Bump.MAJOR);
        }
        for (CodeSet.Code code : a.codes()) {
            b.code(code.name()).ifPresent(c -> changes.text(subject + " code " + code.name() + " label", code.label(),
                    c.label(), Bump.PATCH));
        }
    }

    private void criteria(CriteriaSet a, CriteriaSet b) {
        String subject = "criteria " + a.name();
        changes.text(subject + " label", a.label(), b.label(), Bump.PATCH);
        changes.value(subject + " requirement", requirement(a), requirement(b), Bump.MAJOR);
        changes.value(subject + " met", a.metCode(), b.metCode(), Bump.MAJOR);
        changes.value(subject + " exception", a.exceptionCode(), b.exceptionCode(), Bump.MAJOR);
        changes.value(subject + " unmet", a.unmetCode(), b.unmetCode(), Bump.MAJOR);
        declarations.matched(a.criteria(), b.criteria(), CriteriaSet.Criterion::name, subject + " criterion",
                c -> (c.relative() ? "relative, " : "") + ExprText.of(c.condition()), Bump.MAJOR, Bump.MAJOR,
                (o, n) -> {
                    String s = subject + " criterion " + o.name();
                    changes.expression(s, o.condition(), n.condition());
                    changes.value(s + " relative", o.relative(), n.relative(), Bump.MAJOR);
                    changes.text(s + " label", o.label(), n.label(), Bump.PATCH);
                    changes.value(s + " citation", DeclarationDiff.cites(o.citations()),
                            DeclarationDiff.cites(n.citations()), Bump.PATCH);
                });
        changes.value(subject + " citation", DeclarationDiff.cites(a.citations()), DeclarationDiff.cites(b.citations()),
                Bump.PATCH);
    }

    private void recommendation(Recommendation a, Recommendation b) {
        String subject = "recommendation " + a.name();
        changes.text(subject + " text", a.text(), b.text(), Bump.PATCH);
        if (a.condition() == null || b.condition() == null) {
            changes.value(subject + " condition", condition(a), condition(b), Bump.MAJOR);
        } else {
            changes.expression(subject + " condition", a.condition(), b.condition());
        }
        changes.value(subject + " strength", a.strength() == null ? null : a.strength().word(),
                b.strength() == null ? null : b.strength().word(), Bump.MINOR);
        changes.value(subject + " evidence", a.evidence() == null ? null : a.evidence().word(),
                b.evidence() == null ? null : b.evidence().word(), Bump.MINOR);
        changes.value(subject + " citation", DeclarationDiff.cites(a.citations()), DeclarationDiff.cites(b.citations()),
                Bump.PATCH);
    }

    /** Examples are tests: adding, removing or changing one changes no patient's result. */
    void examples(List<ExampleCase> old, List<ExampleCase> now) {
        declarations.matched(old, now, e -> "\"" + e.title() + "\"", "example", e -> "", Bump.PATCH, Bump.PATCH, (o, n) -> {
            if (!Objects.equals(o.patient(), n.patient()) || !expectations(o).equals(expectations(n))) {
                changes.changed("example \"" + o.title() + "\"", "its patient or expectations changed", Bump.PATCH);
            }
        });
    }

    private static String expectations(ExampleCase example) {
        return example.expectations().stream().map(e -> e.target() + "=" + (e instanceof ExampleCase.ExpectValue v
                ? String.valueOf(v.value()) : "undetermined" + ((ExampleCase.ExpectUndetermined) e).missing()))
                .collect(Collectors.joining(", "));
    }

    private static String condition(Recommendation r) {
        return r.condition() == null ? "always" : ExprText.of(r.condition());
    }

    private static String requirement(CriteriaSet set) {
        return switch (set.requirement()) {
            case ALL -> "all";
            case ANY -> "any";
            case AT_LEAST -> "at least " + set.atLeast();
        };
    }

    private static String kind(Outcome outcome) {
        if (outcome instanceof DecisionTable) {
            return "table";
        }
        return outcome instanceof CriteriaSet ? "criteria set" : "recommendation";
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Recommendation r) {
            return "recommendation, when " + condition(r);
        }
        return kind(outcome) + " with codes " + String.join(", ", ((org.guidelang.compiler.model.Type.Code) outcome
                .type()).codes().names());
    }
}
