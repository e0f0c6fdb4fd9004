package org.guidelang.compiler.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/** Reconciles the units of two numeric operands, and folds constants into a chosen unit. */
final class Units {
    private Units() {}

    /**
     * The unit in which two numbers are compared or combined: the unit of the side that is not
     * a constant, so constants are converted once, at compile time. Reports and answers empty
     * when the units cannot meet.
     */
    static Optional<Unit> common(String verb, CExpr left, CExpr right, Expr leftSyntax, Expr rightSyntax,
            Diagnostics diagnostics) {
        return common(verb, left, right, leftSyntax, rightSyntax, diagnostics,
                leftSyntax.span().to(rightSyntax.span()));
    }

    /** As above, with a mismatch reported at {@code at}: the one item of a set or interval that is wrong. */
    static Optional<Unit> common(String verb, CExpr left, CExpr right, Expr leftSyntax, Expr rightSyntax,
            Diagnostics diagnostics, org.guidelang.compiler.source.SourceSpan at) {
        Unit lu = ((Type.Num) left.type()).unit();
        Unit ru = ((Type.Num) right.type()).unit();
        if (lu == ru) {
            return Optional.of(lu);
        }
        if (lu.convertibleTo(ru)) {
            return Optional.of(left instanceof CExpr.Const ? ru : lu);
        }
        if ((lu == Unit.NONE && ru == Unit.COUNT && isFixedNumber(left))
                || (ru == Unit.NONE && lu == Unit.COUNT && isFixedNumber(right))) {
            return Optional.of(Unit.COUNT); // a count is a plain number of things: 20 mitoses, `limit` mitoses
        }
        boolean leftPlain = lu == Unit.NONE && left instanceof CExpr.Const;
        boolean rightPlain = ru == Unit.NONE && right instanceof CExpr.Const;
        if (leftPlain || rightPlain) {
            Expr number = leftPlain ? leftSyntax : rightSyntax;
            Expr measured = leftPlain ? rightSyntax : leftSyntax;
            Unit unit = leftPlain ? ru : lu;
            String example = written(number, (CExpr.Const) (leftPlain ? left : right))
                    + (unit == Unit.PERCENT ? "%" : " " + unit.symbol());
            diagnostics.reportWithHint(DiagnosticCode.UNIT_MISSING, number.span(), "write `" + example + "`",
                    "`" + number.span().text() + "` has no unit, but `" + measured.span().text() + "` is in "
                            + unit.symbol());
            return Optional.empty();
        }
        diagnostics.reportWithHint(DiagnosticCode.UNIT_MISMATCH, at,
                mismatchHint(left, right, leftSyntax, rightSyntax), verb, describe(leftSyntax, lu),
                describe(rightSyntax, ru));
        return Optional.empty();
    }

    /** A number fixed by the guideline: a constant, a parameter, or either negated. */
    private static boolean isFixedNumber(CExpr expr) {
        return expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef
                || (expr instanceof CExpr.Negate negate && isFixedNumber(negate.operand()));
    }

    /** When one side is a written number, how to write it in the other side's unit. */
    private static String mismatchHint(CExpr left, CExpr right, Expr leftSyntax, Expr rightSyntax) {
        boolean leftConst = left instanceof CExpr.Const;
        if (leftConst == right instanceof CExpr.Const) {
            return null;
        }
        CExpr constant = leftConst ? left : right;
        Unit unit = ((Type.Num) (leftConst ? right : left).type()).unit();
        String measured = (leftConst ? rightSyntax : leftSyntax).span().text();
        String number = written(leftConst ? leftSyntax : rightSyntax, (CExpr.Const) constant);
        if (unit == Unit.COUNT || unit == Unit.NONE) {
            return "`" + measured + "` takes plain numbers: write `" + number + "`";
        }
        return "`" + measured + "` is in " + unit.symbol() + ": write the number in that dimension, such as `" + number
                + (unit == Unit.PERCENT ? "%" : " " + unit.symbol()) + "`";
    }

    /**
     * A constant's number as the author wrote it, without its unit: a hint must not show a
     * number the language cannot read (`1.0E-318`, or `null` for a number too large for a double).
     */
    static String written(Expr syntax, CExpr.Const constant) {
        if (syntax instanceof Expr.NumberLiteral literal) {
            return literal.value().toPlainString();
        }
        return Unit.NONE.format((BigDecimal) constant.value());
    }

    static String describe(Expr syntax, Unit unit) {
        String what = switch (unit.dimension()) {
            case PERCENT -> "a percentage";
            case TIME -> "a duration in " + unit.symbol();
            case LENGTH -> "a length in " + unit.symbol();
            case COUNT -> "a count";
            case NONE -> "a plain number";
        };
        return "`" + syntax.span().text() + "` (" + what + ")";
    }

    /**
     * The expression as a value in {@code unit}: constants are converted now, exactly (0.1 years is
     * 1.2 months), others at run time. A constant whose conversion would round (10 days is 10/7
     * weeks) keeps its own unit, and the comparison or sum converts it exactly at run time.
     */
    static CExpr retype(CExpr expr, Unit unit) {
        if (expr instanceof CExpr.Const c && c.type() instanceof Type.Num num && num.unit() != unit) {
            BigDecimal value = (BigDecimal) c.value();
            if (!Unit.converts(num.unit(), unit)) {
                return new CExpr.Const(value, Type.num(unit), c.span());
            }
            return num.unit().convertExactly(value, unit)
                    .<CExpr>map(converted -> new CExpr.Const(converted, Type.num(unit), c.span()))
                    .orElse(expr);
        }
        return expr;
    }
}
