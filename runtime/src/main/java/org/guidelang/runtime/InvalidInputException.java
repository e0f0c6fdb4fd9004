package org.guidelang.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by an evaluator when patient data has errors; it carries all of them, never just the first. */
public class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    // List.copyOf gives a serializable list, and InputError is serializable.
    @SuppressWarnings("serial")
    private final List<InputError> errors;

    /** @throws IllegalArgumentException if {@code errors} is empty */
    public InvalidInputException(List<InputError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors, in the order the validator found them. */
    public List<InputError> errors() {
        return errors;
    }

    private static String render(List<InputError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one error");
        }
        return errors.stream().map(InputError::toString).collect(Collectors.joining("\n"));
    }
}
