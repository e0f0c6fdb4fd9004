package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecidedTest {
    private static final InputIndex INPUTS = InputIndex.of(List.of("differentiation", "ki67", "mitoticCount"));

    private enum Grade implements CodeValue {
        NET_G2,
        NET_G3,
        NEC_G3;

        @Override
        public String code() {
            return name();
        }

        @Override
        public String label() {
            return "NET, G2";
        }
    }

    @Test
    void determinedValueReadsWithoutNulls() {
        Decided<Grade> grade = Decided.of(Grade.NET_G2);
        assertTrue(grade.isDetermined());
        assertTrue(grade.is(Grade.NET_G2));
        assertEquals(Grade.NET_G2, grade.get());
        assertEquals(Optional.of(Grade.NET_G2), grade.toOptional());
        assertEquals(Set.of(), grade.missing());
        assertEquals("NET_G2", grade.toString());
        assertEquals(OutcomeResult.determined("grade", "NET_G2"), grade.toOutcomeResult("grade"));
    }

    @Test
    void undeterminedNamesTheMissingInputsSorted() {
        Decided<Grade> grade = Decided.undetermined((1L << 2) | (1L << 0), INPUTS);
        assertFalse(grade.isDetermined());
        assertFalse(grade.is(Grade.NET_G2));
        assertEquals(List.of("differentiation", "mitoticCount"), List.copyOf(grade.missing()));
        assertEquals(Grade.NET_G2, grade.orElse(Grade.NET_G2));
        IllegalStateException e = assertThrows(IllegalStateException.class, grade::get);
        assertEquals("undetermined: missing differentiation, mitoticCount", e.getMessage());
        assertEquals("undetermined (missing differentiation, mitoticCount)", grade.toString());
        assertEquals(OutcomeResult.undetermined("grade", List.of("differentiation", "mitoticCount")),
                grade.toOutcomeResult("grade"));
        assertEquals(grade, grade.map(Grade::label));
    }

    @Test
    void settledWhenDeterminedOrCertainlyWithoutAValue() {
        assertTrue(Decided.of(Grade.NET_G2).isSettled());
        assertTrue(Decided.undetermined(0L, INPUTS, 0b1000L, Grade.class).isSettled(), "no value, nothing missing");
        assertFalse(Decided.undetermined(1L << 0, INPUTS, 0b1000L, Grade.class).isSettled(), "an input could still "
                + "give it a value as far as the one pass knows");
        assertFalse(Decided.undetermined(0L, INPUTS, 0b1010L, Grade.class).isSettled(), "a value or none");
        Decided<Grade> complete = Decided.undetermined(0L, INPUTS, 0L, Grade.class);
        assertTrue(complete.isSettled(), "nothing missing and no value found: no completion gives one");
        assertTrue(complete.mayHaveNoValue());
        assertEquals(Set.of(), complete.possible(), "no code is possible");
        assertFalse(Decided.undetermined(0L, INPUTS).isSettled(), "nothing known of its values");
    }

    @Test
    void undeterminedKeepsTheValuesStillPossible() {
        Decided<Grade> grade = Decided.undetermined(1L << 0, INPUTS, 0b110L, Grade.class);
        assertEquals(List.of(Grade.NET_G3, Grade.NEC_G3), List.copyOf(grade.possible()));
        assertFalse(grade.mayHaveNoValue());
        assertEquals(OutcomeResult.undetermined("grade", List.of("differentiation"), List.of("NET_G3", "NEC_G3")),
                grade.toOutcomeResult("grade"));
        assertFalse(grade.equals(Decided.undetermined(1L << 0, INPUTS)), "possible values tell results apart");
        Decided<Grade> orNone = Decided.undetermined(1L << 1, INPUTS, 0b1001L, Grade.class);
        assertEquals(Set.of(Grade.NET_G2), orNone.possible());
        assertTrue(orNone.mayHaveNoValue());
        assertEquals(List.of("NET_G2", OutcomeResult.NO_VALUE), orNone.toOutcomeResult("grade").possible());
        assertFalse(Decided.of(Grade.NET_G2).mayHaveNoValue());
    }

    @Test
    void theMapFormConvertsBack() {
        for (Decided<Grade> grade : List.of(Decided.of(Grade.NET_G3), Decided.undetermined(5L, INPUTS, 0b1010L,
                Grade.class), Decided.<Grade>undetermined(2L, INPUTS))) {
            assertEquals(grade, Decided.fromOutcome(grade.toOutcomeResult("grade"), Grade.class, INPUTS));
        }
        assertSame(Decided.of(true), Decided.fromOutcome(OutcomeResult.determined("act", true), INPUTS));
        Decided<Boolean> act = Decided.fromOutcome(OutcomeResult.undetermined("act", List.of("ki67"),
                List.of(false, OutcomeResult.NO_VALUE)), INPUTS);
        assertEquals(Set.of(false), act.possible());
        assertTrue(act.mayHaveNoValue());
        assertEquals(Set.of("ki67"), act.missing());
        assertEquals(List.of(false, OutcomeResult.NO_VALUE), act.toOutcomeResult("act").possible());
        assertThrows(IllegalArgumentException.class,
                () -> Decided.fromOutcome(OutcomeResult.determined("grade", "NET_G1"), Grade.class, INPUTS));
    }

    @Test
    void aDeterminedMapFormIsMadeOnceForEachName() {
        Decided<Grade> grade = Decided.of(Grade.NET_G2);
        OutcomeResult first = grade.toOutcomeResult("grade");
        assertSame(first, grade.toOutcomeResult("grade"));
        assertEquals(OutcomeResult.determined("grade", "NET_G2"), first);
        // Asked under another name (one constant shared by two outcomes), it answers for that name.
        assertEquals(OutcomeResult.determined("who.grade", "NET_G2"), grade.toOutcomeResult("who.grade"));
        assertEquals("grade", grade.toOutcomeResult("grade").name());
        // An undetermined outcome's missing inputs are taken as InputIndex made them, sorted.
        OutcomeResult open = Decided.undetermined(0b101L, INPUTS, 0b110L, Grade.class).toOutcomeResult("grade");
        assertEquals(List.of("differentiation", "mitoticCount"), List.copyOf(open.missing()));
        assertThrows(UnsupportedOperationException.class, () -> open.missing().clear());
    }

    @Test
    void booleansAreShared() {
        assertSame(Decided.of(true), Decided.of(true));
        assertTrue(Decided.of(false).is(false));
        assertEquals(OutcomeResult.determined("act", true), Decided.of(true).toOutcomeResult("act"));
    }

    @Test
    void missingInputsComposeOnlyThroughMissingValues() {
        assertEquals(6L, MissingInputs.of(Truth.UNKNOWN, 6L));
        assertEquals(0L, MissingInputs.of(Truth.FALSE, 6L));
        assertEquals(2L, MissingInputs.of(Double.NaN, 2L));
        assertEquals(0L, MissingInputs.of(3.0, 2L));
        assertEquals(1L, MissingInputs.of((Object) null, 1L));
        assertEquals(0L, MissingInputs.of(Grade.NET_G2, 1L));
    }

    @Test
    void catalogFindsEvaluatorsById() {
        GuidelineEvaluator who = new FixedEvaluator("who_grading");
        GuidelineCatalog catalog = GuidelineCatalog.of(who, new FixedEvaluator("milan_nen"));
        assertEquals(List.of("milan_nen", "who_grading"), catalog.ids());
        assertSame(who, catalog.require("who_grading"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.require("who_grade"));
        assertEquals("no evaluator for guideline who_grade; did you mean who_grading? known: milan_nen, who_grading",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GuidelineCatalog.of(who, new FixedEvaluator("who_grading")));
    }

    @Test
    void typedNumbersAreCheckedAsTheValidatorChecksThem() {
        InputSpec ki67 = InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "Ki-67 proliferation index");
        assertEquals(12.5, InputValidator.requireValid(ki67, 12.5));
        assertTrue(Double.isNaN(InputValidator.requireValid(ki67, Double.NaN)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputValidator.requireValid(ki67, 120));
        assertEquals("$.ki67: value 120 is out of range [0, 100] (Ki-67 proliferation index) — fix: give a percentage "
                + "from 0 to 100", e.getMessage());
        InputSpec count = InputSpec.integer("count", Range.closed(0, 10), "");
        assertThrows(IllegalArgumentException.class, () -> InputValidator.requireValid(count, 2.5));
        assertThrows(IllegalArgumentException.class, () -> InputValidator.requireValid(count, Double.POSITIVE_INFINITY));
        InputSpec mitoses = InputSpec.quantity("mitoticCount", Unit.COUNT, new Range(0, true, Double.POSITIVE_INFINITY, false), "Mitotic count");
        assertEquals(3.0, InputValidator.requireValid(mitoses, 3.0));
        IllegalArgumentException notWhole = assertThrows(IllegalArgumentException.class,
                () -> InputValidator.requireValid(mitoses, 2.5));
        assertTrue(notWhole.getMessage().contains("value 2.5 is not a whole number"), notWhole.getMessage());
    }

    private record FixedEvaluator(String id) implements GuidelineEvaluator {
        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public List<InputSpec> inputs() {
            return List.of();
        }

        @Override
        public List<String> outcomes() {
            return List.of();
        }

        @Override
        public EvaluationResult evaluate(java.util.Map<String, ?> patient) {
            return EvaluationResult.of(id, "1.0.0", List.of(), List.of());
        }
    }

    private enum Band { LOW, MIDDLE, HIGH }

    @Test
    void possibleValuesOfAnUndeterminedCodeAreTheOpenCodesInOrder() {
        InputIndex inputs = InputIndex.of(List.of("ki67"));
        assertEquals(Set.of(Band.MIDDLE), Decided.of(Band.MIDDLE).possible());
        assertEquals(List.of(Band.LOW, Band.HIGH),
                List.copyOf(Decided.undetermined(1L, inputs, 0b101L, Band.class).possible()));
        assertEquals(Set.of(), Decided.undetermined(1L, inputs, 0L, Band.class).possible(),
                "nothing known");
        assertEquals(Set.of(), Decided.<Boolean>undetermined(1L, inputs).possible());
    }
}
