package org.guidelang.compiler.check;

import java.util.Optional;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/** Checks literal numbers and their units. */
final class Literals {
    private final Diagnostics diagnostics;

    Literals(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The literal as a constant in its written unit, or invalid after reporting an unknown unit. */
    CExpr number(Expr.NumberLiteral literal) {
        Optional<Unit> unit = unit(literal);
        if (unit.isEmpty()) {
            return new CExpr.Invalid(literal.span());
        }
        return new CExpr.Const(literal.value(), Type.num(unit.get()), literal.span());
    }

    Optional<Unit> unit(Expr.NumberLiteral literal) {
        if (literal.unit() == null) {
            return Optional.of(Unit.NONE);
        }
        String written = literal.unit().text();
        Optional<Unit> unit = Unit.parse(written);
        if (unit.isEmpty() || unit.get() == Unit.NONE) {
            if (written.matches("[eE][0-9]+")) {
                diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_UNIT, literal.unit().span(),
                        "numbers are written without exponents: write all the digits", written);
                return Optional.empty();
            }
            String hint = ExprChecker.didYouMean(written, Unit.spellings());
            diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_UNIT, literal.unit().span(),
                    (hint == null ? "" : hint + " ") + "expected a unit: " + String.join(", ", Unit.spellings()),
                    written);
            return Optional.empty();
        }
        return unit;
    }
}
