package org.guidelang.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks raw patient data (a JSON object as a map) against a guideline's input declarations,
 * reporting every error at once, each with a path, a message and a fix.
 *
 * <p>Values may be numbers, booleans or strings; an absent key or an explicit {@code null} means
 * missing and is never an error. Errors come in declaration order, then unknown fields sorted by
 * name. Instances are immutable; generated evaluators keep one in a static field.
 */
public final class InputValidator {
    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S.*?)?\\s*");

    private final List<InputSpec> specs;
    private final Map<String, InputSpec> byName;
    // The same in arrays, for the validated values (a FrozenMap over the names).
    private final InputSpec[] ordered;
    private final String[] names;
    private final Map<String, Integer> slots = new HashMap<>();
    // Per input, what the check of a plain Double reads: numeric, its range, whole numbers only.
    private final boolean[] numeric;
    private final Range[] ranges;
    private final boolean[] whole;

    private InputValidator(List<InputSpec> specs) {
        this.specs = List.copyOf(specs);
        this.byName = new LinkedHashMap<>();
        this.ordered = this.specs.toArray(new InputSpec[0]);
        this.names = new String[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            if (byName.put(ordered[i].name(), ordered[i]) != null) {
                throw new IllegalArgumentException("duplicate input " + ordered[i].name());
            }
            names[i] = ordered[i].name();
            slots.put(names[i], i);
        }
        this.numeric = new boolean[ordered.length];
        this.ranges = new Range[ordered.length];
        this.whole = new boolean[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            numeric[i] = ordered[i].kind() != InputKind.BOOLEAN && ordered[i].kind() != InputKind.CODE;
            ranges[i] = ordered[i].range();
            whole[i] = ordered[i].isWholeNumber();
        }
    }

    /** A validator for these inputs, to be reused across patients. */
    public static InputValidator of(List<InputSpec> specs) {
        return new InputValidator(specs);
    }

    /** Validates one patient against {@code specs}; see {@link #validate(Map)}. */
    public static Validation validate(Map<String, ?> raw, List<InputSpec> specs) {
        return of(specs).validate(raw);
    }

    /**
     * Checks one typed number (NaN: missing) for generated {@code Input} records, with the same
     * message as {@link #validate(Map)} gives for it in a map.
     *
     * @return {@code value}
     * @throws IllegalArgumentException if the value is infinite, out of range, or not whole where
     *     the input is an integer or a count
     */
    public static double requireValid(InputSpec spec, double value) {
        if (value != value || (Double.isFinite(value) && spec.range().contains(value)
                && (!spec.isWholeNumber() || value == Math.rint(value)))) {
            return value;
        }
        List<InputError> errors = new ArrayList<>(1);
        checkNumber(spec, value, errors);
        throw new IllegalArgumentException(errors.isEmpty() ? spec.name() + ": invalid value " + value
                : errors.get(0).toString());
    }

    public List<InputSpec> specs() {
        return specs;
    }

    /** Validates one patient's raw data, collecting every error. */
    public Validation validate(Map<String, ?> raw) {
        List<InputError> errors = new ArrayList<>(0);
        return new Validation(values(raw, errors), errors);
    }

    /**
     * The normalized values of one patient's raw data, as {@link #validate} gives them; for the map
     * path of generated evaluators, which needs no {@link Validation} when the data is valid.
     *
     * @throws InvalidInputException listing every error, if there is any
     */
    public Map<String, Object> valuesOrThrow(Map<String, ?> raw) throws InvalidInputException {
        List<InputError> errors = new ArrayList<>(0);
        Map<String, Object> values = values(raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }

    /**
     * The normalized values of one patient's raw data as {@link #valuesOrThrow} gives them, by
     * position: {@code values[i]} is the value of input {@code i} in declaration order, null when
     * missing. For the map path of generated evaluators, which read them straight into their
     * {@code Input} record instead of looking each up by name. A new array, the caller's to keep.
     *
     * @throws InvalidInputException listing every error, if there is any
     */
    public Object[] valuesInOrderOrThrow(Map<String, ?> raw) throws InvalidInputException {
        List<InputError> errors = new ArrayList<>(0);
        Object[] values = valuesInOrder(raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }

    private Map<String, Object> values(Map<String, ?> raw, List<InputError> errors) {
        return new FrozenMap<>(names, valuesInOrder(raw, errors), slots);
    }

    private Object[] valuesInOrder(Map<String, ?> raw, List<InputError> errors) {
        // The map path of a service runs this for every patient: one array for the values, and
        // the key scan and the messages only when something is wrong.
        Object[] values = new Object[ordered.length];
        int present = 0;
        for (int i = 0; i < ordered.length; i++) {
            Object value = raw.get(names[i]);
            if (value != null) {
                present++;
                values[i] = value instanceof Double number && isPlainValid(i, number) ? value
                        : check(ordered[i], value, errors);
            }
        }
        if (raw.size() != present) { // unknown fields, or inputs given as explicit nulls
            TreeSet<String> unknown = new TreeSet<>();
            for (Object key : raw.keySet()) {
                String field = String.valueOf(key);
                if (!byName.containsKey(field)) {
                    unknown.add(field);
                }
            }
            for (String field : unknown) {
                errors.add(unknownField(field));
            }
        }
        return values;
    }

    /**
     * Whether {@code number} is a valid value of numeric input {@code i}, as {@link #checkNumber}
     * decides for a Double, in a few comparisons (most values are): finite, in range, and whole
     * where the input is. False sends it to the full check, which also says what is wrong.
     */
    private boolean isPlainValid(int i, Double number) {
        double x = number;
        return numeric[i] && Math.abs(x) <= Double.MAX_VALUE && ranges[i].contains(x) && (!whole[i] || x == Math.rint(x));
    }

    private InputError unknownField(String field) {
        Optional<String> suggestion = Suggestions.closest(field, byName.keySet());
        String fix;
        if (suggestion.isPresent()) {
            fix = "did you mean " + suggestion.get() + "?";
        } else if (byName.isEmpty()) {
            fix = "remove it; this guideline has no inputs";
        } else {
            fix = "remove it, or use one of: " + String.join(", ", byName.keySet());
        }
        return new InputError(InputError.pathOf(field), "unknown input " + display(field), fix);
    }

    /** Returns the normalized value, or null after adding an error (or for a missing Truth). */
    private static Object check(InputSpec spec, Object raw, List<InputError> errors) {
        switch (spec.kind()) {
            case BOOLEAN:
                return checkBoolean(spec, raw, errors);
            case CODE:
                return checkCode(spec, raw, errors);
            default:
                return checkNumber(spec, raw, errors);
        }
    }

    private static Object checkBoolean(InputSpec spec, Object raw, List<InputError> errors) {
        if (raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof Truth) {
            return ((Truth) raw).toBoolean();
        }
        String fix = "write true or false";
        if (raw instanceof String) {
            String text = ((String) raw).trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                fix = "write " + text.toLowerCase(Locale.ROOT) + " without quotes";
            }
        }
        errors.add(error(spec, "expected true or false, got " + describe(raw), fix));
        return null;
    }

    private static Object checkCode(InputSpec spec, Object raw, List<InputError> errors) {
        String code = raw instanceof String ? (String) raw : raw instanceof Enum ? ((Enum<?>) raw).name() : null;
        if (code != null) {
            List<String> codes = spec.codes();
            for (int i = 0; i < codes.size(); i++) {
                if (codes.get(i).equals(code)) {
                    return codes.get(i);
                }
            }
        }
        String allowed = String.join(", ", spec.codes());
        if (code == null) {
            errors.add(error(spec, "expected a code, got " + describe(raw), "give one of " + allowed + " as a string"));
            return null;
        }
        String fix = Suggestions.closest(code.trim(), spec.codes())
                .map(s -> "did you mean " + s + "?")
                .orElse("give one of " + allowed);
        errors.add(error(spec, "unknown code " + display(code) + "; expected one of " + allowed, fix));
        return null;
    }

    private static Object checkNumber(InputSpec spec, Object raw, List<InputError> errors) {
        if (!(raw instanceof Number)) {
            String fix = raw instanceof String ? numberInQuotesFix(spec, (String) raw) : null;
            errors.add(error(spec, "expected " + noun(spec) + ", got " + describe(raw), fix != null ? fix : wanted(spec)));
            return null;
        }
        Number number = (Number) raw;
        double value = exactDouble(number);
        // Both tests below are exact on the decimal value stands for: comparing doubles compares
        // their decimals (see Decimals), and a double is whole exactly when its decimal is (a whole
        // number below 2^53 is itself a double, so it never stands for a fraction's double; above,
        // every double and its shortest decimal are whole).
        if (value != value) {
            refuseInexact(spec, number, errors);
        } else if (spec.isWholeNumber() && value != Math.rint(value)) {
            errors.add(error(spec, shown(number) + " is not a whole number", wanted(spec)));
        } else if (!spec.range().contains(value)) {
            errors.add(error(spec, shown(number) + " is out of range " + spec.range(), wanted(spec)));
        } else {
            return number instanceof Double ? number : (Object) value; // a Double is kept, not boxed again
        }
        return null;
    }

    /**
     * The double that stands for exactly the decimal {@code number} is (a Double stands for itself),
     * or NaN when there is none: NaN and infinities, and decimals that would be read as a
     * neighbour, perhaps across a threshold ({@code 2.9999999999999999} as 3).
     */
    private static double exactDouble(Number number) {
        if (number instanceof Double || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            double value = number.doubleValue();
            return Double.isInfinite(value) ? Double.NaN : value; // every int is exactly a double
        }
        if (number instanceof Long && Math.abs(number.longValue()) <= 1L << 53) {
            return number.doubleValue();
        }
        BigDecimal decimal;
        try {
            decimal = Decimals.number(number);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
        return decimal != null && Decimals.fitsDouble(decimal) ? decimal.doubleValue() : Double.NaN;
    }

    private static void refuseInexact(InputSpec spec, Number number, List<InputError> errors) {
        BigDecimal decimal;
        try {
            decimal = number instanceof Double || number instanceof Float ? null : Decimals.number(number);
        } catch (IllegalArgumentException e) {
            decimal = null;
        }
        double read = decimal == null ? number.doubleValue() : decimal.doubleValue();
        if (decimal == null || Double.isNaN(read)) {
            errors.add(error(spec, shown(number) + " is not a finite number", wanted(spec) + ", or null if it is not known"));
        } else if (Double.isInfinite(read)) {
            errors.add(error(spec, shown(number) + " is too large to be kept exactly", wanted(spec)));
        } else {
            BigDecimal rounded = decimal.round(new MathContext(15, RoundingMode.HALF_EVEN));
            errors.add(error(spec, shown(number) + " has more digits than can be kept exactly (it would be read as "
                    + Json.plainDecimal(Decimals.of(read)) + ")", "round it to at most 15 significant digits, such as "
                    + Json.plainDecimal(rounded) + ", as precise as the measurement is"));
        }
    }

    private static String shown(Number number) {
        return "value " + renderNumber(number);
    }

    /** A fix for {@code "12"}, {@code "12%"} or {@code "5 years"} given where a number was wanted. */
    private static String numberInQuotesFix(InputSpec spec, String text) {
        Matcher matcher = NUMBER_WITH_UNIT.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(matcher.group(1));
        } catch (NumberFormatException e) {
            return null; // an exponent beyond what BigDecimal holds
        }
        String plain = Json.plainDecimal(number);
        if (matcher.group(2) == null) {
            return "write " + plain + " without quotes";
        }
        Optional<Unit> unit = Unit.parse(matcher.group(2));
        if (unit.isEmpty() || !unit.get().convertibleTo(spec.unit()) || spec.kind() != InputKind.QUANTITY) {
            return null;
        }
        if (unit.get() == spec.unit()) {
            return "write " + plain + " without quotes or unit";
        }
        BigDecimal converted = unit.get().convert(number, spec.unit());
        return "write " + Json.plainDecimal(converted) + " without quotes: " + unit.get().format(number) + " is "
                + spec.unit().format(converted);
    }

    private static InputError error(InputSpec spec, String message, String fix) {
        String about = spec.description().isEmpty() ? "" : " (" + spec.description() + ")";
        return new InputError(InputError.pathOf(spec.name()), message + about, fix);
    }

    /** "give a percentage from 0 to 100", "give a whole number at least 0", "give a number". */
    private static String wanted(InputSpec spec) {
        String bounds = spec.range().inWords();
        return "give " + noun(spec) + (bounds.isEmpty() ? "" : " " + bounds);
    }

    private static String noun(InputSpec spec) {
        if (spec.kind() == InputKind.INTEGER) {
            return "a whole number";
        }
        if (spec.kind() == InputKind.DECIMAL) {
            return "a number";
        }
        switch (spec.unit()) {
            case PERCENT:
                return "a percentage";
            case MM:
            case CM:
                return "a length in " + spec.unit().symbol();
            case COUNT:
                return "a count";
            default:
                return "a number of " + spec.unit().symbol();
        }
    }

    private static String describe(Object raw) {
        if (raw instanceof String) {
            String text = (String) raw;
            return "the string " + display(text.length() > 40 ? text.substring(0, 39) + "…" : text);
        }
        if (raw instanceof Boolean || raw instanceof Truth) {
            return "the boolean " + raw.toString().toLowerCase(Locale.ROOT);
        }
        if (raw instanceof Number) {
            return "the number " + renderNumber((Number) raw);
        }
        if (raw instanceof Map) {
            return "an object";
        }
        if (raw instanceof Collection || raw.getClass().isArray()) {
            return "a list";
        }
        return "a value of type " + raw.getClass().getSimpleName();
    }

    private static String renderNumber(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Json.plainNumber(number.doubleValue());
        }
        return number.toString();
    }

    /** Quotes a user-supplied text for a message, escaping what would make the message ambiguous. */
    private static String display(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
