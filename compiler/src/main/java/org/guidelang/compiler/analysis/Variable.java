package org.guidelang.compiler.analysis;

import java.util.List;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.runtime.Unit;

/**
 * One dimension of the space of patients: a numeric input (its declared range, whole numbers or
 * not), a code or boolean input, an outcome read as a variable over its codes, or a condition the
 * analysis cannot decide, read as a free true/false value.
 *
 * @param order sorts variables as a committee expects them: inputs in declaration order first
 * @param unit the unit a numeric input's values are written in
 * @param choices the values of a finite variable, in declaration order (empty for numbers)
 * @param opaque for a condition beyond the analysis, the condition; null otherwise
 * @param reason for an opaque condition, why it is beyond the analysis
 */
record Variable(int index, int order, String name, Values domain, Unit unit, List<String> choices, CExpr opaque,
        String reason) {
    Variable {
        choices = List.copyOf(choices);
    }

    boolean isNumeric() {
        return domain instanceof Numbers;
    }

    boolean isOpaque() {
        return opaque != null;
    }

    boolean isInteger() {
        return domain instanceof Numbers n && n.integer();
    }
}
