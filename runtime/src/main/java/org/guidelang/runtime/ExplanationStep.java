package org.guidelang.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of an explanation: which element of which outcome was evaluated, its source text, what
 * it came to, the input values it read, and its citation.
 *
 * <p>{@code values} is stored as an unmodifiable copy sorted by name, in which a missing value
 * (null, NaN or {@link Truth#UNKNOWN}) is {@code null}, a Truth is a Boolean and a zero has no sign. {@code citation}
 * may be null.
 */
public record ExplanationStep(
        String outcome, String element, String text, StepStatus status, Map<String, Object> values, String citation) {
    public ExplanationStep {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        TreeMap<String, Object> sorted = new TreeMap<>();
        if (values != null) {
            values.forEach((name, value) -> sorted.put(name, normalize(value)));
        }
        values = Collections.unmodifiableMap(sorted);
    }

    private static Object normalize(Object value) {
        if (value instanceof Truth) {
            return ((Truth) value).toBoolean();
        }
        if (value instanceof Double && ((Double) value).isNaN() || value instanceof Float && ((Float) value).isNaN()) {
            return null;
        }
        if (value instanceof Double d && d == 0.0) {
            return 0.0; // not -0.0: a whole-number input read as an int has no sign of zero
        }
        return value;
    }
}
