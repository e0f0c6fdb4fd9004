package org.guidelang.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating patient data: the normalized values of the valid inputs (in declaration
 * order; missing inputs are absent) and every error found.
 *
 * <p>Values are {@code Double} for integer, decimal and quantity inputs, {@code Boolean} for
 * booleans and the code {@code String} for codes.
 */
public record Validation(Map<String, Object> values, List<InputError> errors) {
    public Validation {
        // The validator's values are already an immutable snapshot in declaration order.
        values = values instanceof FrozenMap ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = errors.isEmpty() ? List.of() : List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The values, or an exception listing every error. */
    public Map<String, Object> valuesOrThrow() throws InvalidInputException {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }
}
