package org.guidelang.compiler.analysis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * Turns a checked condition into the region of patients (with every value known) where it holds.
 * Exact for comparisons, intervals and sets of one input against constants and parameters (also
 * through arithmetic with constants), codes, booleans, outcomes and {@code and}/{@code or}/
 * {@code not}; definitions are inlined. Any other condition becomes a free true/false
 * {@linkplain Space#opaque opaque} variable, so that what is proven stays proven.
 */
final class ConditionTranslator {
    private final Space space;
    private Set<Integer> used = new TreeSet<>();
    private boolean readsMissingness;

    ConditionTranslator(Space space) {
        this.space = space;
    }

    /** Where {@code condition} holds, and which variables it reads. */
    Translation translate(CExpr condition) {
        used = new TreeSet<>();
        readsMissingness = false;
        Region region = region(condition);
        if (space.admissible() != null) {
            region = region.and(space.admissible()); // only patients that satisfy the constraints count
        }
        return new Translation(region, Set.copyOf(used), readsMissingness);
    }

    /**
     * A condition's region over known values. {@code readsMissingness} is set when the condition
     * asks {@code is known} or {@code is missing} of an input: over known values those are
     * constant, so claims that it never or always holds would be about the wrong patients.
     */
    record Translation(Region region, Set<Integer> variables, boolean readsMissingness) {}

    private Region region(CExpr e) {
        if (e instanceof CExpr.Const c && c.value() instanceof Boolean b) {
            return b ? Region.all(space) : Region.none(space);
        } else if (e instanceof CExpr.ParamRef p && p.param().value() instanceof Boolean b) {
            return b ? Region.all(space) : Region.none(space);
        } else if (e instanceof CExpr.InputRef i) {
            return choice(space.input(i.input()), "true");
        } else if (e instanceof CExpr.OutcomeRef o) {
            return choice(space.outcome(o), "true");
        } else if (e instanceof CExpr.DefinitionRef d) {
            return region(d.definition().value());
        } else if (e instanceof CExpr.And a) {
            return region(a.left()).and(region(a.right()));
        } else if (e instanceof CExpr.Or o) {
            return region(o.left()).or(region(o.right()));
        } else if (e instanceof CExpr.Not n) {
            return region(n.operand()).not();
        }
        try {
            return atom(e);
        } catch (Beyond beyond) {
            Variable opaque = space.opaque(e, beyond.getMessage());
            used.add(opaque.index());
            return Region.of(space, Box.restrict(opaque, Choices.of(0)));
        }
    }

    private Region atom(CExpr e) {
        if (e instanceof CExpr.Compare c) {
            return c.left().type() instanceof Type.Num ? numericCompare(c) : equality(c);
        } else if (e instanceof CExpr.InRange r) {
            return inRange(r);
        } else if (e instanceof CExpr.InSet s) {
            return inSet(s);
        } else if (e instanceof CExpr.IsKnown k) {
            if (k.operand() instanceof CExpr.InputRef i) {
                // Coverage is proven over known values: there, every input is known.
                used.add(space.input(i.input()).index());
                readsMissingness = true;
                return k.known() ? Region.all(space) : Region.none(space);
            }
            throw new Beyond("`is known` and `is missing` are decided only for inputs");
        }
        throw new Beyond("the analysis does not read this kind of condition");
    }

    private Region choice(Variable variable, String value) {
        used.add(variable.index());
        int position = variable.choices().indexOf(value);
        return Region.of(space, Box.restrict(variable, Choices.of(position)));
    }

    private Region numericCompare(CExpr.Compare c) {
        Linear left = converted(linear(c.left()), c.left().type(), c.unit());
        Linear right = converted(linear(c.right()), c.right().type(), c.unit());
        Linear difference = left.plus(right.negate());
        if (difference == null) {
            throw new Beyond("it compares two different inputs");
        }
        if (difference.isConstant()) {
            return truth(compareConstants(c.op(), left.offset(), right.offset()));
        }
        double a = difference.scale();
        double threshold = (right.offset() - left.offset()) / a;
        BinaryOp op = a < 0 ? flipped(c.op()) : c.op();
        Variable x = difference.variable();
        used.add(x.index());
        Interval interval = switch (op) {
            case LT -> Interval.below(threshold, false);
            case LE -> Interval.below(threshold, true);
            case GT -> Interval.above(threshold, false);
            case GE -> Interval.above(threshold, true);
            default -> Interval.point(threshold);
        };
        Region at = numbers(x, interval);
        return op == BinaryOp.NE ? at.not() : at;
    }

    private Region inRange(CExpr.InRange r) {
        Linear x = converted(linear(r.operand()), r.operand().type(), r.unit());
        double lo = r.low() == null ? Double.NEGATIVE_INFINITY : bound(r.low(), r.unit());
        double hi = r.high() == null ? Double.POSITIVE_INFINITY : bound(r.high(), r.unit());
        Region inside;
        if (x.isConstant()) {
            inside = truth(new Interval(lo, r.lowClosed(), hi, r.highClosed()).contains(x.offset()));
        } else {
            used.add(x.variable().index());
            double a = x.scale();
            double from = (lo - x.offset()) / a;
            double to = (hi - x.offset()) / a;
            Interval interval = a > 0 ? new Interval(from, r.lowClosed(), to, r.highClosed())
                    : new Interval(to, r.highClosed(), from, r.lowClosed());
            inside = numbers(x.variable(), interval);
        }
        return r.negated() ? inside.not() : inside;
    }

    private double bound(CExpr bound, Unit unit) {
        Linear value = converted(linear(bound), bound.type(), unit);
        if (!value.isConstant()) {
            throw new Beyond("an interval's end depends on an input");
        }
        return value.offset();
    }

    private Region inSet(CExpr.InSet s) {
        Region any = Region.none(space);
        if (s.operand().type() instanceof Type.Num) {
            for (CExpr item : s.items()) {
                any = any.or(numericCompare(new CExpr.Compare(BinaryOp.EQ, s.operand(), item, s.unit(), s.span())));
            }
        } else {
            for (CExpr item : s.items()) {
                any = any.or(equality(new CExpr.Compare(BinaryOp.EQ, s.operand(), item, Unit.NONE, s.span())));
            }
        }
        return s.negated() ? any.not() : any;
    }

    /** {@code =} or {@code !=} of codes or booleans. */
    private Region equality(CExpr.Compare c) {
        Region equal;
        if (c.left().type() instanceof Type.Bool) {
            Region p = region(c.left());
            Region q = region(c.right());
            equal = p.and(q).or(p.not().and(q.not()));
        } else {
            equal = codeEquality(c.left(), c.right());
        }
        return c.op() == BinaryOp.NE ? equal.not() : equal;
    }

    private Region codeEquality(CExpr left, CExpr right) {
        if (left instanceof CExpr.Const a && right instanceof CExpr.Const b) {
            return truth(a.value().equals(b.value()));
        }
        if (right instanceof CExpr.Const constant) {
            return choice(codeVariable(left), (String) constant.value());
        }
        if (left instanceof CExpr.Const constant) {
            return choice(codeVariable(right), (String) constant.value());
        }
        throw new Beyond("it compares two codes that are both unknown at compile time");
    }

    private Variable codeVariable(CExpr e) {
        if (e instanceof CExpr.InputRef i) {
            return space.input(i.input());
        }
        if (e instanceof CExpr.OutcomeRef o) {
            return space.outcome(o);
        }
        throw new Beyond("the analysis reads codes only of inputs and outcomes");
    }

    private Region numbers(Variable variable, Interval interval) {
        return Region.of(space, Box.restrict(variable, Numbers.of(interval, variable.isInteger())));
    }

    private Region truth(boolean value) {
        return value ? Region.all(space) : Region.none(space);
    }

    /** A numeric expression in its own type's unit, as a linear form of at most one input. */
    private Linear linear(CExpr e) {
        if (e instanceof CExpr.Const c) {
            return Linear.constant((Double) c.value());
        } else if (e instanceof CExpr.ParamRef p) {
            return Linear.constant((Double) p.param().value());
        } else if (e instanceof CExpr.InputRef i) {
            return Linear.of(space.input(i.input()));
        } else if (e instanceof CExpr.DefinitionRef d) {
            return linear(d.definition().value());
        } else if (e instanceof CExpr.Negate n) {
            return linear(n.operand()).negate();
        } else if (e instanceof CExpr.Arithmetic a) {
            return arithmetic(a);
        }
        throw new Beyond("the analysis does not read this kind of number");
    }

    /** Mirrors the interpreter's unit handling of {@code + - * /}. */
    private Linear arithmetic(CExpr.Arithmetic a) {
        Unit result = ((Type.Num) a.type()).unit();
        Unit leftUnit = ((Type.Num) a.left().type()).unit();
        Linear left = linear(a.left());
        Linear right = linear(a.right());
        switch (a.op()) {
            case ADD, SUB -> {
                Linear x = converted(left, a.left().type(), result);
                Linear y = converted(right, a.right().type(), result);
                Linear sum = x.plus(a.op() == BinaryOp.ADD ? y : y.negate());
                if (sum == null) {
                    throw new Beyond("arithmetic over several inputs");
                }
                return sum;
            }
            case MUL -> {
                if (right.isConstant()) {
                    return left.times(right.offset());
                }
                if (left.isConstant()) {
                    return right.times(left.offset());
                }
                throw new Beyond("it multiplies inputs together");
            }
            default -> {
                Linear divisor = result == Unit.NONE && leftUnit != Unit.NONE
                        ? converted(right, a.right().type(), leftUnit)
                        : right;
                if (!divisor.isConstant()) {
                    throw new Beyond("it divides by an input");
                }
                if (divisor.offset() == 0) {
                    throw new Beyond("it divides by zero, which leaves it undetermined");
                }
                return left.times(1 / divisor.offset());
            }
        }
    }

    /** {@code value}, of {@code type}, expressed in {@code unit}, as the interpreter converts it. */
    private static Linear converted(Linear value, Type type, Unit unit) {
        Unit from = ((Type.Num) type).unit();
        if (from == unit || from == Unit.NONE || unit == Unit.NONE || !from.convertibleTo(unit)) {
            return value;
        }
        return new Linear(value.variable(), from.convert(value.scale(), unit), from.convert(value.offset(), unit));
    }

    private static boolean compareConstants(BinaryOp op, double a, double b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case NE -> a != b;
            default -> a == b;
        };
    }

    private static BinaryOp flipped(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    /** Signals a condition beyond the analysis; the message says why. */
    static final class Beyond extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Beyond(String reason) {
            super(reason, null, false, false);
        }
    }

}
