package org.guidelang.compiler.html;

import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;
import org.guidelang.runtime.ValueText;

/**
 * Input values, types and ranges in the words a clinician reads on the site: "12%", "63 years",
 * "yes", "NET G2 (label)". Numbers and missing values are the runtime's {@link ValueText}, as
 * {@code guidec eval} writes them; the site says booleans as yes or no and gives codes their labels.
 */
final class ValueWords {
    private ValueWords() {}

    /** A patient's value of {@code input} (Double in its unit, Boolean, String code; null when missing). */
    static String of(InputDecl input, Object value) {
        if (value == null || value instanceof Number) {
            return ValueText.of(value, input.spec().unit());
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String code = value.toString();
        String label = input.codes() == null ? null
                : input.codes().code(code).map(CodeSet.Code::label).filter(l -> !l.equals(code)).orElse(null);
        return Notation.codeName(code) + (label == null ? "" : " (" + label + ")");
    }

    /** A value as short as it can be: a code by its name alone ("WELL"), other values as {@link #of}. */
    static String brief(InputDecl input, Object value) {
        return value instanceof String code ? Notation.codeName(code) : of(input, value);
    }

    /** An explanation's value of a name that is not an input: a parameter, an outcome, a number. */
    static String plain(Object value) {
        if (value == null || value instanceof Number) {
            return ValueText.of(value, Unit.NONE);
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return Notation.codeName(value.toString());
    }

    static String type(InputDecl input) {
        InputKind kind = input.spec().kind();
        return switch (kind) {
            case BOOLEAN -> "yes / no";
            case CODE -> "code";
            case INTEGER -> "whole number";
            case DECIMAL -> "number";
            case QUANTITY -> input.spec().unit() == Unit.COUNT ? "count" : "quantity";
        };
    }

    static String unit(InputDecl input) {
        Unit unit = input.spec().unit();
        String symbol = unit == Unit.COUNT ? "" : unit.symbol();
        if (input.perLabel() != null) {
            String per = input.perLabel().startsWith("per ") ? input.perLabel() : "per " + input.perLabel();
            return symbol.isEmpty() ? per : symbol + " " + per;
        }
        return symbol;
    }

    /** "0% to 100%", "at least 0", "above 0 and below 10 cm"; empty when unbounded or not numeric. */
    static String range(InputDecl input) {
        Range range = input.spec().range();
        Unit unit = input.spec().unit();
        if (!input.spec().isNumeric() || range.isUnbounded()) {
            return "";
        }
        String lower = (range.loClosed() ? "at least " : "above ") + unit.format(range.lo());
        String upper = (range.hiClosed() ? "at most " : "below ") + unit.format(range.hi());
        if (range.hasLowerBound() && range.hasUpperBound()) {
            // "0 to 120 years", "0 to 100%": the unit once, after the upper bound.
            return range.loClosed() && range.hiClosed()
                    ? Unit.NONE.format(range.lo()) + " to " + unit.format(range.hi())
                    : lower + " and " + upper;
        }
        return range.hasLowerBound() ? lower : upper;
    }
}
