package org.guidelang.compiler.analysis;

import org.guidelang.compiler.region.Variable;

/**
 * A number that depends on at most one numeric input: {@code scale * input + offset}, or the
 * constant {@code offset} when {@code variable} is null.
 */
record Linear(Variable variable, double scale, double offset) {
    static Linear constant(double value) {
        return new Linear(null, 0, value);
    }

    static Linear of(Variable variable) {
        return new Linear(variable, 1, 0);
    }

    boolean isConstant() {
        return variable == null || scale == 0;
    }

    Linear negate() {
        return new Linear(variable, -scale, -offset);
    }

    Linear times(double factor) {
        return new Linear(variable, scale * factor, offset * factor);
    }

    /** The sum, or null when the two depend on different inputs. */
    Linear plus(Linear other) {
        if (variable != null && other.variable != null && variable != other.variable) {
            return null;
        }
        Variable v = variable != null ? variable : other.variable;
        return new Linear(v, scale + other.scale, offset + other.offset);
    }
}
