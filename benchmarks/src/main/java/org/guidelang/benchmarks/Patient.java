package org.guidelang.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark patient: the inputs of {@code milan_nen} (with those of {@code who_grading}) in
 * their declared units, {@code null} when missing.
 */
public record Patient(
        String differentiation,
        Double ki67,
        Double mitoticCount,
        Boolean portalDrainage,
        Boolean extrahepaticDiseaseCleared,
        Double liverInvolvement,
        Double stableDiseaseMonths,
        Double age) {

    /** The patient as the interpreter and the by-id entry points take it: absent means missing. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "differentiation", differentiation);
        put(map, "ki67", ki67);
        put(map, "mitoticCount", mitoticCount);
        put(map, "portalDrainage", portalDrainage);
        put(map, "extrahepaticDiseaseCleared", extrahepaticDiseaseCleared);
        put(map, "liverInvolvement", liverInvolvement);
        put(map, "stableDiseaseMonths", stableDiseaseMonths);
        put(map, "age", age);
        return map;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
