package org.guidelang.runtime;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Values in the words of {@code guidec eval}: a number in its unit ({@code 12%}, {@code 63 years},
 * a whole number without decimals), a code by its name, {@code true} or {@code false}, {@code
 * missing} for a value not given, and the codes an undetermined outcome can still take as {@code
 * NET_G3 or NEC_G3}. The one formatter of values: {@code guidec eval}, {@code guidec test}, the
 * Maven plugin's {@code test} goal, the HTML site and {@link ExplanationStep#valueText()} write
 * values through it, so that each says the same.
 */
public final class ValueText {
    private ValueText() {}

    /** One value; {@code unit} applies to numbers ({@link Unit#NONE} when the value has none). */
    public static String of(Object value, Unit unit) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Double d) {
            return unit.format(d);
        }
        if (value instanceof Number n) {
            return unit.format(Decimals.number(n)); // exactly: a BigDecimal as read from JSON
        }
        if (value instanceof Truth t) {
            return t == Truth.UNKNOWN ? "missing" : Boolean.toString(t.toBoolean());
        }
        if (value instanceof CodeValue code) {
            return code.code();
        }
        return value.toString();
    }

    /** The values an undetermined outcome can still take: {@code NET_G3 or NEC_G3}; empty for none. */
    public static String possible(Collection<?> values) {
        StringJoiner text = new StringJoiner(" or ");
        values.forEach(value -> text.add(of(value, Unit.NONE)));
        return text.toString();
    }

    /**
     * Named values, such as an {@link ExplanationStep}'s: {@code ki67 = 12%, age = missing}, in the
     * map's order; {@code units} gives each name's unit (never null: {@link Unit#NONE} for none).
     */
    public static String of(Map<String, ?> values, Function<String, Unit> units) {
        StringJoiner text = new StringJoiner(", ");
        values.forEach((name, value) -> text.add(name + " = " + of(value, units.apply(name))));
        return text.toString();
    }
}
