package org.guidelang.compiler.html;

import java.math.BigDecimal;
import java.util.List;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * Writes checked expressions as clinicians read them: {@code ki67 > 20%}, {@code age < 60 years},
 * {@code 3% ≤ ki67 ≤ 20%}, {@code who.grade ∈ {NET G1, NET G2}}; as escaped HTML with links to
 * where each name is declared, or as plain text for diagrams.
 */
final class Notation {
    private final Anchors anchors;

    Notation(Anchors anchors) {
        this.anchors = anchors;
    }

    /** Where names are declared; null when a name has no anchor on the page. */
    interface Anchors {
        String input(String name);

        String param(String name);

        String definition(org.guidelang.compiler.model.Definition definition);

        String outcome(CExpr.OutcomeRef ref);
    }

    Html html(CExpr expr) {
        NotationSink.Markup sink = new NotationSink.Markup();
        write(expr, 0, sink);
        return new Html(sink.out.toString());
    }

    String text(CExpr expr) {
        NotationSink.Text sink = new NotationSink.Text();
        write(expr, 0, sink);
        return sink.out.toString();
    }

    /**
     * A condition in the column of the one name it tests, as a decision table's cell: {@code =
     * POOR}, {@code < 3%}, {@code 3% to 20%}, {@code NET G1 or NET G2}, {@code yes}. A condition that
     * is not a simple test of that name is written whole.
     */
    Html cell(CExpr part) {
        NotationSink.Markup sink = new NotationSink.Markup();
        if (isName(part) && part.type() instanceof Type.Bool) {
            sink.literal("yes");
        } else if (part instanceof CExpr.Not n && isName(n.operand())) {
            sink.literal("no");
        } else if (part instanceof CExpr.Compare c && isName(c.left()) && !isName(c.right())) {
            sink.op(symbol(c.op()) + " ");
            write(c.right(), 5, sink);
        } else if (part instanceof CExpr.InRange r && isName(r.operand()) && !r.negated()) {
            rangeCell(r, sink);
        } else if (part instanceof CExpr.InSet set && isName(set.operand())) {
            sink.op(set.negated() ? "not " : "");
            for (int i = 0; i < set.items().size(); i++) {
                sink.op(i == 0 ? "" : set.negated() ? " nor " : " or ");
                write(set.items().get(i), 5, sink);
            }
        } else if (part instanceof CExpr.IsKnown k && isName(k.operand())) {
            sink.op(k.known() ? "known" : "missing");
        } else {
            write(part, 0, sink);
        }
        return new Html(sink.out.toString());
    }

    private void rangeCell(CExpr.InRange r, NotationSink sink) {
        if (r.low() != null && r.high() != null && r.lowClosed() && r.highClosed()) {
            write(r.low(), 5, sink);
            sink.op(" to ");
            write(r.high(), 5, sink);
            return;
        }
        if (r.low() != null) {
            sink.op(r.lowClosed() ? "≥ " : "> ");
            write(r.low(), 5, sink);
        }
        if (r.high() != null) {
            sink.op(r.low() != null ? " and " : "");
            sink.op(r.highClosed() ? "≤ " : "< ");
            write(r.high(), 5, sink);
        }
    }

    private static boolean isName(CExpr expr) {
        return expr instanceof CExpr.InputRef || expr instanceof CExpr.DefinitionRef || expr instanceof CExpr.OutcomeRef;
    }

    /** A code as a clinician writes it: {@code NET_G1} becomes {@code NET G1}. */
    static String codeName(String code) {
        return code.replace('_', ' ');
    }

    private void write(CExpr expr, int context, NotationSink sink) {
        int own = expr.precedence();
        boolean parens = own < context;
        if (parens) {
            sink.op("(");
        }
        if (expr instanceof CExpr.Const c) {
            constant(c.value(), c.type(), sink);
        } else if (expr instanceof CExpr.InputRef i) {
            sink.name(i.input().name(), anchors.input(i.input().name()), i.input().spec().description());
        } else if (expr instanceof CExpr.ParamRef p) {
            // A threshold reads as its value (age < 60 years), linked to where its source and rationale are.
            sink.param(p.param().valueText(), anchors.param(p.param().name()), p.param().name());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            sink.name(d.definition().name(), anchors.definition(d.definition()), d.definition().label());
        } else if (expr instanceof CExpr.OutcomeRef o) {
            sink.name(o.display(), anchors.outcome(o), o.outcome().label());
        } else if (expr instanceof CExpr.And a) {
            binary(a.left(), " and ", a.right(), own, sink);
        } else if (expr instanceof CExpr.Or o) {
            binary(o.left(), " or ", o.right(), own, sink);
        } else if (expr instanceof CExpr.Not n) {
            sink.op("not ");
            write(n.operand(), own + 1, sink);
        } else if (expr instanceof CExpr.Compare c) {
            binary(c.left(), " " + symbol(c.op()) + " ", c.right(), own + 1, sink);
        } else if (expr instanceof CExpr.Arithmetic a) {
            write(a.left(), own, sink);
            sink.op(" " + symbol(a.op()) + " ");
            write(a.right(), own + 1, sink);
        } else if (expr instanceof CExpr.Negate n) {
            sink.op("−");
            write(n.operand(), own + 1, sink);
        } else if (expr instanceof CExpr.InRange r) {
            range(r, own, sink);
        } else if (expr instanceof CExpr.InSet s) {
            set(s, own, sink);
        } else if (expr instanceof CExpr.IsKnown k) {
            write(k.operand(), own + 1, sink);
            sink.op(k.known() ? " is known" : " is missing");
        } else {
            sink.op("?"); // an Invalid expression never reaches a back end: the compilation had errors
        }
        if (parens) {
            sink.op(")");
        }
    }

    private void binary(CExpr left, String op, CExpr right, int context, NotationSink sink) {
        write(left, context, sink);
        sink.op(op);
        write(right, context, sink);
    }

    /** {@code 3% ≤ ki67 ≤ 20%}, {@code ki67 ≥ 3%}; a negated range as {@code ki67 ∉ [3%, 20%]}. */
    private void range(CExpr.InRange r, int own, NotationSink sink) {
        if (r.negated()) {
            write(r.operand(), own + 1, sink);
            sink.op(" ∉ " + (r.lowClosed() ? "[" : "("));
            bound(r.low(), sink);
            sink.op(", ");
            bound(r.high(), sink);
            sink.op(r.highClosed() ? "]" : ")");
            return;
        }
        if (r.low() != null) {
            write(r.low(), own + 1, sink);
            sink.op(r.lowClosed() ? " ≤ " : " < ");
        }
        write(r.operand(), own + 1, sink);
        if (r.high() != null) {
            sink.op(r.highClosed() ? " ≤ " : " < ");
            write(r.high(), own + 1, sink);
        }
    }

    private void bound(CExpr bound, NotationSink sink) {
        if (bound == null) {
            sink.op("*");
        } else {
            write(bound, 0, sink);
        }
    }

    private void set(CExpr.InSet s, int own, NotationSink sink) {
        write(s.operand(), own + 1, sink);
        sink.op(s.negated() ? " ∉ {" : " ∈ {");
        List<CExpr> items = s.items();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sink.op(", ");
            }
            write(items.get(i), 0, sink);
        }
        sink.op("}");
    }

    private static void constant(Object value, Type type, NotationSink sink) {
        if (value instanceof BigDecimal d && type instanceof Type.Num num) {
            sink.literal(num.unit().format(d));
        } else if (value instanceof BigDecimal d) {
            sink.literal(Unit.NONE.format(d));
        } else if (value instanceof Boolean b) {
            sink.literal(b ? "yes" : "no");
        } else if (type instanceof Type.Code code) {
            String name = String.valueOf(value);
            CodeSet codes = code.codes();
            String label = codes.code(name).map(CodeSet.Code::label).filter(l -> !l.equals(name)).orElse(null);
            sink.code(codeName(name), label);
        } else {
            sink.literal(String.valueOf(value));
        }
    }


    static String symbol(BinaryOp op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "≤";
            case GT -> ">";
            case GE -> "≥";
            case EQ -> "=";
            case NE -> "≠";
            case ADD -> "+";
            case SUB -> "−";
            case MUL -> "×";
            case DIV -> "÷";
            case AND -> "and";
            case OR -> "or";
        };
    }
}
