package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The refinement against brute force: a WHO-like first-hit table, evaluated by a one-pass Kleene
 * evaluator written here (sound, rule by rule), refined by {@link Completions}, and compared
 * with the values of every completion over a grid of values on, between and beside the
 * thresholds. The oracle of truth is plain two-valued evaluation of complete patients.
 */
class CompletionsTest {
    private static final int NET_G1 = 0;
    private static final int NET_G2 = 1;
    private static final int NET_G3 = 2;
    private static final int NEC_G3 = 3;
    private static final int NO_RULE = 4;

    private static final int DIFFERENTIATION = 0;
    private static final int KI67 = 1;
    private static final int MITOSES = 2;

    private static final List<Object> DIFFERENTIATIONS = List.of("WELL", "POOR");
    private static final List<Object> KI67_GRID = List.of(0.0, 1.5, 2.9, 3.0, 3.1, 10.0, 19.9, 20.0, 20.1, 60.0, 100.0);
    private static final List<Object> MITOSES_GRID = List.of(0.0, 1.0, 2.0, 3.0, 10.0, 19.0, 20.0, 21.0, 500.0);

    private static final Completions CELLS = Completions.of(new Object[][] {
        {"WELL", "POOR"}, {1.5, 3.0, 10.0, 20.0, 60.0}, {1.0, 2.0, 10.0, 20.0, 21.0}});

    /** A three-valued truth: TRUE, FALSE or null for unknown, with the missing inputs it read. */
    private record T(Boolean value, long missing) {
        static T of(Object input, int index, Function<Object, Boolean> test) {
            return input == null ? new T(null, 1L << index) : new T(test.apply(input), 0L);
        }

        T and(T other) {
            if (Boolean.FALSE.equals(value) || Boolean.FALSE.equals(other.value)) {
                return new T(false, 0L);
            }
            if (value == null || other.value == null) {
                return new T(null, missing | other.missing);
            }
            return new T(true, 0L);
        }

        T or(T other) {
            if (Boolean.TRUE.equals(value) || Boolean.TRUE.equals(other.value)) {
                return new T(true, 0L);
            }
            if (value == null || other.value == null) {
                return new T(null, missing | other.missing);
            }
            return new T(false, 0L);
        }
    }

    /** The one-pass answer of the table for {@code patient} (null: missing). */
    private static Completions.Reach onePass(Object[] patient) {
        Object d = patient[DIFFERENTIATION];
        Object k = patient[KI67];
        Object m = patient[MITOSES];
        T poor = T.of(d, DIFFERENTIATION, v -> v.equals("POOR"));
        T well = T.of(d, DIFFERENTIATION, v -> v.equals("WELL"));
        T high = T.of(k, KI67, v -> (Double) v > 20).or(T.of(m, MITOSES, v -> (Double) v > 20));
        T middle = T.of(k, KI67, v -> (Double) v >= 3 && (Double) v <= 20)
                .or(T.of(m, MITOSES, v -> (Double) v >= 2 && (Double) v <= 20));
        T low = T.of(k, KI67, v -> (Double) v < 3).and(T.of(m, MITOSES, v -> (Double) v < 2));
        List<T> rules = List.of(poor.and(high), well.and(high), well.and(middle), well.and(low), poor);
        int[] codes = {NEC_G3, NET_G3, NET_G2, NET_G1, NEC_G3};
        long values = 0L;
        long missing = 0L;
        for (int i = 0; i < rules.size(); i++) {
            T rule = rules.get(i);
            if (Boolean.TRUE.equals(rule.value())) {
                return new Completions.Reach(values | 1L << codes[i], missing);
            }
            if (rule.value() == null) {
                values |= 1L << codes[i];
                missing |= rule.missing();
            }
        }
        return new Completions.Reach(values | 1L << NO_RULE, missing);
    }

    private static Completions.Reach refine(Object[] patient) {
        return CELLS.refine(values -> {
            Object[] merged = patient.clone();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    merged[i] = values[i];
                }
            }
            return onePass(merged);
        });
    }

    @Test
    void aHighKi67DecidesBetweenTheG3CodesWhateverTheDifferentiation() {
        Completions.Reach reach = refine(new Object[] {null, 30.0, null});
        assertEquals(1L << NET_G3 | 1L << NEC_G3, reach.values());
        assertEquals(1L << DIFFERENTIATION, reach.missing());
        // The one-pass answer still counts NET_G2 and asks for the mitoses too.
        Completions.Reach onePass = onePass(new Object[] {null, 30.0, null});
        assertTrue((onePass.values() & 1L << NET_G2) != 0L);
    }

    @Test
    void aDeterminedAnswerIsLeftAsItIs() {
        Completions.Reach reach = refine(new Object[] {"WELL", 1.0, 0.0});
        assertEquals(1L << NET_G1, reach.values());
        assertEquals(0L, reach.missing());
    }

    @Test
    void everyPartialPatientMatchesBruteForce() {
        List<List<Object>> grids = List.of(DIFFERENTIATIONS, KI67_GRID, MITOSES_GRID);
        int checked = 0;
        for (Object d : withMissing(DIFFERENTIATIONS)) {
            for (Object k : withMissing(KI67_GRID)) {
                for (Object m : withMissing(MITOSES_GRID)) {
                    Object[] patient = {d, k, m};
                    Completions.Reach expected = bruteForce(patient, grids);
                    Completions.Reach actual = refine(patient);
                    assertEquals(expected, actual, () -> "patient " + List.of(d == null ? "-" : d,
                            k == null ? "-" : k, m == null ? "-" : m));
                    checked++;
                }
            }
        }
        assertEquals(3 * 12 * 10, checked);
    }

    @Test
    void anInputWithoutCellsIsNeverSplitAndTheAnswerStaysSound() {
        Completions noKi67 = Completions.of(new Object[][] {{"WELL", "POOR"}, null, {1.0, 2.0, 10.0, 20.0, 21.0}});
        Object[] patient = {null, null, 30.0};
        Completions.Reach reach = noKi67.refine(values -> {
            Object[] merged = patient.clone();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    merged[i] = values[i];
                }
            }
            return onePass(merged);
        });
        Completions.Reach exact = bruteForce(patient, List.of(DIFFERENTIATIONS, KI67_GRID, MITOSES_GRID));
        assertEquals(exact.values() & reach.values(), exact.values(), "no possible value left out");
        assertEquals(exact.missing() & reach.missing(), exact.missing(), "no deciding input left out");
        // Mitoses 30 make it high grade whatever Ki-67 is: splitting the differentiation alone is exact.
        assertEquals(1L << NET_G3 | 1L << NEC_G3, reach.values());
    }

    @Test
    void noneSplitsNothing() {
        Object[] patient = {null, 30.0, null};
        assertEquals(onePass(patient), Completions.none().refine(values -> onePass(patient)));
    }

    @Test
    void keysNameCompletionsOneToOne() {
        java.util.Map<Long, List<Object>> byKey = new java.util.HashMap<>();
        java.util.Map<List<Object>, Long> byValues = new java.util.HashMap<>();
        Object[] patient = {null, null, null};
        Completions.Reach keyed = CELLS.refine((Completions.KeyedOracle) (values, key) -> {
            List<Object> completion = java.util.Arrays.asList(values.clone());
            assertTrue(key >= 0L, "three inputs' cells fit in a key");
            assertEquals(completion.stream().allMatch(v -> v == null), key == 0L, "key 0 is the patient as given");
            List<Object> before = byKey.putIfAbsent(key, completion);
            assertTrue(before == null || before.equals(completion), "key " + key + " names two completions");
            Long other = byValues.putIfAbsent(completion, key);
            assertTrue(other == null || other == key, completion + " has two keys");
            return onePass(values);
        });
        assertTrue(byKey.size() > 10, "the split visits many completions: " + byKey.size());
        assertEquals(refine(patient), keyed, "the keyed refinement answers as the plain one");
    }

    @Test
    void cellsTooManyToKeyGiveMinusOne() {
        Object[][] many = new Object[40][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Object[] {1.0, 2.0, 3.0}; // 4^40 combinations overflow a long
        }
        List<Long> keys = new ArrayList<>();
        Completions.of(many).refine((Completions.KeyedOracle) (values, key) -> {
            keys.add(key);
            long missing = 0L;
            for (int i = 0; i < values.length; i++) {
                missing |= values[i] == null ? 1L << i : 0L;
            }
            // decided once the first two inputs are known, else either value and those two missing
            return values[0] != null && values[1] != null ? new Completions.Reach(1L, 0L)
                    : new Completions.Reach(3L, missing & 3L);
        });
        assertEquals(0L, keys.get(0));
        assertTrue(keys.size() > 1 && keys.subList(1, keys.size()).stream().allMatch(k -> k == -1L), keys.toString());
    }

    private static List<Object> withMissing(List<Object> grid) {
        List<Object> all = new ArrayList<>();
        all.add(null);
        all.addAll(grid);
        return all;
    }

    /** Values over every completion; an input decides when two completions differing in it alone differ. */
    private static Completions.Reach bruteForce(Object[] patient, List<List<Object>> grids) {
        List<Object[]> completions = new ArrayList<>();
        complete(patient.clone(), 0, grids, completions);
        long values = 0L;
        long missing = 0L;
        for (Object[] completion : completions) {
            int value = Long.numberOfTrailingZeros(twoValued(completion));
            values |= 1L << value;
            for (int input = 0; input < patient.length; input++) {
                if (patient[input] != null) {
                    continue;
                }
                for (Object other : grids.get(input)) {
                    Object[] changed = completion.clone();
                    changed[input] = other;
                    if (twoValued(changed) != 1L << value) {
                        missing |= 1L << input;
                    }
                }
            }
        }
        return new Completions.Reach(values, missing);
    }

    private static void complete(Object[] patient, int input, List<List<Object>> grids, List<Object[]> out) {
        if (input == patient.length) {
            out.add(patient.clone());
            return;
        }
        if (patient[input] != null) {
            complete(patient, input + 1, grids, out);
            return;
        }
        for (Object value : grids.get(input)) {
            patient[input] = value;
            complete(patient, input + 1, grids, out);
        }
        patient[input] = null;
    }

    /** Plain evaluation of a complete patient, as a single bit. */
    private static long twoValued(Object[] p) {
        boolean poor = p[DIFFERENTIATION].equals("POOR");
        double k = (Double) p[KI67];
        double m = (Double) p[MITOSES];
        boolean high = k > 20 || m > 20;
        if (poor && high) {
            return 1L << NEC_G3;
        }
        if (!poor && high) {
            return 1L << NET_G3;
        }
        if (!poor && (k >= 3 && k <= 20 || m >= 2 && m <= 20)) {
            return 1L << NET_G2;
        }
        if (!poor && k < 3 && m < 2) {
            return 1L << NET_G1;
        }
        return poor ? 1L << NEC_G3 : 1L << NO_RULE;
    }
}
