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

    /** The literal as a constant in its written unit, or invalid after reporting why it cannot be one. */
    CExpr number(Expr.NumberLiteral literal) {
        Optional<Unit> unit = unit(literal);
        if (unit.isEmpty()) {
            return new CExpr.Invalid(literal.span());
        }
        return new CExpr.Const(literal.value(), Type.num(unit.get()), literal.span());
    }

    /**
     * The literal's unit, or empty after reporting an unknown unit or a number that computation
     * would turn into infinity or zero. Every use of a literal's value asks here first.
     */
    Optional<Unit> unit(Expr.NumberLiteral literal) {
        if (!representable(literal)) {
            return Optional.empty();
        }
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

    /**
     * Whether the literal's value survives as a double, the number type of the interpreter and of
     * the generated code: 10^400 would silently become infinite (a range shown as `*`), 10^-400 zero.
     */
    private boolean representable(Expr.NumberLiteral literal) {
        double computed = literal.value().doubleValue();
        if (Double.isFinite(computed) && (computed != 0 || literal.value().signum() == 0)) {
            return true;
        }
        String digits = literal.value().toPlainString();
        String shown = digits.length() <= 24 ? "`" + digits + "`"
                : "`" + digits.substring(0, 12) + "…` (" + digits.length() + " characters)";
        if (Double.isInfinite(computed)) {
            diagnostics.reportWithHint(DiagnosticCode.NUMBER_TOO_LARGE, literal.span(), "a number may have up to 308 digits"
                    + " before the point; check the digits, or give the value in a larger unit", shown);
        } else {
            diagnostics.reportWithHint(DiagnosticCode.NUMBER_TOO_CLOSE_TO_ZERO, literal.span(), "a number other than 0 may have "
                    + "up to 322 zeros after the point; write 0 if zero is meant", shown);
        }
        return false;
    }
}
