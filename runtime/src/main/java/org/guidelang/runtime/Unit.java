package org.guidelang.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A unit in which a quantity input or literal is written, with exact conversion within its
 * {@link Dimension}.
 *
 * <p>Each unit is a whole number of <em>ticks</em> of its dimension (1/48 day, 1 mm, 1%, 1), so
 * that a value in ticks ({@link #toTicks}) is exact in every unit and two quantities in different
 * units compare exactly by their ticks. A conversion multiplies by a ratio of whole numbers (1 year
 * = 12 months = 365.25 days, 1 month = 30.4375 days, 1 week = 7 days, 1 cm = 10 mm); see {@link
 * #convert(BigDecimal, Unit)} for where it rounds.
 */
public enum Unit {
    PERCENT("%", Dimension.PERCENT, 1, "%", "percent"),
    DAYS("days", Dimension.TIME, 48, "day", "days"),
    WEEKS("weeks", Dimension.TIME, 336, "week", "weeks"),
    MONTHS("months", Dimension.TIME, 1461, "month", "months"),
    YEARS("years", Dimension.TIME, 17532, "year", "years"),
    MM("mm", Dimension.LENGTH, 1, "mm"),
    CM("cm", Dimension.LENGTH, 10, "cm"),
    COUNT("count", Dimension.COUNT, 1, "count"),
    NONE("", Dimension.NONE, 1);

    // Conversion goes through integer ticks rather than through the double factors, so that a
    // ratio like months -> years reduces to exactly 1/12.
    private static final BigDecimal[][] NUMERATOR;
    private static final BigDecimal[][] DENOMINATOR;
    private static final List<String> SPELLINGS;
    // values() clones its array on every call; parse and baseUnit should not allocate.
    private static final Unit[] UNITS = values();

    static {
        Unit[] units = UNITS;
        NUMERATOR = new BigDecimal[units.length][units.length];
        DENOMINATOR = new BigDecimal[units.length][units.length];
        List<String> spellings = new ArrayList<>();
        for (Unit from : units) {
            Collections.addAll(spellings, from.spellings);
            for (Unit to : units) {
                long gcd = gcd(from.ticks, to.ticks);
                NUMERATOR[from.ordinal()][to.ordinal()] = BigDecimal.valueOf(from.ticks / gcd);
                DENOMINATOR[from.ordinal()][to.ordinal()] = BigDecimal.valueOf(to.ticks / gcd);
            }
        }
        SPELLINGS = Collections.unmodifiableList(spellings);
    }

    private final String symbol;
    private final Dimension dimension;
    private final long ticks;
    private final BigDecimal tickCount;
    private final String[] spellings;

    Unit(String symbol, Dimension dimension, long ticks, String... spellings) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.ticks = ticks;
        this.tickCount = BigDecimal.valueOf(ticks);
        this.spellings = spellings;
    }

    /** Parses one of the {@link #spellings()}; case-sensitive, as GuideLang keywords are. */
    public static Optional<Unit> parse(String text) {
        for (Unit unit : UNITS) {
            for (String spelling : unit.spellings) {
                if (spelling.equals(text)) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** Every spelling {@link #parse} accepts, in a stable order, for "expected a unit: …" hints. */
    public static List<String> spellings() {
        return SPELLINGS;
    }

    /** The display symbol, such as {@code "%"}, {@code "years"} or {@code "cm"}; empty for NONE. */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The first unit of this unit's dimension, to which {@link #factor()} converts. */
    public Unit baseUnit() {
        for (Unit unit : UNITS) {
            if (unit.dimension == dimension) {
                return unit;
            }
        }
        throw new AssertionError(dimension);
    }

    /** How many base units (days, mm, or 1) one of this unit is, e.g. 365.25 for years. */
    public double factor() {
        return (double) ticks / baseUnit().ticks;
    }

    public boolean convertibleTo(Unit other) {
        return dimension == other.dimension;
    }

    /**
     * Whether a value in {@code from} changes its number when expressed in {@code to}: false for
     * the same unit, and for plain numbers and counts, which meet each other and other units
     * unconverted.
     */
    public static boolean converts(Unit from, Unit to) {
        return from != to && from != NONE && to != NONE && from.dimension == to.dimension;
    }

    /**
     * Converts {@code value} from this unit to {@code to}: the double nearest the exact conversion
     * of the decimal {@code value} stands for ({@link Decimals#of(double)}); NaN stays NaN. For tools
     * and messages; evaluation converts decimals ({@link #convert(BigDecimal, Unit)}).
     *
     * @throws IllegalArgumentException if the units have different dimensions
     */
    public double convert(double value, Unit to) {
        requireSameDimension(to);
        if (value != value || Double.isInfinite(value) || this == to) {
            return value;
        }
        return convert(Decimals.of(value), to).doubleValue();
    }

    /**
     * Converts a decimal from this unit to {@code to}: multiplies by the ratio of the two units,
     * exactly when the ratio is a whole number (years to months, weeks to days, cm to mm, and any
     * unit to itself), and otherwise as a division, rounded to {@link Decimals#PRECISION} (exact
     * whenever the result has at most 34 significant digits: 0.1 years is 1.2 months, 10 days is
     * 1.428571428571428571428571428571429 weeks); null (missing) stays null.
     *
     * @throws IllegalArgumentException if the units have different dimensions
     */
    public BigDecimal convert(BigDecimal value, Unit to) {
        requireSameDimension(to);
        if (value == null || this == to) {
            return value;
        }
        BigDecimal scaled = value.multiply(NUMERATOR[ordinal()][to.ordinal()]);
        BigDecimal denominator = DENOMINATOR[ordinal()][to.ordinal()];
        return denominator.equals(BigDecimal.ONE) ? scaled : scaled.divide(denominator, Decimals.PRECISION);
    }

    /**
     * The conversion of {@code value} to {@code to} when it is exact, or empty when {@link
     * #convert(BigDecimal, Unit)} rounds (10 days in weeks is 10/7): for constants converted once,
     * at compile time.
     */
    public Optional<BigDecimal> convertExactly(BigDecimal value, Unit to) {
        BigDecimal converted = convert(value, to);
        BigDecimal back = converted.multiply(DENOMINATOR[ordinal()][to.ordinal()]);
        return back.compareTo(value.multiply(NUMERATOR[ordinal()][to.ordinal()])) == 0
                ? Optional.of(converted) : Optional.empty();
    }

    /**
     * The value, in this unit, as an exact number of ticks of its dimension; null stays null. Two
     * quantities of one dimension compare exactly by their ticks whatever their units.
     */
    public BigDecimal toTicks(BigDecimal value) {
        return value == null || ticks == 1 ? value : value.multiply(tickCount);
    }

    private void requireSameDimension(Unit to) {
        if (dimension != to.dimension) {
            throw new IllegalArgumentException(
                    "cannot convert " + name() + " (" + dimension + ") to " + to.name() + " (" + to.dimension + ")");
        }
    }

    /**
     * Renders a value with this unit as a clinician writes it: "20%", "60 years", "1 year", "3";
     * a missing (NaN) value renders as "missing".
     */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "missing";
        }
        return Double.isInfinite(value) ? format(Json.plainNumber(value), false) : format(Decimals.of(value));
    }

    /** Renders a decimal as {@link #format(double)} renders a double; null renders as "missing". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "missing";
        }
        return format(Json.plainDecimal(value), value.compareTo(BigDecimal.ONE) == 0);
    }

    private String format(String number, boolean one) {
        switch (this) {
            case PERCENT:
                return number + "%";
            case COUNT:
            case NONE:
                return number;
            case DAYS:
            case WEEKS:
            case MONTHS:
            case YEARS:
                return number + " " + (one ? symbol.substring(0, symbol.length() - 1) : symbol);
            default:
                return number + " " + symbol;
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
