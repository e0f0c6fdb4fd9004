package org.guidelang.compiler.html;

import java.math.BigDecimal;
import java.util.List;
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
        expr.accept(new Writer(own, sink));
        if (parens) {
            sink.op(")");
        }
    }

    /** Writes each kind of node to {@code sink}, its operands in the context of {@code own} precedence. */
    private final class Writer implements CExpr.Visitor<Void> {
        private final int own;
        private final NotationSink sink;

        Writer(int own, NotationSink sink) {
            this.own = own;
            this.sink = sink;
        }

        @Override
        public Void constant(CExpr.Const e) {
            Notation.constant(e.value(), e.type(), sink);
            return null;
        }

        @Override
        public Void input(CExpr.InputRef e) {
            sink.name(e.input().name(), anchors.input(e.input().name()), e.input().spec().description());
            return null;
        }

        /** A threshold reads as its value (age < 60 years), linked to where its source and rationale are. */
        @Override
        public Void param(CExpr.ParamRef e) {
            sink.param(e.param().valueText(), anchors.param(e.param().name()), e.param().name());
            return null;
        }

        @Override
        public Void definition(CExpr.DefinitionRef e) {
            sink.name(e.definition().name(), anchors.definition(e.definition()), e.definition().label());
            return null;
        }

        @Override
        public Void outcome(CExpr.OutcomeRef e) {
            sink.name(e.display(), anchors.outcome(e), e.outcome().label());
            return null;
        }

        @Override
        public Void and(CExpr.And e) {
            binary(e.left(), " and ", e.right(), own, sink);
            return null;
        }

        @Override
        public Void or(CExpr.Or e) {
            binary(e.left(), " or ", e.right(), own, sink);
            return null;
        }

        @Override
        public Void not(CExpr.Not e) {
            sink.op("not ");
            write(e.operand(), own + 1, sink);
            return null;
        }

        @Override
        public Void compare(CExpr.Compare e) {
            binary(e.left(), " " + symbol(e.op()) + " ", e.right(), own + 1, sink);
            return null;
        }

        @Override
        public Void arithmetic(CExpr.Arithmetic e) {
            write(e.left(), own, sink);
            sink.op(" " + symbol(e.op()) + " ");
            write(e.right(), own + 1, sink);
            return null;
        }

        @Override
        public Void negate(CExpr.Negate e) {
            sink.op("−");
            write(e.operand(), own + 1, sink);
            return null;
        }

        @Override
        public Void inRange(CExpr.InRange e) {
            range(e, own, sink);
            return null;
        }

        @Override
        public Void inSet(CExpr.InSet e) {
            set(e, own, sink);
            return null;
        }

        @Override
        public Void isKnown(CExpr.IsKnown e) {
            write(e.operand(), own + 1, sink);
            sink.op(e.known() ? " is known" : " is missing");
            return null;
        }

        /** Never written: the site is built only from guidelines without errors. */
        @Override
        public Void invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
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


    static String symbol(CExpr.CompareOp op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "≤";
            case GT -> ">";
            case GE -> "≥";
            case EQ -> "=";
            case NE -> "≠";
        };
    }

    static String symbol(CExpr.ArithmeticOp op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "−";
            case MUL -> "×";
            case DIV -> "÷";
        };
    }
}
