package org.guidelang.compiler.ast;

import java.math.BigDecimal;
import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/** An expression as written; types and names are resolved later, by the checker. */
public sealed interface Expr extends Node {

    /** Literals may stand where a constant is required (parameter values, example givens). */
    sealed interface Literal extends Expr permits NumberLiteral, BooleanLiteral {}

    /** {@code 20%}, {@code 60 years}, {@code 5}: unit is null when none was written. */
    record NumberLiteral(BigDecimal value, Name unit, SourceSpan span) implements Literal {}

    record BooleanLiteral(boolean value, SourceSpan span) implements Literal {}

    /** {@code ki67} or {@code who.grade}: qualifier is null for a plain name. */
    record Reference(Name qualifier, Name name, SourceSpan span) implements Expr {
        public String display() {
            return qualifier == null ? name.text() : qualifier.text() + "." + name.text();
        }
    }

    record Binary(BinaryOp op, Expr left, Expr right, SourceSpan span) implements Expr {}

    record Not(Expr operand, SourceSpan span) implements Expr {}

    record Negate(Expr operand, SourceSpan span) implements Expr {}

    record Parenthesized(Expr inner, SourceSpan span) implements Expr {}

    /** {@code x in [a, b)} or {@code x not in ...}. */
    record InInterval(Expr operand, boolean negated, IntervalSyntax interval, SourceSpan span) implements Expr {}

    /** {@code x in {A, B}} or {@code x not in {...}}. */
    record InSet(Expr operand, boolean negated, List<Expr> items, SourceSpan span) implements Expr {
        public InSet {
            items = List.copyOf(items);
        }
    }

    /** {@code x is known}, {@code x is missing}, {@code x is not missing}, ... */
    record IsCheck(Expr operand, boolean negated, boolean known, SourceSpan span) implements Expr {
        /** True when the check holds for a present value. */
        public boolean holdsWhenKnown() {
            return known != negated;
        }
    }

    /** Binary operators, with the spelling the formatter writes. */
    enum BinaryOp {
        OR("or"),
        AND("and"),
        EQ("="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return this.ordinal() >= EQ.ordinal() && this.ordinal() <= GE.ordinal();
        }

        public boolean isLogical() {
            return this == OR || this == AND;
        }

        public boolean isArithmetic() {
            return this.ordinal() >= ADD.ordinal();
        }
    }
}
