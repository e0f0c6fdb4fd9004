package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * GuideLang's numbers against plain {@code BigDecimal} arithmetic written here, on random decimals
 * of every scale and sign, huge and tiny: {@link Decimals}' operators, every unit conversion, exact
 * comparison across units, the decimal a double stands for, and the double comparisons generated
 * code takes as its fast path. Seeded; {@code -Dguidelang.long=true} runs a hundred times as many
 * cases.
 */
class DecimalPropertyTest {
    private static final int CASES = Boolean.getBoolean("guidelang.long") ? 300_000 : 3_000;
    private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_EVEN);
    /** Each unit in days, mm or itself, as the language reference states them (independent of Unit's ticks). */
    private static final Map<Unit, BigDecimal> SIZE = Map.of(
            Unit.DAYS, new BigDecimal("1"), Unit.WEEKS, new BigDecimal("7"), Unit.MONTHS, new BigDecimal("30.4375"),
            Unit.YEARS, new BigDecimal("365.25"), Unit.MM, new BigDecimal("1"), Unit.CM, new BigDecimal("10"),
            Unit.PERCENT, BigDecimal.ONE, Unit.COUNT, BigDecimal.ONE, Unit.NONE, BigDecimal.ONE);

    private final Random random = new Random(20261203L);

    @Test
    void arithmeticAndComparisonsAreThoseOfBigDecimal() {
        for (int i = 0; i < CASES; i++) {
            BigDecimal a = decimal();
            BigDecimal b = random.nextInt(20) == 0 ? a.negate() : decimal();
            String at = a + " and " + b;
            same(a.add(b), Decimals.add(a, b), "sum of " + at);
            same(a.subtract(b), Decimals.sub(a, b), "difference of " + at);
            same(a.multiply(b), Decimals.mul(a, b), "product of " + at);
            if (b.signum() == 0) {
                assertNull(Decimals.div(a, b), "quotient of " + at);
            } else {
                same(a.divide(b, DIVISION), Decimals.div(a, b), "quotient of " + at);
            }
            int order = a.compareTo(b);
            assertEquals(Truth.of(order < 0), Decimals.lt(a, b), at);
            assertEquals(Truth.of(order <= 0), Decimals.le(a, b), at);
            assertEquals(Truth.of(order > 0), Decimals.gt(a, b), at);
            assertEquals(Truth.of(order >= 0), Decimals.ge(a, b), at);
            assertEquals(Truth.of(order == 0), Decimals.eq(a, b), at);
            assertEquals(Truth.of(order != 0), Decimals.ne(a, b), at);
        }
    }

    @Test
    void missingPropagatesThroughEveryOperator() {
        BigDecimal x = new BigDecimal("1.5");
        for (BigDecimal[] pair : new BigDecimal[][] {{null, x}, {x, null}, {null, null}}) {
            assertNull(Decimals.add(pair[0], pair[1]));
            assertNull(Decimals.sub(pair[0], pair[1]));
            assertNull(Decimals.mul(pair[0], pair[1]));
            assertNull(Decimals.div(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.lt(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.le(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.gt(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.ge(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.eq(pair[0], pair[1]));
            assertEquals(Truth.UNKNOWN, Decimals.ne(pair[0], pair[1]));
        }
        assertNull(Decimals.neg(null));
        assertNull(Decimals.div(x, BigDecimal.ZERO));
        assertNull(Decimals.div(x, new BigDecimal("0.000")));
        assertEquals(Truth.UNKNOWN, Decimals.inAll(null));
        assertEquals(Truth.TRUE, Decimals.inAll(x));
    }

    @Test
    void everyConversionPairIsTheExactRatioRoundedOnce() {
        for (int i = 0; i < CASES; i++) {
            BigDecimal value = decimal();
            for (Unit from : Unit.values()) {
                for (Unit to : Unit.values()) {
                    if (from.dimension() != to.dimension()) {
                        continue;
                    }
                    BigDecimal exact = value.multiply(SIZE.get(from));
                    BigDecimal ratio = SIZE.get(from).divide(SIZE.get(to), DIVISION);
                    // A whole ratio multiplies exactly; any other divides, rounding once.
                    BigDecimal expected = ratio.stripTrailingZeros().scale() <= 0 ? value.multiply(ratio)
                            : exact.divide(SIZE.get(to), DIVISION);
                    String at = value + " " + from + " in " + to;
                    same(expected, from.convert(value, to), at);
                    if (expected.multiply(SIZE.get(to)).compareTo(exact) != 0) {
                        assertTrue(from.convertExactly(value, to).isEmpty(), at + " is not exact");
                    } else {
                        same(expected, from.convertExactly(value, to).orElseThrow(), at);
                    }
                }
            }
        }
    }

    @Test
    void quantitiesInDifferentUnitsCompareExactlyByTheirTicks() {
        Unit[][] dimensions = {{Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS}, {Unit.MM, Unit.CM}};
        for (int i = 0; i < CASES; i++) {
            Unit[] units = dimensions[random.nextInt(dimensions.length)];
            Unit u = units[random.nextInt(units.length)];
            Unit w = units[random.nextInt(units.length)];
            BigDecimal a = decimal();
            // Often the same quantity, so that equality is tested too: a in w, when it is exact.
            BigDecimal b = random.nextBoolean() ? decimal()
                    : terminatingQuotient(a.multiply(SIZE.get(u)), SIZE.get(w));
            if (b == null) {
                b = decimal();
            }
            int expected = a.multiply(SIZE.get(u)).compareTo(b.multiply(SIZE.get(w)));
            assertEquals(Integer.signum(expected), u.toTicks(a).compareTo(w.toTicks(b)),
                    a + " " + u + " vs " + b + " " + w);
        }
    }

    @Test
    void aDoubleStandsForItsShortestDecimal() {
        for (int i = 0; i < CASES; i++) {
            double x = randomDouble();
            BigDecimal decimal = Decimals.of(x);
            assertTrue(x == decimal.doubleValue(), "reads back: " + x);
            int digits = decimal.stripTrailingZeros().precision();
            assertTrue(digits <= new BigDecimal(Double.toString(x)).stripTrailingZeros().precision(), "" + x);
            if (digits > 1) {
                BigDecimal shorter = new BigDecimal(x).round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
                assertTrue(shorter.doubleValue() != x, x + " has a shorter decimal " + shorter);
            }
            assertTrue(Decimals.fitsDouble(decimal), decimal + " fits");
        }
    }

    @Test
    void aDecimalOfFifteenDigitsIsKeptExactlyAndLongerOnesOnlyWhenADoubleStandsForThem() {
        for (int i = 0; i < CASES; i++) {
            BigDecimal written = new BigDecimal(new BigInteger(50, random), random.nextInt(40) - 20);
            written = (random.nextBoolean() ? written : written.negate()).round(new MathContext(15));
            assertTrue(Decimals.fitsDouble(written), written + " fits a double");
            same(written, Decimals.of(Double.parseDouble(written.toString())), written + " read as a double");

            BigDecimal longer = new BigDecimal(new BigInteger(70, random), random.nextInt(40) - 20);
            assertEquals(shortestOf(longer.doubleValue()).compareTo(longer) == 0, Decimals.fitsDouble(longer),
                    longer.toString());
        }
        assertEquals(false, Decimals.fitsDouble(new BigDecimal("2.9999999999999999")));
        assertEquals(true, Decimals.fitsDouble(new BigDecimal("0.30000000000000004")));
        assertEquals(false, Decimals.fitsDouble(new BigDecimal("1E+400")));
        assertEquals(false, Decimals.fitsDouble(new BigDecimal("1E-400")));
    }

    @Test
    void comparingTwoDoublesComparesTheirDecimals() {
        for (int i = 0; i < CASES; i++) {
            double a = randomDouble();
            double b = switch (random.nextInt(4)) {
                case 0 -> a;
                case 1 -> Math.nextUp(a);
                case 2 -> Math.nextDown(a);
                default -> randomDouble();
            };
            // Double.toString also reads back as the same double: any such decimals order alike.
            int order = new BigDecimal(Double.toString(a)).compareTo(new BigDecimal(Double.toString(b)));
            String at = a + " and " + b;
            assertEquals(Truth.of(order < 0), Ops.lt(a, b), at);
            assertEquals(Truth.of(order <= 0), Ops.le(a, b), at);
            assertEquals(Truth.of(order > 0), Ops.gt(a, b), at);
            assertEquals(Truth.of(order >= 0), Ops.ge(a, b), at);
            assertEquals(Truth.of(order == 0), Ops.eq(a, b), at);
            assertEquals(Truth.of(order != 0), Ops.ne(a, b), at);
            assertEquals(Integer.signum(order), Decimals.of(a).compareTo(Decimals.of(b)), at);
            same(Decimals.of(a).negate(), Decimals.of(Ops.neg(a)), "-" + a);
        }
    }

    @Test
    void theProbesOfTheLanguageReference() {
        same(new BigDecimal("3.3"), Decimals.add(Decimals.of(1.1), Decimals.of(2.2)), "1.1 + 2.2");
        same(new BigDecimal("1.2"), Unit.YEARS.convert(new BigDecimal("0.1"), Unit.MONTHS), "0.1 years in months");
        assertEquals(Truth.FALSE, Decimals.gt(Decimals.div(Decimals.add(Decimals.of(0.1), Decimals.of(0.2)),
                new BigDecimal("2")), new BigDecimal("0.15")));
        same(new BigDecimal("0.3333333333333333333333333333333333"), Decimals.div(BigDecimal.ONE, new BigDecimal(3)),
                "1/3");
        assertTrue(Unit.DAYS.convertExactly(BigDecimal.TEN, Unit.WEEKS).isEmpty());
        // 10 days in weeks rounds, so it is no longer quite 10 days; the ticks of 10 days are exact.
        assertEquals(Truth.FALSE, Decimals.eq(Unit.WEEKS.toTicks(Unit.DAYS.convert(BigDecimal.TEN, Unit.WEEKS)),
                Unit.DAYS.toTicks(BigDecimal.TEN)));
        assertEquals(Truth.TRUE, Decimals.eq(Unit.WEEKS.toTicks(BigDecimal.ONE), Unit.DAYS.toTicks(new BigDecimal(7))));
    }

    /** A random decimal: mostly as clinicians write them, else of any scale and sign, huge or tiny. */
    private BigDecimal decimal() {
        switch (random.nextInt(5)) {
            case 0:
                return BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3));
            case 1:
                return BigDecimal.ZERO.setScale(random.nextInt(4));
            case 2:
                return new BigDecimal(new BigInteger(1 + random.nextInt(120), random), random.nextInt(80) - 40)
                        .multiply(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
            default:
                BigDecimal unscaled = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L);
                return unscaled.scaleByPowerOfTen(-random.nextInt(12));
        }
    }

    /** A random finite double: one a person would write, any bit pattern, or a subnormal. */
    private double randomDouble() {
        while (true) {
            double x = switch (random.nextInt(4)) {
                case 0 -> BigDecimal.valueOf(random.nextInt(200_001) - 100_000, random.nextInt(4)).doubleValue();
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> Double.longBitsToDouble(random.nextLong() & 0x800F_FFFF_FFFF_FFFFL);
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            };
            if (Double.isFinite(x)) {
                return x;
            }
        }
    }

    /** The shortest decimal of a double, by its definition: the first of 1 to 17 digits that reads back. */
    private static BigDecimal shortestOf(double x) {
        if (!Double.isFinite(x)) {
            return null;
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; ; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == x) {
                return rounded;
            }
        }
    }

    /** {@code a / b} when it is a decimal of at most 34 digits, else null. */
    private static BigDecimal terminatingQuotient(BigDecimal a, BigDecimal b) {
        try {
            BigDecimal q = a.divide(b);
            return q.stripTrailingZeros().precision() <= 34 ? q : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static void same(BigDecimal expected, BigDecimal actual, String what) {
        if (actual == null || expected.compareTo(actual) != 0) {
            fail(what + ": expected " + expected + ", got " + actual);
        }
    }
}
