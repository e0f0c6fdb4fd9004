package org.guidelang.compiler.conflicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.model.ValueUnits;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.ValueText;

/** Patients from a search's values: partial ones as the interpreter reads them, and complete witnesses. */
final class Witnesses {
    private Witnesses() {}

    /** The patient that gives input {@code i} the value {@code values[i]} and leaves the null ones missing. */
    static Map<String, Object> patient(List<InputDecl> inputs, Object[] values) {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (values[i] != null) {
                patient.put(inputs.get(i).name(), values[i]);
            }
        }
        return patient;
    }

    /**
     * {@code values} with every input left open given a value: the first of its cells, or one
     * inside its valid range when it has none. The search left these open because any value does.
     */
    static Map<String, Object> complete(List<InputDecl> inputs, Completions cells, Object[] values) {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Object value = values[i];
            if (value == null) {
                value = cells.splits(i) ? cells.cells(i).get(0) : anyValue(inputs.get(i).spec());
            }
            patient.put(inputs.get(i).name(), value);
        }
        return patient;
    }

    /** A valid value of an input that has no cells. */
    private static Object anyValue(InputSpec spec) {
        switch (spec.kind()) {
            case BOOLEAN:
                return Boolean.FALSE;
            case CODE:
                return spec.codes().get(0);
            default:
                Range range = spec.range();
                double value = range.hasLowerBound() ? Math.ceil(range.lo()) : range.hasUpperBound() ? Math.floor(range.hi()) : 0;
                if (!range.contains(value)) {
                    value = range.hasUpperBound() && range.hasLowerBound() ? (range.lo() + range.hi()) / 2 : value + 1;
                }
                return value;
        }
    }

    /** The patient as {@code guidec eval} writes values: {@code ki67 = 30%, differentiation = WELL}. */
    static String text(CheckedGuideline guideline, Map<String, Object> patient) {
        return ValueText.of(patient, ValueUnits.of(guideline));
    }
}
