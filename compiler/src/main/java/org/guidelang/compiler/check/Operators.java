package org.guidelang.compiler.check;

import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.ast.Member.RequirementKind;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CriteriaSet;

/** The checked model's operators for the syntax's: the model names its own, so it needs no AST. */
final class Operators {
    private Operators() {}

    /** A comparison operator ({@code = != < <= > >=}) of the model. */
    static CExpr.CompareOp comparison(BinaryOp op) {
        return switch (op) {
            case EQ -> CExpr.CompareOp.EQ;
            case NE -> CExpr.CompareOp.NE;
            case LT -> CExpr.CompareOp.LT;
            case LE -> CExpr.CompareOp.LE;
            case GT -> CExpr.CompareOp.GT;
            case GE -> CExpr.CompareOp.GE;
            case OR, AND, ADD, SUB, MUL, DIV -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** An arithmetic operator ({@code + - * /}) of the model. */
    static CExpr.ArithmeticOp arithmetic(BinaryOp op) {
        return switch (op) {
            case ADD -> CExpr.ArithmeticOp.ADD;
            case SUB -> CExpr.ArithmeticOp.SUB;
            case MUL -> CExpr.ArithmeticOp.MUL;
            case DIV -> CExpr.ArithmeticOp.DIV;
            case OR, AND, EQ, NE, LT, LE, GT, GE -> throw new IllegalArgumentException(op + " is not arithmetic");
        };
    }

    static CriteriaSet.Requirement requirement(RequirementKind kind) {
        return switch (kind) {
            case ALL -> CriteriaSet.Requirement.ALL;
            case ANY -> CriteriaSet.Requirement.ANY;
            case AT_LEAST -> CriteriaSet.Requirement.AT_LEAST;
        };
    }
}
