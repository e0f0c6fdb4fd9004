package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.References;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Evaluates checked expressions with the runtime's operators; Kleene logic over missing values.
 * {@code completing} reads the patient as a stand-in for its completions, the complete patients
 * it leaves open: {@code is known} and {@code is missing} of a value still missing are then
 * unknown, since every completion gives it one, rather than decided by the record as it is.
 */
final class Evaluator {
    private final Map<String, ?> patient;
    private final Function<CExpr.OutcomeRef, Val> outcomes;
    private final Function<Definition, Val> definitions;
    private final boolean completing;

    Evaluator(Map<String, ?> patient, Function<CExpr.OutcomeRef, Val> outcomes, Function<Definition, Val> definitions) {
        this(patient, outcomes, definitions, false);
    }

    Evaluator(Map<String, ?> patient, Function<CExpr.OutcomeRef, Val> outcomes, Function<Definition, Val> definitions,
            boolean completing) {
        this.patient = patient;
        this.outcomes = outcomes;
        this.definitions = definitions;
        this.completing = completing;
    }

    Val eval(CExpr expr) {
        return expr.accept(values);
    }

    /** The value of each kind of node, with the runtime's operators. */
    private final CExpr.Visitor<Val> values = new CExpr.Visitor<>() {
        @Override
        public Val constant(CExpr.Const e) {
            return Evaluator.constant(e.value());
        }

        @Override
        public Val input(CExpr.InputRef e) {
            return Evaluator.this.input(e.input());
        }

        @Override
        public Val param(CExpr.ParamRef e) {
            return Evaluator.constant(e.param().value());
        }

        @Override
        public Val definition(CExpr.DefinitionRef e) {
            return definitions.apply(e.definition());
        }

        @Override
        public Val outcome(CExpr.OutcomeRef e) {
            return outcomes.apply(e);
        }

        @Override
        public Val and(CExpr.And e) {
            Val l = eval(e.left());
            Val r = eval(e.right());
            return Val.truth(l.truth().and(r.truth()), Val.missingOf(l, r));
        }

        @Override
        public Val or(CExpr.Or e) {
            Val l = eval(e.left());
            Val r = eval(e.right());
            return Val.truth(l.truth().or(r.truth()), Val.missingOf(l, r));
        }

        @Override
        public Val not(CExpr.Not e) {
            Val v = eval(e.operand());
            return Val.truth(v.truth().not(), v.missing());
        }

        @Override
        public Val compare(CExpr.Compare e) {
            return Evaluator.this.compare(e);
        }

        @Override
        public Val arithmetic(CExpr.Arithmetic e) {
            return Evaluator.this.arithmetic(e);
        }

        @Override
        public Val negate(CExpr.Negate e) {
            Val v = eval(e.operand());
            return Val.number(Ops.neg(v.number()), v.missing());
        }

        @Override
        public Val inRange(CExpr.InRange e) {
            return Evaluator.this.inRange(e);
        }

        @Override
        public Val inSet(CExpr.InSet e) {
            return Evaluator.this.inSet(e);
        }

        @Override
        public Val isKnown(CExpr.IsKnown e) {
            Val v = eval(e.operand());
            if (completing && v.isMissing() && !v.missing().isEmpty()) {
                return Val.truth(Truth.UNKNOWN, v.missing()); // the inputs it lacks get values in every completion
            }
            return v.isMissing() == e.known() ? Val.FALSE : Val.TRUE;
        }

        @Override
        public Val invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
        }
    };

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
            truth = c.op() == CExpr.CompareOp.NE ? eq.not() : eq;
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
        if (a.op() == CExpr.ArithmeticOp.ADD || a.op() == CExpr.ArithmeticOp.SUB) {
            x = in(l.number(), a.left().type(), result);
            y = in(r.number(), a.right().type(), result);
        } else if (a.op() == CExpr.ArithmeticOp.DIV && result == Unit.NONE && leftUnit != Unit.NONE) {
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
        References.read(expr, new References.Reader() {
            @Override
            public void input(CExpr.InputRef ref) {
                values.put(ref.input().name(), patient.get(ref.input().name()));
            }

            @Override
            public void param(CExpr.ParamRef ref) {
                values.put(ref.param().name(), ref.param().value());
            }

            @Override
            public void outcome(CExpr.OutcomeRef ref) {
                Val v = outcomes.apply(ref);
                Object value = v.value() instanceof Truth t ? t.toBoolean()
                        : v.value() == null ? PossibleCodes.shown(v.possible()) : v.value();
                values.put(ref.display(), value);
            }

            @Override
            public boolean definition(CExpr.DefinitionRef ref) {
                return true; // an explanation shows what the definition reads, not the definition
            }
        });
        return new LinkedHashMap<>(values);
    }
}
