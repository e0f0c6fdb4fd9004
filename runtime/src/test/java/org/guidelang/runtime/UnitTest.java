package org.guidelang.runtime;

import static org.guidelang.runtime.Unit.CM;
import static org.guidelang.runtime.Unit.COUNT;
import static org.guidelang.runtime.Unit.DAYS;
import static org.guidelang.runtime.Unit.MM;
import static org.guidelang.runtime.Unit.MONTHS;
import static org.guidelang.runtime.Unit.NONE;
import static org.guidelang.runtime.Unit.PERCENT;
import static org.guidelang.runtime.Unit.WEEKS;
import static org.guidelang.runtime.Unit.YEARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void parsesEverySpelling() {
        assertEquals(Optional.of(PERCENT), Unit.parse("%"));
        assertEquals(Optional.of(PERCENT), Unit.parse("percent"));
        assertEquals(Optional.of(DAYS), Unit.parse("day"));
        assertEquals(Optional.of(DAYS), Unit.parse("days"));
        assertEquals(Optional.of(WEEKS), Unit.parse("week"));
        assertEquals(Optional.of(WEEKS), Unit.parse("weeks"));
        assertEquals(Optional.of(MONTHS), Unit.parse("month"));
        assertEquals(Optional.of(MONTHS), Unit.parse("months"));
        assertEquals(Optional.of(YEARS), Unit.parse("year"));
        assertEquals(Optional.of(YEARS), Unit.parse("years"));
        assertEquals(Optional.of(MM), Unit.parse("mm"));
        assertEquals(Optional.of(CM), Unit.parse("cm"));
        assertEquals(Optional.of(COUNT), Unit.parse("count"));
    }

    @Test
    void parseIsCaseSensitiveAndExact() {
        assertEquals(Optional.empty(), Unit.parse("Years"));
        assertEquals(Optional.empty(), Unit.parse("CM"));
        assertEquals(Optional.empty(), Unit.parse(" years"));
        assertEquals(Optional.empty(), Unit.parse(""));
        assertEquals(Optional.empty(), Unit.parse("yrs"));
    }

    @Test
    void spellingsListsWhatParseAccepts() {
        assertEquals(
                List.of("%", "percent", "day", "days", "week", "weeks", "month", "months", "year", "years", "mm", "cm", "count"),
                Unit.spellings());
        for (String spelling : Unit.spellings()) {
            assertTrue(Unit.parse(spelling).isPresent(), spelling);
        }
        assertThrows(UnsupportedOperationException.class, () -> Unit.spellings().add("x"));
    }

    @Test
    void symbolsDimensionsAndFactors() {
        assertEquals("%", PERCENT.symbol());
        assertEquals("days", DAYS.symbol());
        assertEquals("weeks", WEEKS.symbol());
        assertEquals("months", MONTHS.symbol());
        assertEquals("years", YEARS.symbol());
        assertEquals("mm", MM.symbol());
        assertEquals("cm", CM.symbol());
        assertEquals("count", COUNT.symbol());
        assertEquals("", NONE.symbol());

        assertEquals(Dimension.PERCENT, PERCENT.dimension());
        assertEquals(Dimension.TIME, DAYS.dimension());
        assertEquals(Dimension.TIME, WEEKS.dimension());
        assertEquals(Dimension.TIME, MONTHS.dimension());
        assertEquals(Dimension.TIME, YEARS.dimension());
        assertEquals(Dimension.LENGTH, MM.dimension());
        assertEquals(Dimension.LENGTH, CM.dimension());
        assertEquals(Dimension.COUNT, COUNT.dimension());
        assertEquals(Dimension.NONE, NONE.dimension());

        assertEquals(1.0, PERCENT.factor());
        assertEquals(1.0, DAYS.factor());
        assertEquals(7.0, WEEKS.factor());
        assertEquals(365.25 / 12, MONTHS.factor());
        assertEquals(30.4375, MONTHS.factor());
        assertEquals(365.25, YEARS.factor());
        assertEquals(1.0, MM.factor());
        assertEquals(10.0, CM.factor());
        assertEquals(1.0, COUNT.factor());
        assertEquals(1.0, NONE.factor());

        assertEquals(DAYS, YEARS.baseUnit());
        assertEquals(MM, CM.baseUnit());
        assertEquals(PERCENT, PERCENT.baseUnit());
    }

    @Test
    void exactConversions() {
        assertEquals(60.0, MONTHS.convert(720, YEARS), 0);
        assertEquals(0.5, MONTHS.convert(6, YEARS), 0);
        assertEquals(1.0, MONTHS.convert(12, YEARS), 0);
        assertEquals(720.0, YEARS.convert(60, MONTHS), 0);
        assertEquals(30.0, CM.convert(3, MM), 0);
        assertEquals(3.0, MM.convert(30, CM), 0);
        assertEquals(2.0, DAYS.convert(14, WEEKS), 0);
        assertEquals(14.0, WEEKS.convert(2, DAYS), 0);
        assertEquals(365.25, YEARS.convert(1, DAYS), 0);
        assertEquals(1.0, DAYS.convert(365.25, YEARS), 0);
        assertEquals(4.0, DAYS.convert(1461, YEARS), 0);
        assertEquals(30.4375, MONTHS.convert(1, DAYS), 0);
        assertEquals(48.0, DAYS.convert(1461, MONTHS), 0);
        assertEquals(1461.0 / 28, YEARS.convert(1, WEEKS), 0);
        assertEquals(487.0 / 112, MONTHS.convert(1, WEEKS), 0);
        assertEquals(0.1, MM.convert(1, CM), 0);
    }

    @Test
    void everyPairWithinEachDimension() {
        // Expected values of one unit, in days or mm, derived independently of the implementation.
        double[][] time = {
            {1, 1.0 / 7, 12 / 365.25, 1 / 365.25}, // 1 day in days, weeks, months, years
            {7, 1, 7 * 12 / 365.25, 7 / 365.25}, // 1 week
            {365.25 / 12, 365.25 / 12 / 7, 1, 1.0 / 12}, // 1 month
            {365.25, 365.25 / 7, 12, 1}, // 1 year
        };
        Unit[] timeUnits = {DAYS, WEEKS, MONTHS, YEARS};
        for (int i = 0; i < timeUnits.length; i++) {
            for (int j = 0; j < timeUnits.length; j++) {
                double expected = time[i][j];
                assertEquals(expected, timeUnits[i].convert(1, timeUnits[j]), Math.ulp(expected) * 2, timeUnits[i] + "->" + timeUnits[j]);
                assertEquals(10 * expected, timeUnits[i].convert(10, timeUnits[j]), Math.ulp(10 * expected) * 2);
            }
        }
        assertEquals(1.0, MM.convert(1, MM), 0);
        assertEquals(0.1, MM.convert(1, CM), 0);
        assertEquals(10.0, CM.convert(1, MM), 0);
        assertEquals(1.0, CM.convert(1, CM), 0);
        assertEquals(42.5, PERCENT.convert(42.5, PERCENT), 0);
        assertEquals(7.0, COUNT.convert(7, COUNT), 0);
        assertEquals(-3.5, NONE.convert(-3.5, NONE), 0);
    }

    @Test
    void roundTripsWithinEachDimension() {
        double[] samples = {0, 1, 2.5, 6, 17, 720, 1461, 1e6, -3};
        for (Unit from : Unit.values()) {
            for (Unit to : Unit.values()) {
                if (!from.convertibleTo(to)) {
                    continue;
                }
                for (double value : samples) {
                    double back = to.convert(from.convert(value, to), from);
                    assertEquals(value, back, Math.abs(value) * 1e-15, from + "->" + to + "->" + from + " " + value);
                }
            }
        }
        // Months and years, weeks and days, cm and mm come back exactly.
        for (double value : samples) {
            assertEquals(value, YEARS.convert(MONTHS.convert(value, YEARS), MONTHS), 0);
            assertEquals(value, DAYS.convert(WEEKS.convert(value, DAYS), WEEKS), 0);
            assertEquals(value, MM.convert(CM.convert(value, MM), CM), 0);
        }
    }

    @Test
    void missingPropagatesThroughConversion() {
        assertTrue(Double.isNaN(MONTHS.convert(Double.NaN, YEARS)));
        assertTrue(Double.isNaN(DAYS.convert(Double.NaN, MONTHS)));
    }

    @Test
    void refusesEveryPairAcrossDimensions() {
        int refused = 0;
        for (Unit from : Unit.values()) {
            for (Unit to : Unit.values()) {
                if (from.dimension() == to.dimension()) {
                    assertTrue(from.convertibleTo(to), from + "->" + to);
                } else {
                    assertFalse(from.convertibleTo(to), from + "->" + to);
                    assertThrows(IllegalArgumentException.class, () -> from.convert(1, to), from + "->" + to);
                    refused++;
                }
            }
        }
        assertEquals(81 - 16 - 4 - 1 - 1 - 1, refused);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CM.convert(3, PERCENT));
        assertEquals("cannot convert CM (LENGTH) to PERCENT (PERCENT)", e.getMessage());
    }

    @Test
    void formatsValuesAsClinicianWritesThem() {
        assertEquals("20%", PERCENT.format(20));
        assertEquals("2.5%", PERCENT.format(2.5));
        assertEquals("60 years", YEARS.format(60));
        assertEquals("1 year", YEARS.format(1));
        assertEquals("1 month", MONTHS.format(1));
        assertEquals("0.5 months", MONTHS.format(0.5));
        assertEquals("3 cm", CM.format(3));
        assertEquals("20", COUNT.format(20));
        assertEquals("7", NONE.format(7));
        assertEquals("missing", YEARS.format(Double.NaN));
    }
}
