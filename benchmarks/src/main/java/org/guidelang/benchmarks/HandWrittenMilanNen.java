package org.guidelang.benchmarks;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The WHO grade and the Milan-NEN eligibility written by hand, as a careful developer would
 * without GuideLang: the baseline of the benchmark. It keeps the guidelines' semantics exactly on
 * complete data (first-hit table, relative criterion), so the comparison there is fair; on
 * partial data it makes one pass of Kleene logic, sound but not exact (it does not refine over
 * the completions of the missing inputs as the generated evaluator does, docs/language.md §9.1),
 * so there it does less work. It builds no explanation. Thresholds: Que et al. 2022, Table 1
 * (WHO 2019 grades) and Table 2 (Milan-NEN).
 */
public final class HandWrittenMilanNen {
    private HandWrittenMilanNen() {}

    public enum Differentiation { WELL, POOR }

    public enum Grade { NET_G1, NET_G2, NET_G3, NEC_G3 }

    public enum Eligibility { ELIGIBLE, ELIGIBLE_RELATIVE_EXCEPTION, NOT_ELIGIBLE }

    /** The patient; {@code null} is missing. Values are range-checked on construction. */
    public record Input(
            Differentiation differentiation,
            Double ki67,
            Double mitoticCount,
            Boolean portalDrainage,
            Boolean extrahepaticDiseaseCleared,
            Double liverInvolvement,
            Double stableDiseaseMonths,
            Double age) {
        public Input {
            check("ki67", ki67, 0, 100);
            check("mitoticCount", mitoticCount, 0, Double.POSITIVE_INFINITY);
            check("liverInvolvement", liverInvolvement, 0, 100);
            check("stableDiseaseMonths", stableDiseaseMonths, 0, Double.POSITIVE_INFINITY);
            check("age", age, 0, 120);
        }

        public static Input of(Patient p) {
            return new Input(p.differentiation() == null ? null : Differentiation.valueOf(p.differentiation()),
                    p.ki67(), p.mitoticCount(), p.portalDrainage(), p.extrahepaticDiseaseCleared(),
                    p.liverInvolvement(), p.stableDiseaseMonths(), p.age());
        }

        private static void check(String name, Double value, double min, double max) {
            if (value != null && !(value >= min && value <= max)) {
                throw new IllegalArgumentException(name + ": value " + value + " is out of range [" + min + ", " + max + "]");
            }
        }
    }

    /** Each outcome is a value, or null with the inputs that would decide it. */
    public record Result(Grade grade, SortedSet<String> gradeMissing, Eligibility eligibility,
            SortedSet<String> eligibilityMissing) {}

    // Missing inputs as bits, turned into names only for an undetermined outcome.
    private static final String[] NAMES = {
        "differentiation", "ki67", "mitoticCount", "portalDrainage", "extrahepaticDiseaseCleared",
        "liverInvolvement", "stableDiseaseMonths", "age"
    };
    private static final int DIFFERENTIATION = 1;
    private static final int KI67 = 1 << 1;
    private static final int MITOTIC_COUNT = 1 << 2;
    private static final int PORTAL_DRAINAGE = 1 << 3;
    private static final int EXTRAHEPATIC_CLEARED = 1 << 4;
    private static final int LIVER_INVOLVEMENT = 1 << 5;
    private static final int STABLE_DISEASE = 1 << 6;
    private static final int AGE = 1 << 7;

    // A three-valued truth packed in an int: bits 0-1 the truth, above them the missing inputs
    // that could decide it (set only when unknown), so that no condition allocates.
    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;

    private static int truth(int t) {
        return t & 3;
    }

    private static int missingBits(int t) {
        return t >>> 2;
    }

    private static int of(boolean holds) {
        return holds ? TRUE : FALSE;
    }

    private static int unknown(int inputs) {
        return UNKNOWN | inputs << 2;
    }

    private static int and(int a, int b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == TRUE && b == TRUE ? TRUE : UNKNOWN | ((a | b) & ~3);
    }

    private static int or(int a, int b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == FALSE && b == FALSE ? FALSE : UNKNOWN | ((a | b) & ~3);
    }

    private static int is(Differentiation d, Differentiation expected) {
        return d == null ? unknown(DIFFERENTIATION) : of(d == expected);
    }

    private static int greater(Double x, double limit, int input) {
        return x == null ? unknown(input) : of(x > limit);
    }

    private static int less(Double x, double limit, int input) {
        return x == null ? unknown(input) : of(x < limit);
    }

    private static int within(Double x, double lo, double hi, int input) {
        return x == null ? unknown(input) : of(x >= lo && x <= hi);
    }

    private static int holds(Boolean b, int input) {
        return b == null ? unknown(input) : of(b);
    }

    public static Result evaluate(Input in) {
        // WHO grade: first-hit table. Each rule that may hold adds its grade to the candidates.
        int highProliferation = or(greater(in.ki67(), 20, KI67), greater(in.mitoticCount(), 20, MITOTIC_COUNT));
        int candidates = 0; // bit per Grade, and NO_RULE
        int missing = 0;
        int[] rules = {
            and(is(in.differentiation(), Differentiation.POOR), highProliferation),
            and(is(in.differentiation(), Differentiation.WELL), highProliferation),
            and(is(in.differentiation(), Differentiation.WELL),
                    or(within(in.ki67(), 3, 20, KI67), within(in.mitoticCount(), 2, 20, MITOTIC_COUNT))),
            and(is(in.differentiation(), Differentiation.WELL),
                    and(less(in.ki67(), 3, KI67), less(in.mitoticCount(), 2, MITOTIC_COUNT))),
            is(in.differentiation(), Differentiation.POOR),
        };
        boolean hit = false;
        for (int i = 0; i < rules.length && !hit; i++) {
            int rule = rules[i];
            if (truth(rule) != FALSE) {
                candidates |= 1 << RULE_GRADES[i].ordinal();
                hit = truth(rule) == TRUE;
                missing |= missingBits(rule);
            }
        }
        if (!hit) {
            candidates |= NO_RULE;
        }
        Grade grade = Integer.bitCount(candidates) == 1 && candidates != NO_RULE
                ? GRADES[Integer.numberOfTrailingZeros(candidates)]
                : null;
        int gradeMissing = grade == null ? missing : 0;

        // Milan-NEN: criteria 1 to 4 required, criterion 5 (age) relative.
        int[] required = {
            lowGrade(grade, candidates & ~NO_RULE, gradeMissing),
            and(holds(in.portalDrainage(), PORTAL_DRAINAGE), holds(in.extrahepaticDiseaseCleared(), EXTRAHEPATIC_CLEARED)),
            less(in.liverInvolvement(), 50, LIVER_INVOLVEMENT),
            in.stableDiseaseMonths() == null ? unknown(STABLE_DISEASE) : of(in.stableDiseaseMonths() >= 6),
        };
        int relative = less(in.age(), 60, AGE);
        int held = 0;
        int open = 0;
        int requiredMissing = 0;
        for (int criterion : required) {
            if (truth(criterion) == TRUE) {
                held++;
            } else if (truth(criterion) == UNKNOWN) {
                open++;
                requiredMissing |= missingBits(criterion);
            }
        }
        Eligibility eligibility = null;
        int eligibilityMissing = 0;
        if (held + open < required.length) {
            eligibility = Eligibility.NOT_ELIGIBLE;
        } else if (held == required.length && truth(relative) != UNKNOWN) {
            eligibility = truth(relative) == TRUE ? Eligibility.ELIGIBLE : Eligibility.ELIGIBLE_RELATIVE_EXCEPTION;
        } else {
            eligibilityMissing = missingBits(relative) | (held == required.length ? 0 : requiredMissing);
        }
        return new Result(grade, names(gradeMissing), eligibility, names(eligibilityMissing));
    }

    private static final int LOW_GRADES = 1 << Grade.NET_G1.ordinal() | 1 << Grade.NET_G2.ordinal();

    /**
     * Criterion 1, grade in {NET_G1, NET_G2}. The grade table covers every complete patient, so
     * an undetermined grade still narrows to its candidate grades: the test is decided when all
     * of them, or none, are low grades.
     */
    private static int lowGrade(Grade grade, int possible, int gradeMissing) {
        if (grade != null) {
            return of(grade == Grade.NET_G1 || grade == Grade.NET_G2);
        }
        if (possible != 0 && (possible & ~LOW_GRADES) == 0) {
            return TRUE;
        }
        if (possible != 0 && (possible & LOW_GRADES) == 0) {
            return FALSE;
        }
        return unknown(gradeMissing);
    }

    private static final Grade[] RULE_GRADES = {Grade.NEC_G3, Grade.NET_G3, Grade.NET_G2, Grade.NET_G1, Grade.NEC_G3};
    private static final Grade[] GRADES = Grade.values();
    private static final int NO_RULE = 1 << GRADES.length;

    private static SortedSet<String> names(int bits) {
        if (bits == 0) {
            return Collections.emptySortedSet();
        }
        SortedSet<String> names = new TreeSet<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((bits & 1 << i) != 0) {
                names.add(NAMES[i]);
            }
        }
        return names;
    }
}
