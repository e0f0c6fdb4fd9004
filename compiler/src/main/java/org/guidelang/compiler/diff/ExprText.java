package org.guidelang.compiler.diff;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * A checked expression written out as a committee would write it, with names (not their
 * values) and units, whatever its layout or source position. Equal texts mean equal
 * expressions, but not the other way round: {@code a and b} and {@code b and a} mean the same
 * and read differently, so the differ reports such a rewrite as a change, for a reviewer to read.
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
        String text = e.accept(new Text(level));
        return level < outer ? "(" + text + ")" : text;
    }

    /** Each kind of node in words, its operands written at {@code level} (its own precedence). */
    private final class Text implements CExpr.Visitor<String> {
        private final int level;

        Text(int level) {
            this.level = level;
        }

        @Override
        public String constant(CExpr.Const e) {
            return ExprText.constant(e);
        }

        @Override
        public String input(CExpr.InputRef e) {
            return e.input().name();
        }

        @Override
        public String param(CExpr.ParamRef e) {
            return values ? e.param().valueText() : e.param().name();
        }

        @Override
        public String definition(CExpr.DefinitionRef e) {
            return e.definition().name();
        }

        @Override
        public String outcome(CExpr.OutcomeRef e) {
            return e.display();
        }

        @Override
        public String and(CExpr.And e) {
            return write(e.left(), level) + " and " + write(e.right(), level + 1);
        }

        @Override
        public String or(CExpr.Or e) {
            return write(e.left(), level) + " or " + write(e.right(), level + 1);
        }

        @Override
        public String not(CExpr.Not e) {
            return "not " + write(e.operand(), level);
        }

        @Override
        public String compare(CExpr.Compare e) {
            return write(e.left(), level + 1) + " " + e.op().symbol() + " " + write(e.right(), level + 1);
        }

        @Override
        public String arithmetic(CExpr.Arithmetic e) {
            return write(e.left(), level) + " " + e.op().symbol() + " " + write(e.right(), level + 1);
        }

        @Override
        public String negate(CExpr.Negate e) {
            return "-" + write(e.operand(), level);
        }

        @Override
        public String inRange(CExpr.InRange e) {
            return write(e.operand(), level + 1) + (e.negated() ? " not in " : " in ")
                    + (e.lowClosed() ? "[" : "(") + (e.low() == null ? "*" : write(e.low(), 0)) + ", "
                    + (e.high() == null ? "*" : write(e.high(), 0)) + (e.highClosed() ? "]" : ")");
        }

        @Override
        public String inSet(CExpr.InSet e) {
            return write(e.operand(), level + 1) + (e.negated() ? " not in {" : " in {")
                    + e.items().stream().map(i -> write(i, 0)).collect(Collectors.joining(", ")) + "}";
        }

        @Override
        public String isKnown(CExpr.IsKnown e) {
            return write(e.operand(), level + 1) + (e.known() ? " is known" : " is missing");
        }

        @Override
        public String invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
        }
    }

    static String constant(CExpr.Const c) {
        if (c.value() instanceof BigDecimal d && c.type() instanceof Type.Num num) {
            return (num.unit() == null ? Unit.NONE : num.unit()).format(d);
        }
        return String.valueOf(c.value());
    }
}
