package org.guidelang.runtime;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code values} of an explanation step in generated code: the inputs, parameters and
 * outcomes a condition reads, each as the interpreter shows it (a number, a boolean, a code
 * string, or null when missing). Used only when an explanation is asked for.
 */
public final class ExplainedValues {
    private ExplainedValues() {}

    /** A map from alternating names and values: {@code of("age", 63.0, "ageLimit", 60.0)}. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], plain(namesAndValues[i + 1]));
        }
        return values;
    }

    /**
     * A value as an explanation shows it: a code by its name, a truth value as a boolean or null,
     * a missing number as null, and a decimal that a double stands for as that Double (so that a
     * parameter reads alike from the interpreter's decimals and generated code's doubles).
     */
    public static Object plain(Object value) {
        if (value instanceof CodeValue) {
            return ((CodeValue) value).code();
        }
        if (value instanceof Truth) {
            return ((Truth) value).toBoolean();
        }
        if (value instanceof Double && ((Double) value).isNaN()) {
            return null;
        }
        if (value instanceof BigDecimal && Decimals.fitsDouble((BigDecimal) value)) {
            return ((BigDecimal) value).doubleValue();
        }
        return value;
    }
}
