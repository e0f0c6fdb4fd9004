package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.region.Box;
import org.guidelang.compiler.region.ValueSet;
import org.guidelang.compiler.region.Variable;

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
            ValueSet set = box.get(variable);
            Object value = variable.sample(set);
            patient.put(variable.name(), value);
            values.add(variable.name() + " = " + variable.show(value));
            if (!set.equals(variable.domain())) {
                constraints.add(variable.describe(set));
            }
        }
        String region = constraints.isEmpty() ? "every patient" : String.join(", ", constraints);
        return new Witness(patient, String.join(", ", values), region);
    }
}
