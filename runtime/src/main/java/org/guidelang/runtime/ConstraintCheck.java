package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The input error for a patient whose given values break a guideline's constraint between
 * inputs, worded alike by the interpreter and by generated evaluators: the constraint's name, its
 * rationale, and the values that break it. Whoever evaluates the constraint calls it only when the
 * condition is false on the given values; a condition that is unknown (an input it reads is
 * missing) accepts the patient.
 */
public final class ConstraintCheck {
    /** The path of an error that is about the record as a whole, not one field of it. */
    public static final String RECORD = "$";

    private ConstraintCheck() {}

    /**
     * The error for constraint {@code name} ({@code rationale}: its one sentence), broken by
     * {@code values}: the given values of the inputs it reads, in the order it reads them
     * ({@code units} tells the unit of each numeric input).
     */
    public static InputError broken(String name, String rationale, Map<String, ?> values,
            Function<String, Unit> units) {
        String shown = ValueText.of(values, units);
        return new InputError(RECORD, "the values " + shown + " break constraint " + name + ": " + rationale,
                "correct the value that is wrong, or leave it out (null) if it is not known");
    }

    /**
     * The error for constraint {@code name}, as {@link #broken(String, String, Map, Function)} words
     * it, from a patient's validated {@code values}: those of the inputs {@code reads} (in the
     * order the constraint reads them) that are given, each in the unit {@code inputs} declares.
     * For generated evaluators.
     */
    public static InputError broken(String name, String rationale, List<String> reads, Map<String, ?> values,
            List<InputSpec> inputs) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (String input : reads) {
            Object value = values.get(input);
            if (value != null) {
                given.put(input, value);
            }
        }
        Map<String, Unit> units = new HashMap<>();
        inputs.forEach(spec -> units.put(spec.name(), spec.unit()));
        return broken(name, rationale, given, input -> units.getOrDefault(input, Unit.NONE));
    }

    /** Throws when {@code errors} holds any, as the validation of a patient does. */
    public static void requireNone(List<InputError> errors) throws InvalidInputException {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(errors));
        }
    }
}
