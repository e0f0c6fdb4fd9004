package org.guidelang.compiler.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;
import org.junit.jupiter.api.Test;

/** The algebra on its own, without a guideline: exact ends, whole numbers, the missing point, shared spaces. */
class RegionTest {
    private static final InputSpec KI67 = InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "");
    private static final InputSpec MITOSES = InputSpec.quantity("mitoses", Unit.COUNT, Range.closed(0, 50), "");
    private static final InputSpec GRADE = InputSpec.code("differentiation", List.of("WELL", "POOR"), "");

    private static Region where(Space space, String input, NumberInterval interval) {
        Variable variable = space.input(input);
        return Region.where(space, variable, NumberSet.of(interval, variable.isWholeNumber()));
    }

    @Test
    void openAndClosedEndsLeaveExactlyTheBoundary() {
        Space space = Space.knownValues(List.of(KI67));
        Region below = where(space, "ki67", NumberInterval.below(3, false));
        Region above = where(space, "ki67", NumberInterval.above(3, false));
        Region gap = below.or(above).not();
        assertEquals(1, gap.boxes().size());
        assertEquals("ki67 = 3%", space.input("ki67").describe(gap.boxes().get(0).get(space.input("ki67"))));
        assertTrue(where(space, "ki67", NumberInterval.below(3, true)).or(above).not().isEmpty());
    }

    @Test
    void betweenTwoWholeNumbersThereIsNoCount() {
        Space space = Space.knownValues(List.of(MITOSES));
        Region low = where(space, "mitoses", NumberInterval.below(2, true));
        Region high = where(space, "mitoses", NumberInterval.above(3, true));
        assertTrue(low.or(high).not().isEmpty());
        Space decimals = Space.knownValues(List.of(KI67));
        Region gap = where(decimals, "ki67", NumberInterval.below(2, true))
                .or(where(decimals, "ki67", NumberInterval.above(3, true))).not();
        assertEquals("ki67 in (2%, 3%)", decimals.input("ki67").describe(gap.boxes().get(0).get(decimals.input("ki67"))));
        assertEquals(2.5, decimals.input("ki67").sample(gap.boxes().get(0).get(decimals.input("ki67"))));
    }

    @Test
    void aRegionOutsideTheDeclaredRangeIsEmpty() {
        Space space = Space.knownValues(List.of(KI67));
        assertTrue(where(space, "ki67", NumberInterval.above(100, false)).isEmpty());
        assertTrue(where(space, "ki67", NumberInterval.above(0, true)).not().isEmpty());
    }

    @Test
    void missingIsAPointOfTheDomainOnlyInASpaceWithMissingValues() {
        Space known = Space.knownValues(List.of(KI67, GRADE));
        Space withMissing = Space.withMissing(List.of(KI67, GRADE));
        assertFalse(known.input("ki67").domain().includesMissing());
        assertTrue(withMissing.input("ki67").domain().includesMissing());
        assertTrue(withMissing.input("differentiation").domain().includesMissing());

        // ki67 <= 100% holds for every known value: over known values its complement is empty,
        // over values that may be missing the complement is exactly the missing point.
        assertTrue(where(known, "ki67", NumberInterval.below(100, true)).not().isEmpty());
        Region rest = where(withMissing, "ki67", NumberInterval.below(100, true)).not();
        assertEquals(1, rest.boxes().size());
        Variable ki67 = withMissing.input("ki67");
        ValueSet left = rest.boxes().get(0).get(ki67);
        assertTrue(left.includesMissing());
        assertTrue(left.withMissing(false).isEmpty());
        assertEquals("ki67 is missing", ki67.describe(left));
        assertEquals(null, ki67.sample(left));
        assertEquals("missing", ki67.show(ki67.sample(left)));

        Variable grade = withMissing.input("differentiation");
        Region missingGrade = Region.where(withMissing, grade, ChoiceSet.of().withMissing(true));
        Region poorOrMissing = missingGrade.or(Region.where(withMissing, grade, ChoiceSet.of(1)));
        assertEquals("differentiation = POOR or missing", grade.describe(poorOrMissing.merged().get(0).get(grade)));
        assertTrue(Region.where(known, known.input("differentiation"), ChoiceSet.of().withMissing(true)).isEmpty());
    }

    @Test
    void guidelinesReadingTheSameInputsShareOneSpace() {
        Space shared = Space.knownValues(List.of(KI67, GRADE, KI67, MITOSES));
        assertEquals(List.of("ki67", "differentiation", "mitoses"), shared.inputs().stream().map(InputSpec::name).toList());
        assertSame(shared.input("ki67"), shared.input("ki67"));
        InputSpec otherKi67 = InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 50), "");
        assertThrows(IllegalArgumentException.class, () -> Space.knownValues(List.of(KI67, otherKi67)));
        assertThrows(IllegalArgumentException.class, () -> shared.input("age"));
    }

    @Test
    void variablesAreShownInputsFirstInDeclarationOrder() {
        Space space = Space.knownValues(List.of(KI67, GRADE));
        Variable condition = space.condition("a < b", "a < b", "it compares two different inputs");
        Variable outcome = space.outcome("who.grade", "who.grade", List.of("G1", "G2"));
        Variable grade = space.input("differentiation");
        Variable ki67 = space.input("ki67");
        assertEquals(List.of(condition, outcome, grade, ki67), space.variables());
        assertEquals(List.of(ki67, grade, outcome, condition),
                space.variables().stream().sorted(Variable.SHOWN_ORDER).toList());
        assertSame(condition, space.condition("a < b", "a < b", "again"));
    }

    @Test
    void aResultThatDependsOnAConditionIsNotDefinite() {
        Space space = Space.knownValues(List.of(GRADE));
        Variable grade = space.input("differentiation");
        Variable condition = space.condition("x * y > 3", "x * y > 3", "it multiplies inputs together");
        Region poor = Region.where(space, grade, ChoiceSet.of(1));
        Region holds = Region.where(space, condition, ChoiceSet.of(0));
        Region gap = poor.or(holds).not();
        assertTrue(gap.dependsOnConditions());
        assertEquals(List.of(condition), gap.conditionsConstrained());
        assertTrue(gap.definite().isEmpty());
        Region well = Region.where(space, grade, ChoiceSet.of(0));
        assertEquals(well.boxes().size(), well.or(holds.and(well)).definite().boxes().size());
        assertEquals("`x * y > 3` does not hold", condition.describe(ChoiceSet.of(1)));
    }

    @Test
    void aUnionOfThresholdsOverOneInputStaysOneBox() {
        // A first-hit table of thresholds piles its rules up like this; unjoined, the union was a
        // box per rule, and each further rule a cut per box.
        Space space = Space.knownValues(List.of(MITOSES, GRADE));
        Region covered = Region.none(space);
        for (int i = 0; i < 50; i++) {
            covered = covered.or(where(space, "mitoses", NumberInterval.above(49 - i, false)));
            assertEquals(1, covered.boxes().size());
        }
        Variable mitoses = space.input("mitoses");
        assertEquals("mitoses = 0", mitoses.describe(covered.not().boxes().get(0).get(mitoses)));
        assertEquals(1, covered.not().boxes().size());
    }

    @Test
    void boxesThatDifferInTwoVariablesAreNotJoined() {
        Space space = Space.knownValues(List.of(MITOSES, GRADE));
        Variable grade = space.input("differentiation");
        Region wellFew = where(space, "mitoses", NumberInterval.below(20, true))
                .and(Region.where(space, grade, ChoiceSet.of(0)));
        Region poorMany = where(space, "mitoses", NumberInterval.above(20, false))
                .and(Region.where(space, grade, ChoiceSet.of(1)));
        Region both = wellFew.or(poorMany);
        assertEquals(2, both.boxes().size());
        Region wellMany = where(space, "mitoses", NumberInterval.above(20, false))
                .and(Region.where(space, grade, ChoiceSet.of(0)));
        // Joined to the first box through the count; the fourth box joins the second through the
        // count, and the two that result join through the grade: every patient, in one box.
        Region all = both.or(wellMany).or(where(space, "mitoses", NumberInterval.below(20, true))
                .and(Region.where(space, grade, ChoiceSet.of(1))));
        assertEquals(List.of(), all.not().boxes());
        assertEquals(1, all.boxes().size());
    }

    @Test
    void aRegionPastTheLimitIsTooComplex() {
        InputSpec liver = InputSpec.quantity("liver", Unit.PERCENT, Range.closed(0, 100), "");
        InputSpec size = InputSpec.quantity("size", Unit.PERCENT, Range.closed(0, 100), "");
        Space space = Space.knownValues(List.of(KI67, liver, size));
        // Boxes that differ in two inputs each, which no union joins.
        Region diagonal = Region.none(space);
        for (int i = 0; i < 250; i++) {
            diagonal = diagonal.or(where(space, "ki67", new NumberInterval(i * 0.25, true, i * 0.25 + 0.1, true))
                    .and(where(space, "liver", NumberInterval.point(i * 0.4))));
        }
        Region fan = Region.none(space);
        for (int j = 0; j < 100; j++) {
            fan = fan.or(where(space, "ki67", NumberInterval.below(99 - j * 0.1, true))
                    .and(where(space, "size", NumberInterval.point(j * 0.5))));
        }
        assertEquals(250, diagonal.boxes().size());
        assertEquals(100, fan.boxes().size());
        assertEquals(250 * 60,
                diagonal.and(where(space, "size", NumberInterval.below(30, false))).and(fan).boxes().size());
        Region few = diagonal;
        Region many = fan;
        assertThrows(Region.TooComplex.class, () -> few.and(many));
    }
}
