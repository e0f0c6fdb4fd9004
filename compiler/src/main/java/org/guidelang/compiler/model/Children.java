package org.guidelang.compiler.model;

import java.util.ArrayList;
import java.util.List;

/** The direct subexpressions of each kind of node, for {@link CExpr#children()}. */
final class Children implements CExpr.Visitor<List<CExpr>> {
    static final Children VISITOR = new Children();

    private Children() {}

    @Override
    public List<CExpr> constant(CExpr.Const e) {
        return List.of();
    }

    @Override
    public List<CExpr> input(CExpr.InputRef e) {
        return List.of();
    }

    @Override
    public List<CExpr> param(CExpr.ParamRef e) {
        return List.of();
    }

    /** None: a definition's value is a separate expression, reached through {@link Definition#value()}. */
    @Override
    public List<CExpr> definition(CExpr.DefinitionRef e) {
        return List.of();
    }

    @Override
    public List<CExpr> outcome(CExpr.OutcomeRef e) {
        return List.of();
    }

    @Override
    public List<CExpr> and(CExpr.And e) {
        return List.of(e.left(), e.right());
    }

    @Override
    public List<CExpr> or(CExpr.Or e) {
        return List.of(e.left(), e.right());
    }

    @Override
    public List<CExpr> not(CExpr.Not e) {
        return List.of(e.operand());
    }

    @Override
    public List<CExpr> compare(CExpr.Compare e) {
        return List.of(e.left(), e.right());
    }

    @Override
    public List<CExpr> arithmetic(CExpr.Arithmetic e) {
        return List.of(e.left(), e.right());
    }

    @Override
    public List<CExpr> negate(CExpr.Negate e) {
        return List.of(e.operand());
    }

    @Override
    public List<CExpr> inRange(CExpr.InRange e) {
        List<CExpr> children = new ArrayList<>(3);
        children.add(e.operand());
        if (e.low() != null) {
            children.add(e.low());
        }
        if (e.high() != null) {
            children.add(e.high());
        }
        return List.copyOf(children);
    }

    @Override
    public List<CExpr> inSet(CExpr.InSet e) {
        List<CExpr> children = new ArrayList<>(e.items().size() + 1);
        children.add(e.operand());
        children.addAll(e.items());
        return List.copyOf(children);
    }

    @Override
    public List<CExpr> isKnown(CExpr.IsKnown e) {
        return List.of(e.operand());
    }

    @Override
    public List<CExpr> invalid(CExpr.Invalid e) {
        return List.of();
    }
}
