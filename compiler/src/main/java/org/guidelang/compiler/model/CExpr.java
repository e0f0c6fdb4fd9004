package org.guidelang.compiler.model;

import java.math.BigDecimal;
import java.util.List;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.Unit;

/**
 * A checked expression: every name resolved, every type known, every unit reconciled.
 * Back ends and the interpreter read only these.
 *
 * <p>A pass over expressions is a {@link Visitor}, one method per kind of node, so that a new
 * kind of node does not compile until every pass says what it means there; a pass that only
 * needs the structure walks {@link #children()}.
 */
public sealed interface CExpr {
    Type type();

    SourceSpan span();

    /** Calls the {@code visitor}'s method for this kind of node. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Every direct subexpression, in the order written: an interval's operand and its bounds
     * (an unbounded end has none), a set's operand and then its members.
     */
    default List<CExpr> children() {
        return accept(Children.VISITOR);
    }

    /**
     * How tightly this expression binds, as the grammar parses it: 1 for {@code or} (loosest), then
     * {@code and}, {@code not}, comparisons ({@code in}, {@code is} too), {@code + -}, {@code * /},
     * unary minus, and 8 for what never needs parentheses. Writers of expressions put parentheses
     * around an operand that binds more loosely than its context.
     */
    default int precedence() {
        return accept(Precedence.VISITOR);
    }

    /** A pass over checked expressions: one method per kind of node. */
    interface Visitor<R> {
        R constant(Const e);

        R input(InputRef e);

        R param(ParamRef e);

        R definition(DefinitionRef e);

        R outcome(OutcomeRef e);

        R and(And e);

        R or(Or e);

        R not(Not e);

        R compare(Compare e);

        R arithmetic(Arithmetic e);

        R negate(Negate e);

        R inRange(InRange e);

        R inSet(InSet e);

        R isKnown(IsKnown e);

        R invalid(Invalid e);
    }

    /** A comparison's operator, with its spelling in a guideline. */
    enum CompareOp {
        EQ("="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String symbol;

        CompareOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** An arithmetic operator, with its spelling in a guideline. */
    enum ArithmeticOp {
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/");

        private final String symbol;

        ArithmeticOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * A constant: Boolean, BigDecimal (exactly the decimal written, in the unit of its Num type,
     * trailing zeros stripped so that equal numbers are equal records) or String code.
     */
    record Const(Object value, Type type, SourceSpan span) implements CExpr {
        public Const {
            if (value instanceof BigDecimal number) {
                value = number.stripTrailingZeros();
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.constant(this);
        }
    }

    record InputRef(InputDecl input, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.input(this);
        }

        @Override
        public Type type() {
            return input.type();
        }
    }

    record ParamRef(ParamDecl param, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.param(this);
        }

        @Override
        public Type type() {
            return param.type();
        }
    }

    record DefinitionRef(Definition definition, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.definition(this);
        }

        @Override
        public Type type() {
            return definition.value().type();
        }
    }

    /**
     * An outcome of this guideline ({@code guideline} is its own id, {@code alias} null) or of an
     * imported one ({@code alias} as written in the import).
     */
    record OutcomeRef(String guideline, String alias, Outcome outcome, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.outcome(this);
        }

        @Override
        public Type type() {
            return outcome.type();
        }

        public String display() {
            return alias == null ? outcome.name() : alias + "." + outcome.name();
        }
    }

    record And(CExpr left, CExpr right, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record Or(CExpr left, CExpr right, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record Not(CExpr operand, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /**
     * A comparison. For numbers both sides are converted to {@code unit} first; for codes and
     * booleans only {@code =} and {@code !=} occur and {@code unit} is {@link Unit#NONE}.
     */
    record Compare(CompareOp op, CExpr left, CExpr right, Unit unit, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compare(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** {@code + - * /}; operands are converted to their own declared units (see the checker). */
    record Arithmetic(ArithmeticOp op, CExpr left, CExpr right, Type type, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arithmetic(this);
        }
    }

    record Negate(CExpr operand, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.negate(this);
        }

        @Override
        public Type type() {
            return operand.type();
        }
    }

    /** {@code x in [lo, hi)}: an absent bound (null) is unbounded; bounds are in {@code unit}. */
    record InRange(CExpr operand, CExpr low, boolean lowClosed, CExpr high, boolean highClosed, boolean negated,
            Unit unit, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.inRange(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record InSet(CExpr operand, List<CExpr> items, boolean negated, Unit unit, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.inSet(this);
        }

        public InSet {
            items = List.copyOf(items);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** {@code is known} when {@code known}, {@code is missing} otherwise: never unknown itself. */
    record IsKnown(CExpr operand, boolean known, SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.isKnown(this);
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** Stands in for an expression that produced an error, so that checking can continue. */
    record Invalid(SourceSpan span) implements CExpr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invalid(this);
        }

        @Override
        public Type type() {
            return Type.INVALID;
        }
    }
}
