package org.guidelang.compiler.model;

import java.math.BigDecimal;
import java.util.List;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.Unit;

/**
 * A checked expression: every name resolved, every type known, every unit reconciled.
 * Back ends and the interpreter read only these.
 */
public sealed interface CExpr {
    Type type();

    SourceSpan span();

    /**
     * How tightly this expression binds, as the grammar parses it: 1 for {@code or} (loosest), then
     * {@code and}, {@code not}, comparisons ({@code in}, {@code is} too), {@code + -}, {@code * /},
     * unary minus, and 8 for what never needs parentheses. Writers of expressions put parentheses
     * around an operand that binds more loosely than its context.
     */
    default int precedence() {
        if (this instanceof Or) {
            return 1;
        } else if (this instanceof And) {
            return 2;
        } else if (this instanceof Not) {
            return 3;
        } else if (this instanceof Compare || this instanceof InRange || this instanceof InSet || this instanceof IsKnown) {
            return 4;
        } else if (this instanceof Arithmetic a) {
            return a.op() == BinaryOp.MUL || a.op() == BinaryOp.DIV ? 6 : 5;
        } else if (this instanceof Negate) {
            return 7;
        }
        return 8;
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
    }

    record InputRef(InputDecl input, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return input.type();
        }
    }

    record ParamRef(ParamDecl param, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return param.type();
        }
    }

    record DefinitionRef(Definition definition, SourceSpan span) implements CExpr {
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
        public Type type() {
            return outcome.type();
        }

        public String display() {
            return alias == null ? outcome.name() : alias + "." + outcome.name();
        }
    }

    record And(CExpr left, CExpr right, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record Or(CExpr left, CExpr right, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record Not(CExpr operand, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /**
     * A comparison. For numbers both sides are converted to {@code unit} first; for codes and
     * booleans only {@code =} and {@code !=} occur and {@code unit} is {@link Unit#NONE}.
     */
    record Compare(BinaryOp op, CExpr left, CExpr right, Unit unit, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** {@code + - * /}; operands are converted to their own declared units (see the checker). */
    record Arithmetic(BinaryOp op, CExpr left, CExpr right, Type type, SourceSpan span) implements CExpr {}

    record Negate(CExpr operand, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return operand.type();
        }
    }

    /** {@code x in [lo, hi)}: an absent bound (null) is unbounded; bounds are in {@code unit}. */
    record InRange(CExpr operand, CExpr low, boolean lowClosed, CExpr high, boolean highClosed, boolean negated,
            Unit unit, SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record InSet(CExpr operand, List<CExpr> items, boolean negated, Unit unit, SourceSpan span) implements CExpr {
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
        public Type type() {
            return Type.BOOL;
        }
    }

    /** Stands in for an expression that produced an error, so that checking can continue. */
    record Invalid(SourceSpan span) implements CExpr {
        @Override
        public Type type() {
            return Type.INVALID;
        }
    }
}
