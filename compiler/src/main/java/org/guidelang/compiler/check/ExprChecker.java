package org.guidelang.compiler.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.ast.IntervalSyntax;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.Suggestions;
import org.guidelang.runtime.Unit;

/**
 * Resolves names and checks types and units of one expression. Errors are reported once, at
 * the innermost place they arise; the enclosing expressions then see an invalid operand and
 * stay silent, so one mistake gives one diagnostic.
 */
final class ExprChecker {
    private final Scope scope;
    private final Diagnostics diagnostics;
    private final Literals literals;

    ExprChecker(Scope scope, Diagnostics diagnostics) {
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.literals = new Literals(diagnostics);
    }

    /** Checks a condition: the expression must be true/false. */
    CExpr condition(Expr expr, String what) {
        CExpr checked = check(expr);
        if (!(checked.type() instanceof Type.Bool) && !(checked.type() instanceof Type.Invalid)) {
            diagnostics.reportWithHint(DiagnosticCode.TYPE_MISMATCH, expr.span(),
                    "compare it with something, e.g. `ki67 > 20%` or `differentiation = WELL`",
                    what + " must be true or false, but `" + expr.span().text() + "` is " + describe(checked.type()));
            return new CExpr.Invalid(expr.span());
        }
        return checked;
    }

    CExpr check(Expr expr) {
        if (expr instanceof Expr.NumberLiteral n) {
            return literals.number(n);
        } else if (expr instanceof Expr.BooleanLiteral b) {
            return new CExpr.Const(b.value(), Type.BOOL, b.span());
        } else if (expr instanceof Expr.Reference r) {
            return reference(r);
        } else if (expr instanceof Expr.Parenthesized p) {
            return check(p.inner());
        } else if (expr instanceof Expr.Not n) {
            return new CExpr.Not(logicalOperand(n.operand(), "not"), n.span());
        } else if (expr instanceof Expr.Negate n) {
            return negate(n);
        } else if (expr instanceof Expr.Binary b) {
            return binary(b);
        } else if (expr instanceof Expr.InInterval i) {
            return inInterval(i);
        } else if (expr instanceof Expr.InSet s) {
            return inSet(s);
        }
        Expr.IsCheck c = (Expr.IsCheck) expr;
        return new CExpr.IsKnown(check(c.operand()), c.holdsWhenKnown(), c.span());
    }

    // ---- references ----

    private CExpr reference(Expr.Reference ref) {
        if (ref.qualifier() != null) {
            return qualified(ref);
        }
        Optional<CExpr> found = scope.lookup(ref.name());
        if (found.isPresent()) {
            return withSpan(found.get(), ref.span());
        }
        diagnostics.reportWithHint(DiagnosticCode.UNDEFINED_NAME, ref.span(),
                didYouMean(ref.name().text(), scope.names()), ref.name().text());
        return new CExpr.Invalid(ref.span());
    }

    private CExpr qualified(Expr.Reference ref) {
        String alias = ref.qualifier().text();
        Optional<CheckedGuideline> imported = scope.imported(ref.qualifier());
        if (imported.isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_QUALIFIER, ref.qualifier().span(),
                    hintOr(didYouMean(alias, scope.aliases()),
                            "import the guideline it stands for: `import guideline_id as " + alias + "`"), alias);
            return new CExpr.Invalid(ref.span());
        }
        CheckedGuideline guideline = imported.get();
        Optional<Outcome> outcome = guideline.outcome(ref.name().text());
        if (outcome.isEmpty()) {
            List<String> names = guideline.outcomes().stream().map(Outcome::name).toList();
            diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_OUTCOME, ref.name().span(),
                    hintOr(didYouMean(ref.name().text(), names), "its outcomes are " + String.join(", ", names)),
                    guideline.id(), ref.name().text());
            return new CExpr.Invalid(ref.span());
        }
        scope.referToImported(ref.qualifier(), ref.name());
        return new CExpr.OutcomeRef(guideline.id(), alias, outcome.get(), ref.span());
    }

    private static CExpr withSpan(CExpr ref, SourceSpan span) {
        if (ref instanceof CExpr.InputRef i) {
            return new CExpr.InputRef(i.input(), span);
        } else if (ref instanceof CExpr.ParamRef p) {
            return new CExpr.ParamRef(p.param(), span);
        } else if (ref instanceof CExpr.DefinitionRef d) {
            return new CExpr.DefinitionRef(d.definition(), span);
        } else if (ref instanceof CExpr.OutcomeRef o) {
            return new CExpr.OutcomeRef(o.guideline(), o.alias(), o.outcome(), span);
        }
        return ref;
    }

    /**
     * Checks {@code expr} where a value of type {@code other} is expected beside it: a bare name
     * that is a code of {@code other}'s code set becomes that code.
     */
    CExpr operandBeside(Expr expr, Type other) {
        if (expr instanceof Expr.Reference ref && ref.qualifier() == null && other instanceof Type.Invalid
                && !scope.declares(ref.name().text())) {
            // Most likely a code of the operand that already failed: its error says enough.
            return new CExpr.Invalid(ref.span());
        }
        if (expr instanceof Expr.Reference ref && ref.qualifier() == null && other instanceof Type.Code code) {
            String name = ref.name().text();
            if (code.codes().contains(name)) {
                scope.referToCode(code.codes(), ref.name());
                return new CExpr.Const(name, other, ref.span());
            }
            if (!scope.declares(name)) {
                String hint = didYouMean(name, code.codes().names());
                if (hint == null) {
                    hint = scope.codeSetOf(name)
                            .map(owner -> "`" + name + "` is a code of `" + owner + "`, not of `"
                                    + code.codes().owner() + "`")
                            .orElse(null);
                }
                diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_CODE, ref.span(), hint, name, code.codes().describe());
                return new CExpr.Invalid(ref.span());
            }
        }
        return check(expr);
    }

    private static boolean isBareName(Expr expr) {
        return expr instanceof Expr.Reference r && r.qualifier() == null;
    }

    // ---- operators ----

    private CExpr logicalOperand(Expr operand, String operator) {
        CExpr checked = check(operand);
        if (!(checked.type() instanceof Type.Bool) && !(checked.type() instanceof Type.Invalid)) {
            diagnostics.reportWithHint(DiagnosticCode.TYPE_MISMATCH, operand.span(),
                    "compare it with something, e.g. `" + operand.span().text() + " > …`",
                    "`" + operator + "` needs true/false operands, but `" + operand.span().text() + "` is "
                            + describe(checked.type()));
            return new CExpr.Invalid(operand.span());
        }
        return checked;
    }

    private CExpr negate(Expr.Negate negate) {
        CExpr operand = check(negate.operand());
        if (operand.type() instanceof Type.Invalid) {
            return operand;
        }
        if (!(operand.type() instanceof Type.Num)) {
            diagnostics.report(DiagnosticCode.TYPE_MISMATCH, negate.span(),
                    "`-` needs a number, but `" + negate.operand().span().text() + "` is " + describe(operand.type()));
            return new CExpr.Invalid(negate.span());
        }
        return new CExpr.Negate(operand, negate.span());
    }

    private CExpr binary(Expr.Binary b) {
        if (b.op() == BinaryOp.AND) {
            return new CExpr.And(logicalOperand(b.left(), "and"), logicalOperand(b.right(), "and"), b.span());
        }
        if (b.op() == BinaryOp.OR) {
            return new CExpr.Or(logicalOperand(b.left(), "or"), logicalOperand(b.right(), "or"), b.span());
        }
        CExpr left;
        CExpr right;
        if (isBareName(b.left()) && !isBareName(b.right())) {
            right = check(b.right());
            left = operandBeside(b.left(), right.type());
        } else {
            left = check(b.left());
            right = operandBeside(b.right(), left.type());
        }
        if (left.type() instanceof Type.Invalid || right.type() instanceof Type.Invalid) {
            return new CExpr.Invalid(b.span());
        }
        return b.op().isComparison() ? comparison(b, left, right) : arithmetic(b, left, right);
    }

    private CExpr comparison(Expr.Binary b, CExpr left, CExpr right) {
        Type lt = left.type();
        Type rt = right.type();
        if (lt instanceof Type.Num && rt instanceof Type.Num) {
            Optional<Unit> unit = Units.common("compare", left, right, b.left(), b.right(), diagnostics);
            return unit.<CExpr>map(u -> new CExpr.Compare(Operators.comparison(b.op()), Units.retype(left, u), Units.retype(right, u), u,
                    b.span())).orElseGet(() -> new CExpr.Invalid(b.span()));
        }
        if (b.op() != BinaryOp.EQ && b.op() != BinaryOp.NE) {
            diagnostics.reportWithHint(DiagnosticCode.TYPE_MISMATCH, b.span(),
                    "use `=`, `!=` or `in {…}` for codes and true/false values",
                    "`" + b.op().symbol() + "` compares numbers, but `" + b.left().span().text() + "` is " + describe(lt));
            return new CExpr.Invalid(b.span());
        }
        boolean sameKind = (lt instanceof Type.Bool && rt instanceof Type.Bool)
                || (lt instanceof Type.Code lc && rt instanceof Type.Code rc && lc.codes().key().equals(rc.codes().key()));
        if (!sameKind) {
            String hint = lt instanceof Type.Code lc ? "compare it with one of its codes: " + String.join(", ", lc.codes().names())
                    : rt instanceof Type.Code rc ? "compare it with one of its codes: " + String.join(", ", rc.codes().names())
                    : lt instanceof Type.Bool || rt instanceof Type.Bool
                    ? "a true/false value is a condition on its own: write it alone, or compare it with `true` or `false`"
                    : null;
            diagnostics.reportWithHint(DiagnosticCode.TYPE_MISMATCH, b.span(), hint,
                    "cannot compare `" + b.left().span().text() + "` (" + describe(lt) + ") with `" + b.right().span().text()
                            + "` (" + describe(rt) + ")");
            return new CExpr.Invalid(b.span());
        }
        return new CExpr.Compare(Operators.comparison(b.op()), left, right, Unit.NONE, b.span());
    }

    private CExpr arithmetic(Expr.Binary b, CExpr left, CExpr right) {
        if (!(left.type() instanceof Type.Num ln) || !(right.type() instanceof Type.Num rn)) {
            Expr bad = left.type() instanceof Type.Num ? b.right() : b.left();
            diagnostics.report(DiagnosticCode.TYPE_MISMATCH, bad.span(),
                    "`" + b.op().symbol() + "` needs numbers, but `" + bad.span().text() + "` is "
                            + describe(left.type() instanceof Type.Num ? right.type() : left.type()));
            return new CExpr.Invalid(b.span());
        }
        if (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB) {
            String verb = b.op() == BinaryOp.ADD ? "add" : "subtract";
            Optional<Unit> unit = Units.common(verb, left, right, b.left(), b.right(), diagnostics);
            return unit.<CExpr>map(u -> new CExpr.Arithmetic(Operators.arithmetic(b.op()), Units.retype(left, u), Units.retype(right, u),
                    Type.num(u), b.span())).orElseGet(() -> new CExpr.Invalid(b.span()));
        }
        if (b.op() == BinaryOp.DIV && right instanceof CExpr.Const c && ((BigDecimal) c.value()).signum() == 0) {
            // At run time this would leave every patient undetermined, with no input to blame.
            diagnostics.reportWithHint(DiagnosticCode.DIVISION_BY_ZERO, b.right().span(),
                    "divide by a number other than 0", b.span().text());
            return new CExpr.Invalid(b.span());
        }
        Unit lu = ln.unit();
        Unit ru = rn.unit();
        if (b.op() == BinaryOp.MUL && (lu == Unit.NONE || ru == Unit.NONE)) {
            return new CExpr.Arithmetic(Operators.arithmetic(b.op()), left, right, Type.num(lu == Unit.NONE ? ru : lu), b.span());
        }
        if (b.op() == BinaryOp.DIV && ru == Unit.NONE) {
            return new CExpr.Arithmetic(Operators.arithmetic(b.op()), left, right, Type.num(lu), b.span());
        }
        if (b.op() == BinaryOp.DIV && lu.convertibleTo(ru)) {
            // A ratio of two like quantities is a plain number.
            CExpr r = Units.retype(right, lu);
            return new CExpr.Arithmetic(Operators.arithmetic(b.op()), left, r, Type.num(Unit.NONE), b.span());
        }
        diagnostics.report(DiagnosticCode.TYPE_MISMATCH, b.span(),
                "cannot " + (b.op() == BinaryOp.MUL ? "multiply" : "divide") + " " + describe(ln) + " by " + describe(rn));
        return new CExpr.Invalid(b.span());
    }

    private CExpr inInterval(Expr.InInterval in) {
        CExpr operand = check(in.operand());
        if (operand.type() instanceof Type.Invalid) {
            return new CExpr.Invalid(in.span());
        }
        if (!(operand.type() instanceof Type.Num num)) {
            IntervalSyntax written = in.interval();
            boolean codesWritten = isBareName(written.low()) && isBareName(written.high());
            String hint = operand.type() instanceof Type.Code code
                    ? "use a set for codes: `" + in.operand().span().text() + " in {" + (codesWritten
                            ? written.low().span().text() + ", " + written.high().span().text()
                            : String.join(", ", code.codes().names())) + "}`"
                    : "a true/false value is a condition on its own: write `" + in.operand().span().text() + "` or `not "
                            + in.operand().span().text() + "`";
            diagnostics.reportWithHint(DiagnosticCode.TYPE_MISMATCH, in.operand().span(), hint,
                    "an interval holds numbers, but `" + in.operand().span().text() + "` is " + describe(operand.type()));
            return new CExpr.Invalid(in.span());
        }
        IntervalSyntax interval = in.interval();
        CExpr low = bound(interval.low(), operand, in.operand());
        CExpr high = bound(interval.high(), operand, in.operand());
        if ((low != null && low.type() instanceof Type.Invalid) || (high != null && high.type() instanceof Type.Invalid)) {
            return new CExpr.Invalid(in.span());
        }
        if (low instanceof CExpr.Const lc && high instanceof CExpr.Const hc) {
            int order = compareConstants(lc, hc);
            if (order > 0 || (order == 0 && !(interval.lowClosed() && interval.highClosed()))) {
                diagnostics.reportWithHint(DiagnosticCode.EMPTY_RANGE, interval.span(), emptyRangeHint(order > 0),
                        interval.span().text());
                return new CExpr.Invalid(in.span());
            }
        }
        return new CExpr.InRange(operand, low, interval.lowClosed(), high, interval.highClosed(), in.negated(),
                num.unit(), in.span());
    }

    /** The order of two constant ends, exact even when one kept its own unit (see {@link Units#retype}). */
    private static int compareConstants(CExpr.Const low, CExpr.Const high) {
        Unit lu = ((Type.Num) low.type()).unit();
        Unit hu = ((Type.Num) high.type()).unit();
        BigDecimal lo = (BigDecimal) low.value();
        BigDecimal hi = (BigDecimal) high.value();
        return Unit.converts(lu, hu) ? lu.toTicks(lo).compareTo(hu.toTicks(hi)) : lo.compareTo(hi);
    }

    private CExpr bound(Expr bound, CExpr operand, Expr operandSyntax) {
        if (bound == null) {
            return null;
        }
        CExpr checked = check(bound);
        if (checked.type() instanceof Type.Invalid) {
            return checked;
        }
        if (!(checked.type() instanceof Type.Num)) {
            diagnostics.report(DiagnosticCode.TYPE_MISMATCH, bound.span(),
                    "an interval's ends must be numbers, but `" + bound.span().text() + "` is " + describe(checked.type()));
            return new CExpr.Invalid(bound.span());
        }
        Unit unit = ((Type.Num) operand.type()).unit();
        Optional<Unit> common = Units.common("compare", operand, checked, operandSyntax, bound, diagnostics,
                bound.span());
        if (common.isEmpty()) {
            return new CExpr.Invalid(bound.span());
        }
        return Units.retype(checked, unit);
    }

    private CExpr inSet(Expr.InSet in) {
        CExpr operand = check(in.operand());
        if (operand.type() instanceof Type.Invalid) {
            return new CExpr.Invalid(in.span());
        }
        List<CExpr> items = new ArrayList<>();
        boolean valid = true;
        Unit unit = operand.type() instanceof Type.Num n ? n.unit() : Unit.NONE;
        for (Expr item : in.items()) {
            CExpr checked = operandBeside(item, operand.type());
            if (checked.type() instanceof Type.Invalid) {
                valid = false;
                continue;
            }
            if (!compatible(operand.type(), checked.type())) {
                diagnostics.report(DiagnosticCode.TYPE_MISMATCH, item.span(),
                        "`" + item.span().text() + "` (" + describe(checked.type()) + ") cannot be a value of `"
                                + in.operand().span().text() + "` (" + describe(operand.type()) + ")");
                valid = false;
                continue;
            }
            if (checked.type() instanceof Type.Num
                    && Units.common("compare", operand, checked, in.operand(), item, diagnostics, item.span())
                            .isEmpty()) {
                valid = false;
                continue;
            }
            items.add(checked.type() instanceof Type.Num ? Units.retype(checked, unit) : checked);
        }
        if (!valid) {
            return new CExpr.Invalid(in.span());
        }
        return new CExpr.InSet(operand, items, in.negated(), unit, in.span());
    }

    private static boolean compatible(Type a, Type b) {
        if (a instanceof Type.Code ac && b instanceof Type.Code bc) {
            return ac.codes().key().equals(bc.codes().key());
        }
        return a.getClass() == b.getClass();
    }

    // ---- hints ----

    static String didYouMean(String wrong, java.util.Collection<String> candidates) {
        return Suggestions.closest(wrong, candidates).map(s -> "did you mean `" + s + "`?").orElse(null);
    }

    /** A type as messages name it: "a percentage", "a code of `differentiation`", "true/false". */
    static String describe(Type type) {
        if (type instanceof Type.Code code) {
            return "a code of `" + code.codes().owner() + "`";
        }
        if (type instanceof Type.Num num) {
            return switch (num.unit().dimension()) {
                case PERCENT -> "a percentage";
                case TIME -> "a duration in " + num.unit().symbol();
                case LENGTH -> "a length in " + num.unit().symbol();
                case COUNT -> "a count";
                case NONE -> "a number";
            };
        }
        return type.toString();
    }

    static String emptyRangeHint(boolean reversed) {
        return reversed ? "write the lower end first" : "a range whose ends are equal must include both: `[x, x]`";
    }

    private static String hintOr(String hint, String fallback) {
        return hint != null ? hint : fallback;
    }

    static String codesHint(CodeSet codes) {
        return "the codes are " + String.join(", ", codes.names());
    }
}
