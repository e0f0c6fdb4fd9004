package org.guidelang.runtime;

import java.util.List;
import java.util.Map;

/**
 * The values of a generated {@code Input} record: nullable {@code Double}, {@code Integer},
 * {@code Long} and {@code Boolean} components (null: missing), checked when the record is made,
 * read as the {@code double}s and {@link Truth}s the operators take, and converted from and to the
 * values of a validated patient map ({@link InputValidator}: numbers, booleans, code strings).
 */
public final class InputValues {
    private InputValues() {}

    /**
     * Checks a record's number against its input's declaration: null (missing) passes; NaN, an
     * infinity, a number out of range or, for a whole-number input, a fraction is refused with the
     * message the map entry point gives for it.
     *
     * @return {@code value}
     * @throws IllegalArgumentException whose message and cause, an {@link InvalidInputException},
     *     name the input, what is wrong and the fix
     */
    public static <N extends Number> N requireValid(InputSpec spec, N value) {
        if (value == null) {
            return null;
        }
        double x = value.doubleValue();
        if (Double.isFinite(x) && spec.range().contains(x) && (!spec.isWholeNumber() || x == Math.rint(x))) {
            return value;
        }
        List<InputError> errors = InputValidator.validate(Map.of(spec.name(), value), List.of(spec)).errors();
        InvalidInputException refused = new InvalidInputException(errors.isEmpty()
                ? List.of(new InputError(InputError.pathOf(spec.name()), "invalid value " + value, null)) : errors);
        throw new IllegalArgumentException(refused.getMessage(), refused);
    }

    // --- reading a record's value in generated conditions; none of these allocates ---

    /** A number as the operators take it: NaN when missing. */
    public static double number(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** A whole number as the operators take it: NaN when missing. */
    public static double number(Integer value) {
        return value == null ? Double.NaN : value;
    }

    /** A whole number as the operators take it: NaN when missing. */
    public static double number(Long value) {
        return value == null ? Double.NaN : value;
    }

    // --- a validated map's values as a record's components ---

    /** A map value (a number, or null) as a record's {@code Double}. */
    public static Double decimal(Object value) {
        return value == null ? null : value instanceof Double d ? d : Double.valueOf(asNumber(value).doubleValue());
    }

    /**
     * A map value (a whole number, or null) as a record's {@code Integer}.
     *
     * @throws IllegalArgumentException for a number an int does not hold (an input whose declared
     *     range is not bounded within an int's is a {@code Long})
     */
    public static Integer whole(Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        long whole = exact(value);
        if (whole != (int) whole) {
            throw new IllegalArgumentException("value " + whole + " is more than a Java int holds");
        }
        return (int) whole;
    }

    /** A map value (a whole number, or null) as a record's {@code Long}. */
    public static Long wholeLong(Object value) {
        return value == null ? null : value instanceof Long l ? l : Long.valueOf(exact(value));
    }

    /** A map value (a Boolean, a {@link Truth}, or null) as a record's {@code Boolean}. */
    public static Boolean bool(Object value) {
        return value instanceof Truth t ? t.toBoolean() : (Boolean) value;
    }

    /**
     * A record's number as a map holds it (and the interpreter reads it): a {@code Double}; null
     * when missing.
     */
    public static Double mapValue(Number value) {
        return value == null ? null : value instanceof Double d ? d : Double.valueOf(value.doubleValue());
    }

    private static Number asNumber(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("not a number: " + value.getClass().getName());
    }

    private static long exact(Object value) {
        Number n = asNumber(value);
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        double d = n.doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > 0x1p53) {
            throw new IllegalArgumentException("not a whole number a long holds exactly: " + n);
        }
        return (long) d;
    }
}
