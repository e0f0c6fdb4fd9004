package org.guidelang.compiler.analysis;

import java.math.BigDecimal;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Quantities;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * Reads a numeric expression as a {@link Linear} form of at most one input, in its own type's
 * unit: constants, parameters, inputs, definitions (inlined), negation and arithmetic with
 * constants. Anything else is {@linkplain ConditionTranslator.Beyond beyond} the analysis.
 */
final class LinearForms implements CExpr.Visitor<Linear> {
    private final GuidelineVariables variables;

    LinearForms(GuidelineVariables variables) {
        this.variables = variables;
    }

    Linear of(CExpr e) {
        return e.accept(this);
    }

    /**
     * {@code value}, of {@code type}, expressed in {@code unit}: multiplied by the exact ratio of
     * the units' ticks, as the interpreter compares quantities of different units; plain numbers
     * and counts meet other units unconverted.
     */
    static Linear converted(Linear value, Type type, Unit unit) {
        Unit from = ((Type.Num) type).unit();
        if (!Unit.converts(from, unit)) {
            return value;
        }
        return value.times(from.toTicks(BigDecimal.ONE)).dividedBy(unit.toTicks(BigDecimal.ONE));
    }

    private static ConditionTranslator.Beyond notANumber() {
        return new ConditionTranslator.Beyond("the analysis does not read this kind of number");
    }

    @Override
    public Linear constant(CExpr.Const e) {
        return Linear.constant((BigDecimal) e.value());
    }

    @Override
    public Linear input(CExpr.InputRef e) {
        return Linear.of(variables.input(e.input()));
    }

    @Override
    public Linear param(CExpr.ParamRef e) {
        return Linear.constant((BigDecimal) e.param().value());
    }

    @Override
    public Linear definition(CExpr.DefinitionRef e) {
        return of(e.definition().value());
    }

    @Override
    public Linear outcome(CExpr.OutcomeRef e) {
        throw notANumber();
    }

    @Override
    public Linear and(CExpr.And e) {
        throw notANumber();
    }

    @Override
    public Linear or(CExpr.Or e) {
        throw notANumber();
    }

    @Override
    public Linear not(CExpr.Not e) {
        throw notANumber();
    }

    @Override
    public Linear compare(CExpr.Compare e) {
        throw notANumber();
    }

    /**
     * Mirrors the interpreter's unit handling of {@code + - * /}, exactly: where the interpreter
     * rounds (a conversion or quotient that does not come out even, to 34 digits), this form keeps
     * 60, and the two order a patient's value against a guideline's decimals alike (see {@link
     * Linear#PRECISION}).
     */
    @Override
    public Linear arithmetic(CExpr.Arithmetic a) {
        Unit result = Quantities.unitOf(a);
        Unit leftUnit = Quantities.unitOf(a.left());
        Linear left = of(a.left());
        Linear right = of(a.right());
        switch (a.op()) {
            case ADD, SUB -> {
                Linear x = converted(left, a.left().type(), result);
                Linear y = converted(right, a.right().type(), result);
                Linear sum = x.plus(a.op() == CExpr.ArithmeticOp.ADD ? y : y.negate());
                if (sum == null) {
                    throw new ConditionTranslator.Beyond("arithmetic over several inputs");
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
                throw new ConditionTranslator.Beyond("it multiplies inputs together");
            }
            default -> {
                Linear divisor = result == Unit.NONE && leftUnit != Unit.NONE
                        ? converted(right, a.right().type(), leftUnit)
                        : right;
                if (!divisor.isConstant()) {
                    throw new ConditionTranslator.Beyond("it divides by an input");
                }
                if (divisor.offset().signum() == 0) {
                    throw new ConditionTranslator.Beyond("it divides by zero, which leaves it undetermined");
                }
                return left.dividedBy(divisor.offset());
            }
        }
    }

    @Override
    public Linear negate(CExpr.Negate e) {
        return of(e.operand()).negate();
    }

    @Override
    public Linear inRange(CExpr.InRange e) {
        throw notANumber();
    }

    @Override
    public Linear inSet(CExpr.InSet e) {
        throw notANumber();
    }

    @Override
    public Linear isKnown(CExpr.IsKnown e) {
        throw notANumber();
    }

    @Override
    public Linear invalid(CExpr.Invalid e) {
        throw notANumber();
    }
}
