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
 * (null, NaN or {@link Truth#UNKNOWN}) is {@code null} and a Truth is a Boolean. {@code citation}
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
        return value;
    }
}
