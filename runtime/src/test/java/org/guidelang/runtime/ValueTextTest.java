package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTextTest {
    @Test
    void numbersInTheirUnitWholeNumbersWithoutDecimalsMissingInWords() {
        assertEquals("12%", ValueText.of(12.0, Unit.PERCENT));
        assertEquals("63 years", ValueText.of(63.0, Unit.YEARS));
        assertEquals("1", ValueText.of(1.0, Unit.NONE));
        assertEquals("2.5", ValueText.of(2.5, Unit.NONE));
        assertEquals("missing", ValueText.of(null, Unit.PERCENT));
        assertEquals("missing", ValueText.of(Double.NaN, Unit.PERCENT));
        assertEquals("missing", ValueText.of(Truth.UNKNOWN, Unit.NONE));
        assertEquals("true", ValueText.of(Truth.TRUE, Unit.NONE));
        assertEquals("false", ValueText.of(false, Unit.NONE));
        assertEquals("WELL", ValueText.of("WELL", Unit.NONE));
    }

    @Test
    void namedValuesInTheMapsOrderEachInItsUnit() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ki67", null);
        values.put("ecog", 0.0);
        values.put("age", 50.0);
        assertEquals("ki67 = missing, ecog = 0, age = 50 years",
                ValueText.of(values, name -> name.equals("age") ? Unit.YEARS : Unit.NONE));
    }

    @Test
    void possibleCodesJoinedWithOr() {
        assertEquals("NET_G3 or NEC_G3", ValueText.possible(List.of("NET_G3", "NEC_G3")));
        assertEquals("false or true", ValueText.possible(List.of(false, true)));
        assertEquals("", ValueText.possible(List.of()));
    }

    @Test
    void anExplanationStepWritesItsValuesInTheirUnits() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ki67", null);
        values.put("ecog", 1.0);
        values.put("age", 82.0);
        values.put("who.grade", "NET_G3 or NEC_G3");
        ExplanationStep step = new ExplanationStep("eligibility", "criterion fit", "age < 85 years and ecog <= 1",
                StepStatus.HELD, values, null, name -> name.equals("age") ? Unit.YEARS
                        : name.equals("ki67") ? Unit.PERCENT : Unit.NONE);
        assertEquals("age = 82 years, ecog = 1, ki67 = missing, who.grade = NET_G3 or NEC_G3", step.valueText());
        assertEquals(Map.of("age", Unit.YEARS, "ki67", Unit.PERCENT), step.units());
        assertEquals("ecog = 1", new ExplanationStep("o", "e", "t", StepStatus.HELD, Map.of("ecog", 1.0), null)
                .valueText());
    }
}
