package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/** Evaluates checked expressions with the runtime's operators; Kleene logic over missing values. */
final class Evaluator {
    private final Map<String, ?> patient;
    private final Function<CExpr.OutcomeRef, Val> outcomes;
    private final Function<Definition, Val> definitions;

    Evaluator(Map<String, ?> patient, Function<CExpr.OutcomeRef, Val> outcomes, Function<Definition, Val> definitions) {
        this.patient = patient;
        this.outcomes = outcomes;
        this.definitions = definitions;
    }

    Val eval(CExpr expr) {
        if (expr instanceof CExpr.Const c) {
            return constant(c.value());
        } else if (expr instanceof CExpr.InputRef i) {
            return input(i.input());
        } else if (expr instanceof CExpr.ParamRef p) {
            return constant(p.param().value());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return definitions.apply(d.definition());
        } else if (expr instanceof CExpr.OutcomeRef o) {
            return outcomes.apply(o);
        } else if (expr instanceof CExpr.And a) {
            Val l = eval(a.left());
            Val r = eval(a.right());
            return Val.truth(l.truth().and(r.truth()), Val.missingOf(l, r));
        } else if (expr instanceof CExpr.Or o) {
            Val l = eval(o.left());
            Val r = eval(o.right());
            return Val.truth(l.truth().or(r.truth()), Val.missingOf(l, r));
        } else if (expr instanceof CExpr.Not n) {
            Val v = eval(n.operand());
            return Val.truth(v.truth().not(), v.missing());
        } else if (expr instanceof CExpr.Compare c) {
            return compare(c);
        } else if (expr instanceof CExpr.Arithmetic a) {
            return arithmetic(a);
        } else if (expr instanceof CExpr.Negate n) {
            Val v = eval(n.operand());
            return Val.number(Ops.neg(v.number()), v.missing());
        } else if (expr instanceof CExpr.InRange r) {
            return inRange(r);
        } else if (expr instanceof CExpr.InSet s) {
            return inSet(s);
        } else if (expr instanceof CExpr.IsKnown k) {
            Val v = eval(k.operand());
            return v.isMissing() == k.known() ? Val.FALSE : Val.TRUE;
        }
        throw new IllegalStateException("a checked model has no " + expr.getClass().getSimpleName());
    }

    private static Val constant(Object value) {
        if (value instanceof Boolean b) {
            return Val.truth(Truth.of(b), Set.of());
        }
        if (value instanceof Double d) {
            return Val.number(d, Set.of());
        }
        return Val.code((String) value, Set.of());
    }

    private Val input(InputDecl input) {
        Object value = patient.get(input.name());
        Set<String> missing = Set.of(input.name());
        InputKind kind = input.spec().kind();
        if (kind == InputKind.BOOLEAN) {
            return Val.truth(Ops.truth(value), missing);
        }
        if (kind == InputKind.CODE) {
            return Val.code(value == null ? null : value.toString(), missing);
        }
        return Val.number(Ops.number(value), missing);
    }

    private Val compare(CExpr.Compare c) {
        Val l = eval(c.left());
        Val r = eval(c.right());
        Truth truth;
        if (c.left().type() instanceof Type.Num) {
            double a = in(l.number(), c.left().type(), c.unit());
            double b = in(r.number(), c.right().type(), c.unit());
            truth = switch (c.op()) {
                case LT -> Ops.lt(a, b);
                case LE -> Ops.le(a, b);
                case GT -> Ops.gt(a, b);
                case GE -> Ops.ge(a, b);
                case NE -> Ops.ne(a, b);
                default -> Ops.eq(a, b);
            };
        } else {
            Truth eq = Ops.eq(l.value(), r.value());
            eq = narrowed(narrowed(eq, c.left(), l, List.of(c.right())), c.right(), r,
                    List.of(c.left()));
            truth = c.op() == BinaryOp.NE ? eq.not() : eq;
        }
        return Val.truth(truth, Val.missingOf(l, r));
    }

    private Val arithmetic(CExpr.Arithmetic a) {
        Val l = eval(a.left());
        Val r = eval(a.right());
        Unit result = ((Type.Num) a.type()).unit();
        Unit leftUnit = ((Type.Num) a.left().type()).unit();
        double x;
        double y;
        if (a.op() == BinaryOp.ADD || a.op() == BinaryOp.SUB) {
            x = in(l.number(), a.left().type(), result);
            y = in(r.number(), a.right().type(), result);
        } else if (a.op() == BinaryOp.DIV && result == Unit.NONE && leftUnit != Unit.NONE) {
            x = l.number();
            y = in(r.number(), a.right().type(), leftUnit); // a ratio of like quantities
        } else {
            x = l.number();
            y = r.number();
        }
        double value = switch (a.op()) {
            case ADD -> Ops.add(x, y);
            case SUB -> Ops.sub(x, y);
            case MUL -> Ops.mul(x, y);
            default -> Ops.div(x, y);
        };
        return Val.number(value, Val.missingOf(l, r));
    }

    private Val inRange(CExpr.InRange r) {
        Val x = eval(r.operand());
        Val lo = r.low() == null ? null : eval(r.low());
        Val hi = r.high() == null ? null : eval(r.high());
        double low = lo == null ? Double.NEGATIVE_INFINITY : in(lo.number(), r.low().type(), r.unit());
        double high = hi == null ? Double.POSITIVE_INFINITY : in(hi.number(), r.high().type(), r.unit());
        Truth truth = Ops.in(x.number(), low, r.lowClosed(), high, r.highClosed());
        if (r.negated()) {
            truth = truth.not();
        }
        return Val.truth(truth, Val.missingOf(x, lo == null ? Val.TRUE : lo, hi == null ? Val.TRUE : hi));
    }

    private Val inSet(CExpr.InSet s) {
        Val x = eval(s.operand());
        boolean numeric = s.operand().type() instanceof Type.Num;
        Truth any = Truth.FALSE;
        Set<String> missing = new java.util.HashSet<>(Val.missingOf(x));
        for (CExpr item : s.items()) {
            Val v = eval(item);
            Truth eq = numeric
                    ? Ops.eq(in(x.number(), s.operand().type(), s.unit()), in(v.number(), item.type(), s.unit()))
                    : Ops.eq(x.value(), v.value());
            any = any.or(eq);
            missing.addAll(Val.missingOf(v));
        }
        if (!numeric) {
            any = narrowed(any, s.operand(), x, s.items());
        }
        if (s.negated()) {
            any = any.not();
        }
        return Val.truth(any, missing);
    }

    /**
     * {@code truth} of {@code x in members}, narrowed by the runtime's {@link PossibleCodes} when
     * {@code operand} is an undetermined outcome whose still-possible codes are known and every
     * member is a code constant (as the generated code narrows).
     */
    private static Truth narrowed(Truth truth, CExpr operand, Val x, List<CExpr> members) {
        if (!truth.isUnknown() || !(operand instanceof CExpr.OutcomeRef) || x.possible().isEmpty()) {
            return truth;
        }
        List<Object> codes = new ArrayList<>();
        for (CExpr member : members) {
            if (!(member instanceof CExpr.Const constant)) {
                return truth;
            }
            codes.add(constant.value());
        }
        // Bits over the possible codes themselves, in words of 64: an outcome may have any number of codes.
        long[] possible = new long[(x.possible().size() + 63) / 64];
        long[] in = new long[possible.length];
        for (int i = 0; i < x.possible().size(); i++) {
            possible[i / 64] |= 1L << i;
            if (codes.contains(x.possible().get(i))) {
                in[i / 64] |= 1L << i;
            }
        }
        return PossibleCodes.in(truth, possible, in);
    }

    /** {@code value}, of type {@code type}, expressed in {@code unit}. */
    private static double in(double value, Type type, Unit unit) {
        Unit from = ((Type.Num) type).unit();
        if (from == unit || from == Unit.NONE || unit == Unit.NONE || !from.convertibleTo(unit)) {
            return value;
        }
        return from.convert(value, unit);
    }

    /** The inputs and outcomes an expression reads, with this patient's values (null when missing). */
    Map<String, Object> values(CExpr expr) {
        Map<String, Object> values = new TreeMap<>();
        collect(expr, values);
        return new LinkedHashMap<>(values);
    }

    private void collect(CExpr expr, Map<String, Object> values) {
        if (expr instanceof CExpr.InputRef i) {
            values.put(i.input().name(), patient.get(i.input().name()));
        } else if (expr instanceof CExpr.ParamRef p) {
            values.put(p.param().name(), p.param().value());
        } else if (expr instanceof CExpr.OutcomeRef o) {
            Val v = outcomes.apply(o);
            Object value = v.value() instanceof Truth t ? t.toBoolean()
                    : v.value() == null ? PossibleCodes.shown(v.possible()) : v.value();
            values.put(o.display(), value);
        } else if (expr instanceof CExpr.DefinitionRef d) {
            collect(d.definition().value(), values);
        } else if (expr instanceof CExpr.And a) {
            collect(a.left(), values);
            collect(a.right(), values);
        } else if (expr instanceof CExpr.Or o) {
            collect(o.left(), values);
            collect(o.right(), values);
        } else if (expr instanceof CExpr.Not n) {
            collect(n.operand(), values);
        } else if (expr instanceof CExpr.Compare c) {
            collect(c.left(), values);
            collect(c.right(), values);
        } else if (expr instanceof CExpr.Arithmetic a) {
            collect(a.left(), values);
            collect(a.right(), values);
        } else if (expr instanceof CExpr.Negate n) {
            collect(n.operand(), values);
        } else if (expr instanceof CExpr.InRange r) {
            collect(r.operand(), values);
        } else if (expr instanceof CExpr.InSet s) {
            collect(s.operand(), values);
        } else if (expr instanceof CExpr.IsKnown k) {
            collect(k.operand(), values);
        }
    }
}
