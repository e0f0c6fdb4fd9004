package org.guidelang.compiler.model;

import org.guidelang.runtime.Unit;

/**
 * How the numeric operands of a comparison, interval, set or arithmetic meet, decided once for
 * the interpreter and the Java back end alike: in the unit the checker chose, or, when an operand
 * is in another unit (a constant whose conversion would round keeps its own unit), as exact ticks
 * ({@link Unit#toTicks}), so that {@code weeks >= 10 days} compares exactly although 10 days is
 * 10/7 weeks.
 */
public final class Quantities {
    private Quantities() {}

    /** The unit of a number expression. */
    public static Unit unitOf(CExpr expr) {
        return ((Type.Num) expr.type()).unit();
    }

    /**
     * Whether operands compared in {@code unit} meet as ticks: when some operand's number would
     * change on the way to {@code unit}. Null operands (absent interval ends) are skipped.
     */
    public static boolean meetInTicks(Unit unit, CExpr... operands) {
        for (CExpr operand : operands) {
            if (operand != null && Unit.converts(unitOf(operand), unit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit whose ticks {@code operand} is counted in when operands meet in {@code unit} as
     * ticks: its own, or {@code unit} for a plain number or count, which meets the others
     * unconverted (5 beside weeks is 5 weeks).
     */
    public static Unit tickUnit(CExpr operand, Unit unit) {
        Unit own = unitOf(operand);
        return own == unit || Unit.converts(own, unit) ? own : unit;
    }

    /**
     * Whether {@code a} is the ratio of two like quantities ({@code months / 1 years}): a plain
     * number, the exact quotient of the two quantities rounded once.
     */
    public static boolean isRatio(CExpr.Arithmetic a) {
        return a.op() == CExpr.ArithmeticOp.DIV && unitOf(a) == Unit.NONE && unitOf(a.left()) != Unit.NONE;
    }
}
