package org.guidelang.compiler.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidelang.runtime.Unit;
import org.guidelang.runtime.ValueText;

/**
 * One dimension of a {@link Space}: a declared input (a number within its range, whole or not; a
 * code; true/false), an outcome read as a variable over its codes or true/false, or a condition
 * beyond exact reading, read as a free true/false value. Obtain variables from their space.
 *
 * @param index the variable's position in its space, in the order variables were first asked for
 * @param order for an input, its position among the declared inputs; for any other, its index
 * @param domain every value the variable ranges over in its space (with the missing point in a
 *     space {@linkplain Space#withMissing with missing values})
 * @param unit the unit a numeric input's values are written in; {@link Unit#NONE} otherwise
 * @param choices the values of a finite variable, in declaration order (empty for numbers)
 * @param reason for a condition, why it is beyond exact reading; null otherwise
 */
public record Variable(int index, Role role, int order, String name, ValueSet domain, Unit unit, List<String> choices,
        String reason) {
    /** Inputs in declaration order, then outcomes, then conditions, each in the order first read. */
    public static final Comparator<Variable> SHOWN_ORDER =
            Comparator.comparing(Variable::role).thenComparingInt(Variable::order);

    /** What a variable stands for; the order of the constants is the order variables are shown in. */
    public enum Role {
        INPUT,
        OUTCOME,
        CONDITION
    }

    public Variable {
        choices = List.copyOf(choices);
    }

    public boolean isNumeric() {
        return domain instanceof NumberSet;
    }

    public boolean isCondition() {
        return role == Role.CONDITION;
    }

    /** Whether the variable holds whole numbers only (integers and counts). */
    public boolean isWholeNumber() {
        return domain instanceof NumberSet numbers && numbers.wholeNumbers();
    }

    /** Whether the variable's values are true and false. */
    public boolean isTruthValue() {
        return Space.TRUTH_VALUES.equals(choices);
    }

    /**
     * A value of {@code set} to show as an example: a Double (in the variable's unit), a Boolean
     * or a String choice; null when the set holds only the missing point. {@code set} is not empty.
     */
    public Object sample(ValueSet set) {
        if (set instanceof NumberSet numbers) {
            return numbers.parts().isEmpty() ? null : numbers.parts().get(0).pick();
        }
        ChoiceSet choices = (ChoiceSet) set;
        if (choices.first() < 0) {
            return null;
        }
        String choice = this.choices.get(choices.first());
        return isTruthValue() ? (Object) Boolean.valueOf(choice) : choice;
    }

    /** A value of this variable as a committee reads it: {@code 10%}, {@code POOR}, {@code missing}. */
    public String show(Object value) {
        return ValueText.of(value, unit);
    }

    /**
     * {@code set} in words: "ki67 in [0%, 20%]", "mitoticCount = 3", "differentiation in {WELL,
     * POOR}", "`x * y > 3` holds", "ki67 is missing", "ki67 in [0%, 3%) or missing".
     */
    public String describe(ValueSet set) {
        boolean known = set.withMissing(false).isEmpty();
        if (known && set.includesMissing()) {
            return name + " is missing";
        }
        String described = set instanceof NumberSet numbers ? numbers(numbers) : choices((ChoiceSet) set);
        return set.includesMissing() ? described + " or missing" : described;
    }

    private String numbers(NumberSet numbers) {
        List<NumberInterval> parts = numbers.parts();
        if (parts.size() == 1 && parts.get(0).lo() == parts.get(0).hi()) {
            return name + " = " + unit.format(parts.get(0).lo());
        }
        List<String> shown = new ArrayList<>();
        for (NumberInterval part : parts) {
            shown.add(part.lo() == part.hi() ? "{" + unit.format(part.lo()) + "}" : interval(part));
        }
        return name + " in " + String.join(" or ", shown);
    }

    private String choices(ChoiceSet set) {
        if (isCondition()) {
            return "`" + name + "` " + (set.has(0) ? "holds" : "does not hold");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (set.has(i)) {
                names.add(choices.get(i));
            }
        }
        return names.size() == 1 ? name + " = " + names.get(0) : name + " in {" + String.join(", ", names) + "}";
    }

    private String interval(NumberInterval part) {
        return (part.loClosed() ? "[" : "(")
                + (part.lo() == Double.NEGATIVE_INFINITY ? "*" : unit.format(part.lo()))
                + ", "
                + (part.hi() == Double.POSITIVE_INFINITY ? "*" : unit.format(part.hi()))
                + (part.hiClosed() ? "]" : ")");
    }
}
