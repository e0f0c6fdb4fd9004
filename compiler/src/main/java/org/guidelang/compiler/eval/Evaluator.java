package org.guidelang.compiler.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Quantities;
import org.guidelang.compiler.model.References;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.ExplainedValues;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Ops;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Evaluates checked expressions with the runtime's operators; Kleene logic over missing values.
 * Numbers are decimals ({@link Decimals}), exact as written.
 * {@code completing} reads the patient as a stand-in for its completions, the complete patients
 * it leaves open: {@code is known} and {@code is missing} of a value still missing are then
 * unknown, since every completion gives it one, rather than decided by the record as it is.
 */
final class Evaluator {
    private final Map<String, ?> patient;
    private final Function<CExpr.OutcomeRef, Val> outcomes;
    private final Function<Definition, Val> definitions;
    private final boolean completing;
    // Each input's value, read once per patient: making a double's decimal is not free.
    private final Map<String, Val> inputs = new HashMap<>();
    // Told the truth of every boolean node as it is evaluated, or null when nobody records it.
    private final ConditionValues.Recorder recorder;

    Evaluator(Map<String, ?> patient, Function<CExpr.OutcomeRef, Val> outcomes, Function<Definition, Val> definitions) {
        this(patient, outcomes, definitions, false, null);
    }

    Evaluator(Map<String, ?> patient, Function<CExpr.OutcomeRef, Val> outcomes, Function<Definition, Val> definitions,
            boolean completing, ConditionValues.Recorder recorder) {
        this.patient = patient;
        this.outcomes = outcomes;
        this.definitions = definitions;
        this.completing = completing;
        this.recorder = recorder;
    }

    Val eval(CExpr expr) {
        Val value = expr.accept(values);
        if (recorder != null && value.value() instanceof Truth truth) {
            recorder.saw(expr, truth);
        }
        return value;
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
            return Val.number(Decimals.neg(v.number()), v.missing());
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
        if (value instanceof BigDecimal d) {
            return Val.number(d, Set.of());
        }
        return Val.code((String) value, Set.of());
    }

    private Val input(InputDecl input) {
        Val known = inputs.get(input.name());
        if (known == null) {
            known = read(input);
            inputs.put(input.name(), known);
        }
        return known;
    }

    private Val read(InputDecl input) {
        Object value = patient.get(input.name());
        Set<String> missing = Set.of(input.name());
        InputKind kind = input.spec().kind();
        if (kind == InputKind.BOOLEAN) {
            return Val.truth(Ops.truth(value), missing);
        }
        if (kind == InputKind.CODE) {
            return Val.code(value == null ? null : value.toString(), missing);
        }
        return Val.number(Decimals.number(value), missing);
    }

    private Val compare(CExpr.Compare c) {
        Val l = eval(c.left());
        Val r = eval(c.right());
        Truth truth;
        if (c.left().type() instanceof Type.Num) {
            boolean ticks = Quantities.meetInTicks(c.unit(), c.left(), c.right());
            BigDecimal a = operand(l, c.left(), ticks, c.unit());
            BigDecimal b = operand(r, c.right(), ticks, c.unit());
            truth = switch (c.op()) {
                case LT -> Decimals.lt(a, b);
                case LE -> Decimals.le(a, b);
                case GT -> Decimals.gt(a, b);
                case GE -> Decimals.ge(a, b);
                case NE -> Decimals.ne(a, b);
                default -> Decimals.eq(a, b);
            };
        } else {
            Truth eq = Ops.eq(l.value(), r.value());
            eq = narrowed(narrowed(eq, c.left(), l, List.of(c.right())), c.right(), r,
                    List.of(c.left()));
            truth = c.op() == CExpr.CompareOp.NE ? eq.not() : eq;
        }
        return Val.truth(truth, Val.missingOf(l, r));
    }

    /** Operands of a sum are converted to its unit; a ratio of quantities is their exact quotient. */
    private Val arithmetic(CExpr.Arithmetic a) {
        Val l = eval(a.left());
        Val r = eval(a.right());
        Unit result = Quantities.unitOf(a);
        BigDecimal x = l.number();
        BigDecimal y = r.number();
        BigDecimal value = switch (a.op()) {
            case ADD -> Decimals.add(in(x, a.left(), result), in(y, a.right(), result));
            case SUB -> Decimals.sub(in(x, a.left(), result), in(y, a.right(), result));
            case MUL -> Decimals.mul(x, y);
            case DIV -> {
                Unit left = Quantities.unitOf(a.left());
                boolean ticks = Quantities.isRatio(a) && Quantities.meetInTicks(left, a.right());
                yield Decimals.div(operand(l, a.left(), ticks, left), operand(r, a.right(), ticks, left));
            }
        };
        return Val.number(value, Val.missingOf(l, r));
    }

    private Val inRange(CExpr.InRange r) {
        Val x = eval(r.operand());
        Val lo = r.low() == null ? null : eval(r.low());
        Val hi = r.high() == null ? null : eval(r.high());
        boolean ticks = Quantities.meetInTicks(r.unit(), r.operand(), r.low(), r.high());
        BigDecimal value = operand(x, r.operand(), ticks, r.unit());
        Truth truth;
        if (lo == null && hi == null) {
            truth = Decimals.inAll(value);
        } else {
            BigDecimal low = lo == null ? null : operand(lo, r.low(), ticks, r.unit());
            BigDecimal high = hi == null ? null : operand(hi, r.high(), ticks, r.unit());
            Truth above = lo == null ? Truth.TRUE : r.lowClosed() ? Decimals.ge(value, low) : Decimals.gt(value, low);
            Truth below = hi == null ? Truth.TRUE : r.highClosed() ? Decimals.le(value, high) : Decimals.lt(value, high);
            truth = above.and(below);
        }
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
            Truth eq;
            if (numeric) {
                boolean ticks = Quantities.meetInTicks(s.unit(), s.operand(), item);
                eq = Decimals.eq(operand(x, s.operand(), ticks, s.unit()), operand(v, item, ticks, s.unit()));
            } else {
                eq = Ops.eq(x.value(), v.value());
            }
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

    /** An operand's number as it meets the others in {@code unit}: as it is, or as exact ticks (see {@link Quantities}). */
    private static BigDecimal operand(Val value, CExpr expr, boolean ticks, Unit unit) {
        return ticks ? Quantities.tickUnit(expr, unit).toTicks(value.number()) : value.number();
    }

    /** A number, of {@code expr}'s unit, expressed in {@code unit} (see {@link Unit#convert(BigDecimal, Unit)}). */
    private static BigDecimal in(BigDecimal value, CExpr expr, Unit unit) {
        Unit from = Quantities.unitOf(expr);
        return Unit.converts(from, unit) ? from.convert(value, unit) : value;
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
                values.put(ref.param().name(), ExplainedValues.plain(ref.param().value()));
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
