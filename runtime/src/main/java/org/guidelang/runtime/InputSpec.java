package org.guidelang.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The declaration of one guideline input (name, type, unit, valid range or codes), against which
 * patient data is validated.
 *
 * <p>{@code unit} is {@link Unit#NONE} except for quantities, {@code range} is unbounded for
 * booleans and codes, {@code codes} is empty except for codes, and {@code description} is never
 * null (empty when there is none).
 */
public record InputSpec(String name, InputKind kind, Unit unit, Range range, List<String> codes, String description) {
    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an input needs a name");
        }
        unit = unit == null ? Unit.NONE : unit;
        range = range == null ? Range.unbounded() : range;
        codes = codes == null ? List.of() : List.copyOf(codes);
        description = description == null ? "" : description;
        if ((kind == InputKind.QUANTITY) == (unit == Unit.NONE)) {
            throw new IllegalArgumentException(name + ": a quantity needs a unit, and only a quantity has one");
        }
        if ((kind == InputKind.BOOLEAN || kind == InputKind.CODE) && !range.isUnbounded()) {
            throw new IllegalArgumentException(name + ": only numeric inputs have a range");
        }
        if ((kind == InputKind.CODE) == codes.isEmpty()) {
            throw new IllegalArgumentException(name + ": a code input needs codes, and only a code input has them");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalArgumentException(name + ": duplicate codes in " + codes);
        }
    }

    public static InputSpec bool(String name, String description) {
        return new InputSpec(name, InputKind.BOOLEAN, Unit.NONE, Range.unbounded(), List.of(), description);
    }

    public static InputSpec code(String name, List<String> codes, String description) {
        return new InputSpec(name, InputKind.CODE, Unit.NONE, Range.unbounded(), codes, description);
    }

    public static InputSpec integer(String name, Range range, String description) {
        return new InputSpec(name, InputKind.INTEGER, Unit.NONE, range, List.of(), description);
    }

    public static InputSpec decimal(String name, Range range, String description) {
        return new InputSpec(name, InputKind.DECIMAL, Unit.NONE, range, List.of(), description);
    }

    public static InputSpec quantity(String name, Unit unit, Range range, String description) {
        return new InputSpec(name, InputKind.QUANTITY, unit, range, List.of(), description);
    }

    /** Whether values of this input are numbers (stored as {@code Double}). */
    public boolean isNumeric() {
        return kind == InputKind.INTEGER || kind == InputKind.DECIMAL || kind == InputKind.QUANTITY;
    }

    /** Whether values must be whole numbers: integers, and counts (a count is a number of things). */
    public boolean isWholeNumber() {
        return kind == InputKind.INTEGER || unit == Unit.COUNT;
    }
}
