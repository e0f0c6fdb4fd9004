package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.InputSpec;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary of NEN-BRIEF.md is a contract for generated Java and JSON: each of its
 * inputs keeps its name, type, unit and range, and is declared by exactly one guideline.
 */
class DataDictionaryTest {
    /** Name to "KIND unit range codes", as the brief's data dictionary states them. */
    private static final Map<String, String> DICTIONARY = new LinkedHashMap<>();

    static {
        DICTIONARY.put("differentiation", "CODE - - [WELL, POOR]");
        DICTIONARY.put("ki67", "QUANTITY PERCENT [0, 100] -");
        DICTIONARY.put("mitoticCount", "QUANTITY COUNT [0, *) -");
        DICTIONARY.put("age", "QUANTITY YEARS [0, 120] -");
        DICTIONARY.put("liverInvolvement", "QUANTITY PERCENT [0, 100] -");
        DICTIONARY.put("stableDiseaseMonths", "QUANTITY MONTHS [0, *) -");
        DICTIONARY.put("achievableDebulking", "QUANTITY PERCENT [0, 100] -");
        DICTIONARY.put("largestLesionCm", "QUANTITY CM (0, *) -");
        for (String flag : List.of("portalDrainage", "extrahepaticDiseaseCleared", "completeClearanceFeasible",
                "massEffectSymptoms", "refractoryHormonalSymptoms", "fitForSurgery", "carcinoidHeartDisease",
                "extrahepaticMetastases", "rapidProgression", "adequateLiverRemnant", "slowGrowth", "sstrPositive")) {
            DICTIONARY.put(flag, "BOOLEAN - - -");
        }
    }

    private static String describe(InputSpec spec) {
        boolean numeric = spec.isNumeric();
        return spec.kind() + " " + (spec.unit() == null || !numeric ? "-" : spec.unit().name()) + " "
                + (spec.range() == null || !numeric ? "-" : spec.range().toString()) + " "
                + (spec.codes() == null || spec.codes().isEmpty() ? "-" : spec.codes().toString());
    }

    @Test
    void dictionaryInputsKeepTheirContract() {
        Map<String, String> actual = new TreeMap<>();
        for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
            for (InputDecl input : guideline.inputs()) {
                if (DICTIONARY.containsKey(input.name())) {
                    actual.put(input.name(), describe(input.spec()));
                }
            }
        }
        assertEquals(new TreeMap<>(DICTIONARY), actual);
    }

    @Test
    void everyInputIsDeclaredByOneGuidelineOnly() {
        Map<String, List<String>> declaredBy = new TreeMap<>();
        for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
            for (InputDecl input : guideline.ownInputs()) {
                declaredBy.computeIfAbsent(input.name(), n -> new ArrayList<>()).add(guideline.id());
            }
        }
        declaredBy.forEach((name, ids) -> assertEquals(1, ids.size(), name + " is declared by " + ids));
        DICTIONARY.keySet().forEach(name -> assertEquals(1, declaredBy.getOrDefault(name, List.of()).size(),
                name + " from the data dictionary is not declared"));
    }
}
