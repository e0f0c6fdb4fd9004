package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValidatorTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final List<InputSpec> SPECS = List.of(
            InputSpec.code("differentiation", List.of("WELL", "POOR"), "tumour differentiation"),
            InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "Ki-67 proliferation index"),
            InputSpec.quantity("mitoticCount", Unit.COUNT, Range.closed(0, 1000), "mitoses per 2 mm²"),
            InputSpec.bool("functional", "hormone syndrome"),
            InputSpec.quantity("size", Unit.CM, new Range(0, false, INF, false), "largest tumour diameter"),
            InputSpec.quantity("followUp", Unit.MONTHS, Range.closed(0, 600), ""),
            InputSpec.integer("score", Range.closed(0, 10), null),
            InputSpec.decimal("ratio", Range.unbounded(), null));

    private static Validation validate(Map<String, ?> raw) {
        return InputValidator.validate(raw, SPECS);
    }

    private static List<String> rendered(Map<String, ?> raw) {
        return validate(raw).errors().stream().map(InputError::toString).toList();
    }

    private static Map<String, Object> patient(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void normalizesValidValuesInDeclarationOrder() {
        Validation result = validate(patient(
                "ratio", 0.25, "score", 3, "followUp", new BigDecimal("60.0"), "size", 2.5f,
                "functional", true, "mitoticCount", 4L, "ki67", 12, "differentiation", "WELL"));
        assertTrue(result.isValid());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("differentiation", "WELL");
        expected.put("ki67", 12.0);
        expected.put("mitoticCount", 4.0);
        expected.put("functional", true);
        expected.put("size", 2.5);
        expected.put("followUp", 60.0);
        expected.put("score", 3.0);
        expected.put("ratio", 0.25);
        assertEquals(expected, result.values());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(result.values().keySet()));
        assertEquals(Double.class, result.values().get("score").getClass());
        assertThrows(UnsupportedOperationException.class, () -> result.values().put("x", 1));
    }

    @Test
    void valuesAreAnOrdinaryMapToCallers() {
        Validation result = validate(patient("ki67", 12, "differentiation", "WELL", "score", null));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("differentiation", "WELL");
        expected.put("ki67", 12.0);
        assertEquals(expected, result.values());
        assertEquals(expected.hashCode(), result.values().hashCode());
        assertEquals(expected.toString(), result.values().toString());
        assertEquals(12.0, result.values().get(new String("ki67")), "found by an equal key, not only the same one");
        assertTrue(result.values().containsKey("differentiation"));
        assertFalse(result.values().containsKey("score"), "a null input is missing, not present");
        assertEquals(null, result.values().get("nothing"));
        assertEquals(2, result.values().size());
        assertThrows(UnsupportedOperationException.class, () -> result.values().remove("ki67"));
        assertThrows(UnsupportedOperationException.class, () -> result.values().entrySet().iterator().next().setValue(1));
    }

    @Test
    void valuesOrThrowGivesTheSameValuesOrEveryError() throws InvalidInputException {
        InputValidator validator = InputValidator.of(SPECS);
        Map<String, Object> valid = patient("ki67", 12, "differentiation", "WELL");
        assertEquals(validator.validate(valid).values(), validator.valuesOrThrow(valid));
        Map<String, Object> invalid = patient("ki67", 120, "differentiation", "well", "kI67", 3);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.valuesOrThrow(invalid));
        assertEquals(validator.validate(invalid).errors(), e.errors());
        assertEquals(3, e.errors().size());
    }

    @Test
    void valuesInOrderAreTheSameValuesByPositionOrEveryError() throws InvalidInputException {
        InputValidator validator = InputValidator.of(SPECS);
        Map<String, Object> valid = patient("score", 7, "ki67", 12.5, "differentiation", "WELL", "functional", true,
                "ratio", null);
        Object[] inOrder = validator.valuesInOrderOrThrow(valid);
        assertEquals(SPECS.size(), inOrder.length);
        Map<String, Object> byName = validator.valuesOrThrow(valid);
        for (int i = 0; i < SPECS.size(); i++) {
            assertEquals(byName.get(SPECS.get(i).name()), inOrder[i], SPECS.get(i).name());
        }
        assertEquals(7.0, inOrder[6]); // a whole number is a Double, as by name
        assertEquals(null, inOrder[7]); // null is missing
        // Each error of the map path, through the positional one: wrong type, unknown code, out of range,
        // not whole, not finite, unknown input.
        Map<String, Object> invalid = patient("ki67", 120.0, "differentiation", "well", "functional", "yes",
                "score", 2.5, "ratio", Double.NaN, "size", Double.POSITIVE_INFINITY, "kI67", 3);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.valuesInOrderOrThrow(invalid));
        assertEquals(validator.validate(invalid).errors(), e.errors());
        assertEquals(7, e.errors().size());
    }

    @Test
    void aValidDoubleIsKeptAsGivenAndAnInvalidOneIsCheckedInFull() {
        Double ki67 = 12.5;
        assertTrue(validate(patient("ki67", ki67)).values().get("ki67") == ki67, "the same Double, not a new box");
        // The plain check's edges agree with the full one: open bounds, whole numbers, the largest doubles.
        assertEquals(List.of("$.size: value 0 is out of range (0, *) (largest tumour diameter) — fix: give a length in"
                + " cm above 0"), rendered(patient("size", 0.0)));
        assertEquals(List.of(), rendered(patient("size", Double.MAX_VALUE, "ratio", -Double.MAX_VALUE)));
        assertEquals(List.of("$.mitoticCount: value 2.5 is not a whole number (mitoses per 2 mm²) — fix: give a count"
                + " from 0 to 1000"), rendered(patient("mitoticCount", 2.5)));
        assertEquals(1, rendered(patient("ratio", Double.NEGATIVE_INFINITY)).size());
        assertEquals(-0.0, validate(patient("ratio", -0.0)).values().get("ratio"));
    }

    @Test
    void absentAndNullAreMissingNotErrors() {
        Validation result = validate(patient("ki67", null, "differentiation", null, "functional", null));
        assertTrue(result.isValid());
        assertEquals(Map.of(), result.values());
        assertTrue(validate(Map.of()).isValid());
    }

    @Test
    void acceptsIntegralDoublesAndBoundsOfTheRange() {
        Validation result = validate(patient("score", 10.0, "ki67", 0, "mitoticCount", 1000, "ratio", -1e300));
        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(10.0, result.values().get("score"));
    }

    @Test
    void outOfRangeNamesTheRangeAndTheUnit() {
        assertEquals(
                List.of("$.ki67: value 120 is out of range [0, 100] (Ki-67 proliferation index) — fix: give a percentage from 0 to 100"),
                rendered(patient("ki67", 120)));
        assertEquals(
                List.of("$.size: value 0 is out of range (0, *) (largest tumour diameter) — fix: give a length in cm above 0"),
                rendered(patient("size", 0)));
        assertEquals(
                List.of("$.followUp: value -1.5 is out of range [0, 600] — fix: give a number of months from 0 to 600"),
                rendered(patient("followUp", -1.5)));
        assertEquals(
                List.of("$.mitoticCount: value 1001 is out of range [0, 1000] (mitoses per 2 mm²) — fix: give a count from 0 to 1000"),
                rendered(patient("mitoticCount", 1001)));
        InputError error = validate(patient("ki67", 120)).errors().get(0);
        assertEquals("$.ki67", error.path());
        assertEquals("value 120 is out of range [0, 100] (Ki-67 proliferation index)", error.message());
        assertEquals("give a percentage from 0 to 100", error.fix());
    }

    @Test
    void notAnInteger() {
        assertEquals(
                List.of("$.score: value 2.5 is not a whole number — fix: give a whole number from 0 to 10"),
                rendered(patient("score", 2.5)));
    }

    @Test
    void aCountIsAWholeNumber() {
        // The static analysis proves coverage over whole counts: a fractional count must not slip through.
        assertEquals(
                List.of("$.mitoticCount: value 2.5 is not a whole number (mitoses per 2 mm²) — fix: give a count from 0 to 1000"),
                rendered(patient("mitoticCount", 2.5)));
        assertEquals(List.of(), rendered(patient("mitoticCount", 3)));
    }

    @Test
    void notFinite() {
        assertEquals(
                List.of("$.ki67: value NaN is not a finite number (Ki-67 proliferation index) — fix: give a percentage from 0 to 100, or null if it is not known"),
                rendered(patient("ki67", Double.NaN)));
        assertEquals(
                List.of("$.ratio: value Infinity is not a finite number — fix: give a number, or null if it is not known"),
                rendered(patient("ratio", INF)));
    }

    @Test
    void aNumberNoDoubleStandsForIsRefusedNotReadAsItsNeighbour() {
        // 2.9999999999999999 would be read as 3, across a threshold `>= 3`: refused, with the number as written.
        assertEquals(
                List.of("$.ratio: value 2.9999999999999999 has more digits than can be kept exactly (it would be read as"
                        + " 3) — fix: round it to at most 15 significant digits, such as 3, as precise as the measurement"
                        + " is"),
                rendered(patient("ratio", new BigDecimal("2.9999999999999999"))));
        assertEquals(
                List.of("$.score: value 9007199254740993 has more digits than can be kept exactly (it would be read as"
                        + " 9007199254740992) — fix: round it to at most 15 significant digits, such as 9007199254740990,"
                        + " as precise as the measurement is"),
                rendered(patient("score", 9007199254740993L)));
        assertEquals(List.of("$.ratio: value 1E+400 is too large to be kept exactly — fix: give a number"),
                rendered(patient("ratio", new BigDecimal("1E+400"))));
        assertEquals(1, rendered(patient("ratio", new BigDecimal("1E-400"))).size());
        // What a double stands for is kept, to the last of its 17 digits; a Float stands for its own shortest text.
        Validation kept = validate(patient("ratio", new BigDecimal("0.30000000000000004"), "size", 0.1f,
                "ki67", new BigDecimal("12.50"), "score", new java.math.BigInteger("7")));
        assertTrue(kept.isValid(), kept.errors().toString());
        assertEquals(0.1 + 0.2, kept.values().get("ratio"));
        assertEquals(0.1, kept.values().get("size"));
        assertEquals(12.5, kept.values().get("ki67"));
        assertEquals(7.0, kept.values().get("score"));
    }

    @Test
    void wrongTypeForANumber() {
        assertEquals(
                List.of("$.ki67: expected a percentage, got the string \"high\" (Ki-67 proliferation index) — fix: give a percentage from 0 to 100"),
                rendered(patient("ki67", "high")));
        assertEquals(
                List.of("$.score: expected a whole number, got the boolean true — fix: give a whole number from 0 to 10"),
                rendered(patient("score", true)));
        assertEquals(
                List.of("$.ratio: expected a number, got a list — fix: give a number"),
                rendered(patient("ratio", List.of(1, 2))));
        assertEquals(
                List.of("$.ratio: expected a number, got an object — fix: give a number"),
                rendered(patient("ratio", Map.of("value", 1))));
    }

    @Test
    void numbersInQuotesGetASpecificFix() {
        assertEquals(
                List.of("$.ki67: expected a percentage, got the string \"12\" (Ki-67 proliferation index) — fix: write 12 without quotes"),
                rendered(patient("ki67", "12")));
        assertEquals("write 12.5 without quotes or unit", validate(patient("ki67", "12.5 %")).errors().get(0).fix());
        assertEquals(
                "write 60 without quotes: 5 years is 60 months",
                validate(patient("followUp", "5 years")).errors().get(0).fix());
        assertEquals("give a length in cm above 0", validate(patient("size", "3 kg")).errors().get(0).fix());
        assertEquals("give a percentage from 0 to 100", validate(patient("ki67", "3 cm")).errors().get(0).fix());
    }

    @Test
    void wrongTypeForABoolean() {
        assertEquals(
                List.of("$.functional: expected true or false, got the number 1 (hormone syndrome) — fix: write true or false"),
                rendered(patient("functional", 1)));
        assertEquals(
                List.of("$.functional: expected true or false, got the string \"TRUE\" (hormone syndrome) — fix: write true without quotes"),
                rendered(patient("functional", "TRUE")));
        assertEquals("write true or false", validate(patient("functional", "yes")).errors().get(0).fix());
    }

    @Test
    void wrongTypeForACode() {
        assertEquals(
                List.of("$.differentiation: expected a code, got the boolean true (tumour differentiation) — fix: give one of WELL, POOR as a string"),
                rendered(patient("differentiation", true)));
        assertEquals(
                "expected a code, got the number 2 (tumour differentiation)",
                validate(patient("differentiation", 2)).errors().get(0).message());
    }

    @Test
    void unknownCodeListsAllowedCodesAndSuggests() {
        assertEquals(
                List.of("$.differentiation: unknown code \"well\"; expected one of WELL, POOR (tumour differentiation) — fix: did you mean WELL?"),
                rendered(patient("differentiation", "well")));
        assertEquals("did you mean POOR?", validate(patient("differentiation", "POR")).errors().get(0).fix());
        assertEquals(
                List.of("$.differentiation: unknown code \"MODERATE\"; expected one of WELL, POOR (tumour differentiation) — fix: give one of WELL, POOR"),
                rendered(patient("differentiation", "MODERATE")));
    }

    @Test
    void unknownFieldsSuggestTheClosestInput() {
        assertEquals(
                List.of("$.Ki67: unknown input \"Ki67\" — fix: did you mean ki67?", "$.ki_67: unknown input \"ki_67\" — fix: did you mean ki67?"),
                rendered(patient("ki_67", 10, "Ki67", 10)));
        assertEquals(
                List.of("$.weight: unknown input \"weight\" — fix: remove it, or use one of: differentiation, ki67, mitoticCount, functional, size, followUp, score, ratio"),
                rendered(patient("weight", 70)));
        assertEquals(
                List.of("$['ki 67']: unknown input \"ki 67\" — fix: did you mean ki67?"),
                rendered(patient("ki 67", null)));
        assertEquals(
                List.of("$.age: unknown input \"age\" — fix: remove it; this guideline has no inputs"),
                InputValidator.validate(Map.of("age", 3), List.of()).errors().stream().map(InputError::toString).toList());
    }

    @Test
    void reportsEveryErrorInDeclarationOrderThenUnknownFieldsSorted() {
        Validation result = validate(patient(
                "zeta", 1, "score", 1.5, "alpha", 2, "ki67", -3, "differentiation", "G1", "functional", "no", "size", 2));
        assertEquals(
                List.of("$.differentiation", "$.ki67", "$.functional", "$.score", "$.alpha", "$.zeta"),
                result.errors().stream().map(InputError::path).toList());
        assertFalse(result.isValid());
        assertEquals(Map.of("size", 2.0), result.values());
    }

    @Test
    void acceptsTruthAndEnumsFromTypedCallers() {
        Validation result = validate(patient("functional", Truth.FALSE, "differentiation", Differentiation.POOR));
        assertEquals(Map.of("functional", false, "differentiation", "POOR"), result.values());
        assertEquals(Map.of(), validate(patient("functional", Truth.UNKNOWN)).values());
    }

    private enum Differentiation {
        WELL,
        POOR
    }

    @Test
    void validationCanThrowAllErrorsAtOnce() {
        Validation result = validate(patient("ki67", 120, "score", 2.5));
        InvalidInputException e = assertThrows(InvalidInputException.class, result::valuesOrThrow);
        assertEquals(result.errors(), e.errors());
        assertEquals(
                "$.ki67: value 120 is out of range [0, 100] (Ki-67 proliferation index) — fix: give a percentage from 0 to 100\n"
                        + "$.score: value 2.5 is not a whole number — fix: give a whole number from 0 to 10",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
    }

    @Test
    void reusableValidatorRejectsDuplicateInputs() {
        InputValidator validator = InputValidator.of(SPECS);
        assertEquals(SPECS, validator.specs());
        assertTrue(validator.validate(Map.of("ki67", 5)).isValid());
        assertThrows(IllegalArgumentException.class, () -> InputValidator.of(List.of(
                InputSpec.bool("a", null), InputSpec.bool("a", null))));
    }

    @Test
    void pathsQuoteNonIdentifiers() {
        assertEquals("$.ki67", InputError.pathOf("ki67"));
        assertEquals("$._x$1", InputError.pathOf("_x$1"));
        assertEquals("$['ki 67']", InputError.pathOf("ki 67"));
        assertEquals("$['it\\'s']", InputError.pathOf("it's"));
        assertEquals("$['1st']", InputError.pathOf("1st"));
        assertEquals("$.a: broken", new InputError("$.a", "broken", null).toString());
    }
}
