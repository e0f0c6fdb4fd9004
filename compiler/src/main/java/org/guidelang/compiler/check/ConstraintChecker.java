package org.guidelang.compiler.check;

import java.util.List;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.Reads;

/**
 * Checks a constraint between inputs: its condition is true or false, reads inputs, parameters
 * and definitions but no outcome (a constraint is about the patient's data, which outcomes are
 * computed from), and names its source.
 */
final class ConstraintChecker {
    private final String guideline;
    private final ExprChecker exprs;
    private final CitationResolver citations;
    private final Diagnostics diagnostics;

    ConstraintChecker(String guideline, ExprChecker exprs, CitationResolver citations, Diagnostics diagnostics) {
        this.guideline = guideline;
        this.exprs = exprs;
        this.citations = citations;
        this.diagnostics = diagnostics;
    }

    Constraint check(Member.Constraint constraint) {
        String name = constraint.id().text();
        CExpr condition = exprs.condition(constraint.condition(), "a constraint");
        List<CExpr.OutcomeRef> outcomes = Reads.of(condition).outcomes();
        if (!outcomes.isEmpty()) {
            CExpr.OutcomeRef first = outcomes.get(0);
            diagnostics.reportWithHint(DiagnosticCode.CONSTRAINT_READS_OUTCOME, constraint.condition().span(),
                    "a constraint is about the patient's data, and outcomes are computed from it: state the "
                            + "relation between the inputs that `" + first.display() + "` is decided from",
                    name, first.display());
        }
        List<CitationRef> cited = citations.resolve(constraint.citations());
        if (constraint.citations().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.UNCITED_CONSTRAINT, constraint.id().span(),
                    "add `cite source at \"locator\"` for the passage that states the relation", name);
        }
        return new Constraint(name, guideline, constraint.rationale().value(), condition,
                constraint.condition().span().text(), cited, constraint.span());
    }
}
