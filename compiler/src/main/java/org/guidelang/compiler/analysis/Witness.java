package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.runtime.Unit;

/**
 * A concrete patient from a region, and the region around it in words: "differentiation = POOR,
 * ki67 = 10%, mitoticCount = 10" within "differentiation = POOR, ki67 in [0%, 20%],
 * mitoticCount in [0, 20]".
 *
 * @param patient the patient's values by variable name: Double (in the input's unit), Boolean,
 *     or String code, in the order of {@code text}
 * @param text the patient as a committee reads it
 * @param region the box the patient was taken from, naming only what it constrains
 */
public record Witness(Map<String, Object> patient, String text, String region) {
    public Witness {
        patient = Collections.unmodifiableMap(new LinkedHashMap<>(patient));
    }

    static Witness of(Box box, List<Variable> shown) {
        Map<String, Object> patient = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (Variable variable : shown) {
            Values set = box.get(variable);
            if (set instanceof Numbers numbers) {
                double x = pick(numbers.parts().get(0));
                patient.put(variable.name(), x);
                values.add(variable.name() + " = " + variable.unit().format(x));
            } else {
                String choice = variable.choices().get(((Choices) set).first());
                patient.put(variable.name(), Space.BOOLEAN_CHOICES.equals(variable.choices())
                        ? (Object) Boolean.valueOf(choice) : choice);
                values.add(variable.name() + " = " + choice);
            }
            if (!set.equals(variable.domain())) {
                constraints.add(describe(variable, set));
            }
        }
        String region = constraints.isEmpty() ? "every patient" : String.join(", ", constraints);
        return new Witness(patient, String.join(", ", values), region);
    }

    /** "ki67 in [0%, 20%]", "mitoticCount = 3", "differentiation in {WELL, POOR}", "`x * y > 3` holds". */
    static String describe(Variable variable, Values set) {
        if (set instanceof Numbers numbers) {
            List<Interval> parts = numbers.parts();
            if (parts.size() == 1 && parts.get(0).lo() == parts.get(0).hi()) {
                return variable.name() + " = " + variable.unit().format(parts.get(0).lo());
            }
            List<String> shown = new ArrayList<>();
            for (Interval part : parts) {
                shown.add(part.lo() == part.hi() ? "{" + variable.unit().format(part.lo()) + "}"
                        : interval(part, variable.unit()));
            }
            return variable.name() + " in " + String.join(" or ", shown);
        }
        Choices choices = (Choices) set;
        if (variable.isOpaque()) {
            return "`" + variable.name() + "` " + (choices.has(0) ? "holds" : "does not hold");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < variable.choices().size(); i++) {
            if (choices.has(i)) {
                names.add(variable.choices().get(i));
            }
        }
        return names.size() == 1 ? variable.name() + " = " + names.get(0)
                : variable.name() + " in {" + String.join(", ", names) + "}";
    }

    private static String interval(Interval part, Unit unit) {
        return (part.loClosed() ? "[" : "(")
                + (part.lo() == Double.NEGATIVE_INFINITY ? "*" : unit.format(part.lo()))
                + ", "
                + (part.hi() == Double.POSITIVE_INFINITY ? "*" : unit.format(part.hi()))
                + (part.hiClosed() ? "]" : ")");
    }

    /** A readable value inside {@code part}: its middle, rounded to as few decimals as stay inside. */
    static double pick(Interval part) {
        boolean loFinite = part.lo() != Double.NEGATIVE_INFINITY;
        boolean hiFinite = part.hi() != Double.POSITIVE_INFINITY;
        if (loFinite && hiFinite) {
            double middle = part.lo() + (part.hi() - part.lo()) / 2;
            for (int decimals = 0; decimals <= 12; decimals++) {
                double scale = Math.pow(10, decimals);
                double rounded = Math.round(middle * scale) / scale;
                if (part.contains(rounded)) {
                    return rounded;
                }
            }
            return middle;
        }
        if (loFinite) {
            return part.loClosed() ? part.lo() : Math.floor(part.lo()) + 1;
        }
        if (hiFinite) {
            return part.hiClosed() ? part.hi() : Math.ceil(part.hi()) - 1;
        }
        return 0;
    }
}
