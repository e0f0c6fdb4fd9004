package org.guidelang.compiler.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.guidelang.compiler.region.Variable;

/**
 * A number that depends on at most one numeric input: {@code scale * input + offset}, or the
 * constant {@code offset} when {@code variable} is null. Scale and offset are decimals, exact
 * under {@code + - *}; a quotient that does not come out even is kept to {@link #PRECISION}.
 */
record Linear(Variable variable, BigDecimal scale, BigDecimal offset) {
    /**
     * 60 digits: a quotient of the decimals a guideline writes (a few digits over a small
     * divisor such as 3, 7 or 12) is then never within rounding distance of a patient's value,
     * which has at most 17 significant digits, unless it equals it, and then it is exact.
     */
    static final MathContext PRECISION = new MathContext(60, RoundingMode.HALF_EVEN);

    static Linear constant(BigDecimal value) {
        return new Linear(null, BigDecimal.ZERO, value);
    }

    static Linear of(Variable variable) {
        return new Linear(variable, BigDecimal.ONE, BigDecimal.ZERO);
    }

    boolean isConstant() {
        return variable == null || scale.signum() == 0;
    }

    Linear negate() {
        return new Linear(variable, scale.negate(), offset.negate());
    }

    Linear times(BigDecimal factor) {
        return new Linear(variable, scale.multiply(factor), offset.multiply(factor));
    }

    Linear dividedBy(BigDecimal divisor) {
        return new Linear(variable, scale.divide(divisor, PRECISION), offset.divide(divisor, PRECISION));
    }

    /** The sum, or null when the two depend on different inputs. */
    Linear plus(Linear other) {
        if (variable != null && other.variable != null && variable != other.variable) {
            return null;
        }
        Variable v = variable != null ? variable : other.variable;
        return new Linear(v, scale.add(other.scale), offset.add(other.offset));
    }
}
