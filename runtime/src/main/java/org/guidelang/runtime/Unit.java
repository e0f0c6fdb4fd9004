package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A unit in which a quantity input or literal is written, with exact conversion within its
 * {@link Dimension}.
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

    // Conversion goes through integer "ticks" (1/48 day, 1 mm) rather than through the double
    // factors, so that a ratio like months -> years reduces to exactly 1/12 and
    // 720 months is exactly 60 years instead of 59.99999999999999.
    private static final double[][] NUMERATOR;
    private static final double[][] DENOMINATOR;
    private static final List<String> SPELLINGS;
    // values() clones its array on every call; parse and baseUnit should not allocate.
    private static final Unit[] UNITS = values();

    static {
        Unit[] units = UNITS;
        NUMERATOR = new double[units.length][units.length];
        DENOMINATOR = new double[units.length][units.length];
        List<String> spellings = new ArrayList<>();
        for (Unit from : units) {
            Collections.addAll(spellings, from.spellings);
            for (Unit to : units) {
                long gcd = gcd(from.ticks, to.ticks);
                NUMERATOR[from.ordinal()][to.ordinal()] = from.ticks / gcd;
                DENOMINATOR[from.ordinal()][to.ordinal()] = to.ticks / gcd;
            }
        }
        SPELLINGS = Collections.unmodifiableList(spellings);
    }

    private final String symbol;
    private final Dimension dimension;
    private final long ticks;
    private final String[] spellings;

    Unit(String symbol, Dimension dimension, long ticks, String... spellings) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.ticks = ticks;
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
     * Converts {@code value} from this unit to {@code to}, rounding at most once.
     *
     * @throws IllegalArgumentException if the units have different dimensions
     */
    public double convert(double value, Unit to) {
        if (dimension != to.dimension) {
            throw new IllegalArgumentException(
                    "cannot convert " + name() + " (" + dimension + ") to " + to.name() + " (" + to.dimension + ")");
        }
        double numerator = NUMERATOR[ordinal()][to.ordinal()];
        double denominator = DENOMINATOR[ordinal()][to.ordinal()];
        if (denominator == 1) {
            return value * numerator;
        }
        if (numerator == 1) {
            return value / denominator;
        }
        return value * numerator / denominator;
    }

    /**
     * Renders a value with this unit as a clinician writes it: "20%", "60 years", "1 year", "3";
     * a missing (NaN) value renders as "missing".
     */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "missing";
        }
        String number = Json.plainNumber(value);
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
                return number + " " + (value == 1 ? symbol.substring(0, symbol.length() - 1) : symbol);
            default:
                return number + " " + symbol;
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
