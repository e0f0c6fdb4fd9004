package org.guidelang.compiler.analysis;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.region.ChoiceSet;
import org.guidelang.compiler.region.NumberInterval;
import org.guidelang.compiler.region.NumberSet;
import org.guidelang.compiler.region.Region;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.region.Variable;
import org.guidelang.runtime.Unit;

/**
 * Turns a checked condition into the region of patients (with every value known) where it holds.
 * Exact for comparisons, intervals and sets of one input against constants and parameters (also
 * through arithmetic with constants), codes, booleans, outcomes and {@code and}/{@code or}/
 * {@code not}; definitions are inlined. Any other condition becomes a free true/false
 * {@linkplain Space#condition condition} variable, so that what is proven stays proven.
 */
final class ConditionTranslator {
    private final GuidelineVariables variables;
    private final Space space;
    private final LinearForms linear;
    private Set<Integer> used = new TreeSet<>();
    private boolean readsMissingness;
    private final Map<Definition, Inlined> definitions = new IdentityHashMap<>();

    ConditionTranslator(GuidelineVariables variables) {
        this.variables = variables;
        this.space = variables.space();
        this.linear = new LinearForms(variables);
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

    /** Where {@code e} holds; a condition beyond the analysis becomes a free condition variable. */
    private Region region(CExpr e) {
        try {
            return e.accept(regions);
        } catch (Beyond beyond) {
            Variable condition = variables.condition(e, beyond.getMessage());
            used.add(condition.index());
            return Region.where(space, condition, ChoiceSet.of(0));
        }
    }

    /**
     * Where {@code definition} holds, translated once per space restriction: a table's rules read
     * the same definitions again and again. What it reads counts for each condition that uses it.
     */
    private Region definition(Definition definition) {
        Inlined known = definitions.get(definition);
        if (known == null || known.admissible() != space.admissible()) {
            Set<Integer> outer = used;
            boolean outerReadsMissingness = readsMissingness;
            used = new TreeSet<>();
            readsMissingness = false;
            try {
                Region region = region(definition.value());
                known = new Inlined(region, Set.copyOf(used), readsMissingness, space.admissible());
                definitions.put(definition, known);
            } finally {
                outer.addAll(used);
                used = outer;
                readsMissingness = outerReadsMissingness || readsMissingness;
            }
            return known.region();
        }
        used.addAll(known.variables());
        readsMissingness = readsMissingness || known.readsMissingness();
        return known.region();
    }

    /** A definition's translation, made while the space admitted {@code admissible}. */
    private record Inlined(Region region, Set<Integer> variables, boolean readsMissingness, Region admissible) {}

    private static Beyond notACondition() {
        return new Beyond("the analysis does not read this kind of condition");
    }

    /** The region of each kind of condition; the kinds the analysis does not read throw {@link Beyond}. */
    private final CExpr.Visitor<Region> regions = new CExpr.Visitor<>() {
        @Override
        public Region constant(CExpr.Const e) {
            if (e.value() instanceof Boolean b) {
                return truth(b);
            }
            throw notACondition();
        }

        @Override
        public Region input(CExpr.InputRef e) {
            return choice(variables.input(e.input()), "true");
        }

        @Override
        public Region param(CExpr.ParamRef e) {
            if (e.param().value() instanceof Boolean b) {
                return truth(b);
            }
            throw notACondition();
        }

        @Override
        public Region definition(CExpr.DefinitionRef e) {
            return ConditionTranslator.this.definition(e.definition());
        }

        @Override
        public Region outcome(CExpr.OutcomeRef e) {
            return choice(variables.outcome(e), "true");
        }

        @Override
        public Region and(CExpr.And e) {
            return region(e.left()).and(region(e.right()));
        }

        @Override
        public Region or(CExpr.Or e) {
            return region(e.left()).or(region(e.right()));
        }

        @Override
        public Region not(CExpr.Not e) {
            return region(e.operand()).not();
        }

        @Override
        public Region compare(CExpr.Compare e) {
            return e.left().type() instanceof Type.Num ? numericCompare(e) : equality(e);
        }

        @Override
        public Region arithmetic(CExpr.Arithmetic e) {
            throw notACondition();
        }

        @Override
        public Region negate(CExpr.Negate e) {
            throw notACondition();
        }

        @Override
        public Region inRange(CExpr.InRange e) {
            return ConditionTranslator.this.inRange(e);
        }

        @Override
        public Region inSet(CExpr.InSet e) {
            return ConditionTranslator.this.inSet(e);
        }

        @Override
        public Region isKnown(CExpr.IsKnown e) {
            if (e.operand() instanceof CExpr.InputRef i) {
                // Coverage is proven over known values: there, every input is known.
                used.add(variables.input(i.input()).index());
                readsMissingness = true;
                return truth(e.known());
            }
            throw new Beyond("`is known` and `is missing` are decided only for inputs");
        }

        @Override
        public Region invalid(CExpr.Invalid e) {
            throw notACondition();
        }
    };

    private Region choice(Variable variable, String value) {
        used.add(variable.index());
        int position = variable.choices().indexOf(value);
        return Region.where(space, variable, ChoiceSet.of(position));
    }

    /**
     * {@code left op right} as a test of one input against a decimal threshold, computed exactly
     * ({@link Linear}) and placed among the doubles a patient's number can be ({@link Thresholds}).
     */
    private Region numericCompare(CExpr.Compare c) {
        Linear left = LinearForms.converted(linear.of(c.left()), c.left().type(), c.unit());
        Linear right = LinearForms.converted(linear.of(c.right()), c.right().type(), c.unit());
        Linear difference = left.plus(right.negate());
        if (difference == null) {
            throw new Beyond("it compares two different inputs");
        }
        if (difference.isConstant()) {
            return truth(compareConstants(c.op(), left.offset(), right.offset()));
        }
        BigDecimal a = difference.scale();
        BigDecimal threshold = right.offset().subtract(left.offset()).divide(a, Linear.PRECISION);
        CExpr.CompareOp op = a.signum() < 0 ? flipped(c.op()) : c.op();
        Variable x = difference.variable();
        used.add(x.index());
        NumberInterval interval = switch (op) {
            case LT -> Thresholds.below(threshold, false);
            case LE -> Thresholds.below(threshold, true);
            case GT -> Thresholds.above(threshold, false);
            case GE -> Thresholds.above(threshold, true);
            case EQ, NE -> Thresholds.point(threshold);
        };
        Region at = numbers(x, interval);
        return op == CExpr.CompareOp.NE ? at.not() : at;
    }

    private Region inRange(CExpr.InRange r) {
        Linear x = LinearForms.converted(linear.of(r.operand()), r.operand().type(), r.unit());
        BigDecimal lo = r.low() == null ? null : bound(r.low(), r.unit());
        BigDecimal hi = r.high() == null ? null : bound(r.high(), r.unit());
        Region inside;
        if (x.isConstant()) {
            inside = truth((lo == null || compareConstants(r.lowClosed() ? CExpr.CompareOp.GE : CExpr.CompareOp.GT,
                    x.offset(), lo)) && (hi == null || compareConstants(r.highClosed() ? CExpr.CompareOp.LE
                    : CExpr.CompareOp.LT, x.offset(), hi)));
        } else {
            used.add(x.variable().index());
            BigDecimal a = x.scale();
            BigDecimal from = lo == null ? null : lo.subtract(x.offset()).divide(a, Linear.PRECISION);
            BigDecimal to = hi == null ? null : hi.subtract(x.offset()).divide(a, Linear.PRECISION);
            NumberInterval interval = a.signum() > 0 ? Thresholds.between(from, r.lowClosed(), to, r.highClosed())
                    : Thresholds.between(to, r.highClosed(), from, r.lowClosed());
            inside = numbers(x.variable(), interval);
        }
        return r.negated() ? inside.not() : inside;
    }

    private BigDecimal bound(CExpr bound, Unit unit) {
        Linear value = LinearForms.converted(linear.of(bound), bound.type(), unit);
        if (!value.isConstant()) {
            throw new Beyond("an interval's end depends on an input");
        }
        return value.offset();
    }

    private Region inSet(CExpr.InSet s) {
        Region any = Region.none(space);
        if (s.operand().type() instanceof Type.Num) {
            for (CExpr item : s.items()) {
                any = any.or(numericCompare(new CExpr.Compare(CExpr.CompareOp.EQ, s.operand(), item, s.unit(), s.span())));
            }
        } else {
            for (CExpr item : s.items()) {
                any = any.or(equality(new CExpr.Compare(CExpr.CompareOp.EQ, s.operand(), item, Unit.NONE, s.span())));
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
        return c.op() == CExpr.CompareOp.NE ? equal.not() : equal;
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
            return variables.input(i.input());
        }
        if (e instanceof CExpr.OutcomeRef o) {
            return variables.outcome(o);
        }
        throw new Beyond("the analysis reads codes only of inputs and outcomes");
    }

    private Region numbers(Variable variable, NumberInterval interval) {
        return Region.where(space, variable, NumberSet.of(interval, variable.isWholeNumber()));
    }

    private Region truth(boolean value) {
        return value ? Region.all(space) : Region.none(space);
    }

    private static boolean compareConstants(CExpr.CompareOp op, BigDecimal a, BigDecimal b) {
        int order = a.compareTo(b);
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case NE -> order != 0;
            case EQ -> order == 0;
        };
    }

    private static CExpr.CompareOp flipped(CExpr.CompareOp op) {
        return switch (op) {
            case LT -> CExpr.CompareOp.GT;
            case LE -> CExpr.CompareOp.GE;
            case GT -> CExpr.CompareOp.LT;
            case GE -> CExpr.CompareOp.LE;
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
