package org.guidelang.compiler.model;

/** How tightly each kind of node binds, for {@link CExpr#precedence()}. */
final class Precedence implements CExpr.Visitor<Integer> {
    static final Precedence VISITOR = new Precedence();

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int SUM = 5;
    private static final int PRODUCT = 6;
    private static final int NEGATION = 7;
    private static final int ATOM = 8;

    private Precedence() {}

    @Override
    public Integer constant(CExpr.Const e) {
        return ATOM;
    }

    @Override
    public Integer input(CExpr.InputRef e) {
        return ATOM;
    }

    @Override
    public Integer param(CExpr.ParamRef e) {
        return ATOM;
    }

    @Override
    public Integer definition(CExpr.DefinitionRef e) {
        return ATOM;
    }

    @Override
    public Integer outcome(CExpr.OutcomeRef e) {
        return ATOM;
    }

    @Override
    public Integer and(CExpr.And e) {
        return AND;
    }

    @Override
    public Integer or(CExpr.Or e) {
        return OR;
    }

    @Override
    public Integer not(CExpr.Not e) {
        return NOT;
    }

    @Override
    public Integer compare(CExpr.Compare e) {
        return COMPARISON;
    }

    @Override
    public Integer arithmetic(CExpr.Arithmetic e) {
        return e.op() == CExpr.ArithmeticOp.MUL || e.op() == CExpr.ArithmeticOp.DIV ? PRODUCT : SUM;
    }

    @Override
    public Integer negate(CExpr.Negate e) {
        return NEGATION;
    }

    @Override
    public Integer inRange(CExpr.InRange e) {
        return COMPARISON;
    }

    @Override
    public Integer inSet(CExpr.InSet e) {
        return COMPARISON;
    }

    @Override
    public Integer isKnown(CExpr.IsKnown e) {
        return COMPARISON;
    }

    @Override
    public Integer invalid(CExpr.Invalid e) {
        return ATOM;
    }
}
