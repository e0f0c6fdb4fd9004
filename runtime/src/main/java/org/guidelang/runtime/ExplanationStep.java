package org.guidelang.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One line of an explanation: which element of which outcome was evaluated, its source text, what
 * it came to, the input values it read (with their units), and its citation.
 *
 * <p>{@code values} is stored as an unmodifiable copy sorted by name, in which a missing value
 * (null, NaN or {@link Truth#UNKNOWN}) is {@code null}, a Truth is a Boolean and a zero has no sign.
 * {@code units} holds the unit of each of those names that has one (an input's or a parameter's),
 * sorted likewise; {@link #valueText()} writes them. {@code citation} may be null.
 */
public record ExplanationStep(String outcome, String element, String text, StepStatus status,
        Map<String, Object> values, String citation, Map<String, Unit> units) {
    public ExplanationStep {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        TreeMap<String, Object> sorted = new TreeMap<>();
        if (values != null) {
            values.forEach((name, value) -> sorted.put(name, normalize(value)));
        }
        TreeMap<String, Unit> known = new TreeMap<>();
        if (units != null) {
            units.forEach((name, unit) -> {
                if (sorted.containsKey(name) && unit != null && unit != Unit.NONE) {
                    known.put(name, unit);
                }
            });
        }
        values = Collections.unmodifiableMap(sorted);
        units = Collections.unmodifiableMap(known);
    }

    /** A step whose values have no units. */
    public ExplanationStep(String outcome, String element, String text, StepStatus status, Map<String, Object> values,
            String citation) {
        this(outcome, element, text, status, values, citation, Map.of());
    }

    /** A step whose values' units {@code units} gives by name ({@link Unit#NONE} for none). */
    public ExplanationStep(String outcome, String element, String text, StepStatus status, Map<String, Object> values,
            String citation, Function<String, Unit> units) {
        this(outcome, element, text, status, values, citation, unitsOf(values, units));
    }

    /** This step under another label: how a guideline reached through imports names the outcome. */
    public ExplanationStep labelled(String label) {
        return label.equals(outcome) ? this : new ExplanationStep(label, element, text, status, values, citation, units);
    }

    private static Map<String, Unit> unitsOf(Map<String, Object> values, Function<String, Unit> units) {
        Map<String, Unit> known = new TreeMap<>();
        if (values != null) {
            values.keySet().forEach(name -> known.put(name, units.apply(name)));
        }
        return known;
    }

    /**
     * The values as {@code guidec eval} writes them ({@link ValueText}): {@code ki67 = 12%,
     * mitoticCount = 3, age = missing}; empty when the step read none.
     */
    public String valueText() {
        return ValueText.of(values, name -> units.getOrDefault(name, Unit.NONE));
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
