package org.guidelang.compiler.diff;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * A checked expression written out as a committee would write it, with names (not their
 * values) and units: two expressions mean the same exactly when their texts are equal, which
 * is how the differ compares conditions without regard to layout or source position.
 */
final class ExprText {
    static String of(CExpr expr) {
        return expr == null ? "" : new ExprText(false).write(expr, 0);
    }

    /** The expression with each parameter written as its value: what it computes, whatever the names. */
    static String valued(CExpr expr) {
        return expr == null ? "" : new ExprText(true).write(expr, 0);
    }

    private final boolean values;

    private ExprText(boolean values) {
        this.values = values;
    }

    private String write(CExpr e, int outer) {
        int level = e.precedence();
        String text = text(e, level);
        return level < outer ? "(" + text + ")" : text;
    }

    private String text(CExpr e, int level) {
        if (e instanceof CExpr.Const c) {
            return constant(c);
        } else if (e instanceof CExpr.InputRef r) {
            return r.input().name();
        } else if (e instanceof CExpr.ParamRef r) {
            return values ? r.param().valueText() : r.param().name();
        } else if (e instanceof CExpr.DefinitionRef r) {
            return r.definition().name();
        } else if (e instanceof CExpr.OutcomeRef r) {
            return r.display();
        } else if (e instanceof CExpr.Or o) {
            return write(o.left(), level) + " or " + write(o.right(), level + 1);
        } else if (e instanceof CExpr.And a) {
            return write(a.left(), level) + " and " + write(a.right(), level + 1);
        } else if (e instanceof CExpr.Not n) {
            return "not " + write(n.operand(), level);
        } else if (e instanceof CExpr.Compare c) {
            return write(c.left(), level + 1) + " " + c.op().symbol() + " " + write(c.right(), level + 1);
        } else if (e instanceof CExpr.Arithmetic a) {
            return write(a.left(), level) + " " + a.op().symbol() + " " + write(a.right(), level + 1);
        } else if (e instanceof CExpr.Negate n) {
            return "-" + write(n.operand(), level);
        } else if (e instanceof CExpr.InRange r) {
            return write(r.operand(), level + 1) + (r.negated() ? " not in " : " in ")
                    + (r.lowClosed() ? "[" : "(") + (r.low() == null ? "*" : write(r.low(), 0)) + ", "
                    + (r.high() == null ? "*" : write(r.high(), 0)) + (r.highClosed() ? "]" : ")");
        } else if (e instanceof CExpr.InSet s) {
            return write(s.operand(), level + 1) + (s.negated() ? " not in {" : " in {")
                    + s.items().stream().map(i -> write(i, 0)).collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof CExpr.IsKnown k) {
            return write(k.operand(), level + 1) + (k.known() ? " is known" : " is missing");
        }
        return "(invalid)";
    }


    static String constant(CExpr.Const c) {
        if (c.value() instanceof BigDecimal d && c.type() instanceof Type.Num num) {
            return (num.unit() == null ? Unit.NONE : num.unit()).format(d);
        }
        return String.valueOf(c.value());
    }
}
