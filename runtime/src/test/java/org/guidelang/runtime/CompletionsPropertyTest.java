package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Completions#refine} against brute force on random first-hit tables over three inputs
 * whose cells are small integers, some with one or two constraints between the inputs. The one
 * pass is a Kleene evaluation written here, which, as the interpreter does, leaves a completion
 * open on the missing inputs of a constraint it cannot yet decide; the oracle enumerates every
 * complete patient that keeps the constraints and compares values two-valued: an input decides
 * when it is among the inputs of a minimal change between two such patients with different
 * values (docs/language.md §9.1; without constraints, when two patients differing in it alone
 * get different values).
 */
class CompletionsPropertyTest {
    private static final int INPUTS = 3;
    private static final int CODES = 3;
    private static final int NO_RULE = CODES;
    private static final long SEED = Long.getLong("guidelang.seed", 20261203L);
    private static final int TABLES = Boolean.getBoolean("guidelang.long") ? 20_000 : 300;

    /** A condition over cell numbers: an atom {@code x[input] in members}, or and/or/not. */
    private sealed interface Cond permits In, And, Or, Not {}

    private record In(int input, int members) implements Cond {}

    private record And(Cond left, Cond right) implements Cond {}

    private record Or(Cond left, Cond right) implements Cond {}

    private record Not(Cond operand) implements Cond {}

    /** Three-valued: value null when unknown, with the missing inputs it read then. */
    private record K(Boolean value, long missing) {}

    private static K kleene(Cond cond, Integer[] patient) {
        if (cond instanceof In in) {
            Integer x = patient[in.input()];
            return x == null ? new K(null, 1L << in.input()) : new K((in.members() & 1 << x) != 0, 0L);
        }
        if (cond instanceof Not not) {
            K k = kleene(not.operand(), patient);
            return k.value() == null ? k : new K(!k.value(), 0L);
        }
        boolean and = cond instanceof And;
        K a = kleene(and ? ((And) cond).left() : ((Or) cond).left(), patient);
        K b = kleene(and ? ((And) cond).right() : ((Or) cond).right(), patient);
        Boolean decisive = !and;
        if (decisive.equals(a.value()) || decisive.equals(b.value())) {
            return new K(decisive, 0L);
        }
        if (a.value() == null || b.value() == null) {
            return new K(null, a.missing() | b.missing());
        }
        return new K(!decisive, 0L);
    }

    private static boolean holds(Cond cond, Integer[] patient) {
        return kleene(cond, patient).value();
    }

    private record Table(int[] sizes, List<Cond> rules, int[] codes, List<Cond> constraints) {
        /**
         * The one pass: first hit, an unknown rule before the one that holds keeps its code open;
         * refused when a constraint is false, open on the missing inputs of one still unknown.
         */
        Completions.Reach onePass(Integer[] patient) {
            long open = 0L;
            for (Cond constraint : constraints) {
                K k = kleene(constraint, patient);
                if (Boolean.FALSE.equals(k.value())) {
                    return new Completions.Reach(0L, 0L);
                }
                open |= k.value() == null ? k.missing() : 0L;
            }
            Completions.Reach reach = firstHit(patient);
            return open == 0L ? reach : new Completions.Reach(reach.values(), reach.missing() | open);
        }

        private Completions.Reach firstHit(Integer[] patient) {
            long values = 0L;
            long missing = 0L;
            for (int i = 0; i < rules.size(); i++) {
                K k = kleene(rules.get(i), patient);
                if (Boolean.TRUE.equals(k.value())) {
                    values |= 1L << codes[i];
                    return Completions.reach(values, missing, false, NO_RULE);
                }
                if (k.value() == null) {
                    values |= 1L << codes[i];
                    missing |= k.missing();
                }
            }
            return Completions.reach(values | 1L << NO_RULE, missing, false, NO_RULE);
        }

        @Override
        public String toString() {
            return "cells " + java.util.Arrays.toString(sizes) + ", rules " + rules + " -> "
                    + java.util.Arrays.toString(codes) + ", constraints " + constraints;
        }

        int twoValued(Integer[] patient) {
            for (int i = 0; i < rules.size(); i++) {
                if (holds(rules.get(i), patient)) {
                    return codes[i];
                }
            }
            return NO_RULE;
        }

        boolean admits(Integer[] patient) {
            return constraints.stream().allMatch(constraint -> holds(constraint, patient));
        }

        Completions cells() {
            Object[][] cells = new Object[INPUTS][];
            for (int i = 0; i < INPUTS; i++) {
                cells[i] = new Object[sizes[i]];
                for (int c = 0; c < sizes[i]; c++) {
                    cells[i][c] = c;
                }
            }
            long[] reads = new long[constraints.size()];
            for (int c = 0; c < reads.length; c++) {
                reads[c] = reads(constraints.get(c));
            }
            return Completions.of(cells).constrainedBy(reads);
        }

        private static long reads(Cond cond) {
            if (cond instanceof In in) {
                return 1L << in.input();
            }
            if (cond instanceof Not not) {
                return reads(not.operand());
            }
            return cond instanceof And and ? reads(and.left()) | reads(and.right())
                    : reads(((Or) cond).left()) | reads(((Or) cond).right());
        }
    }

    private static Cond randomCond(Random random, int[] sizes, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(4);
        switch (kind) {
            case 1:
                return new And(randomCond(random, sizes, depth - 1), randomCond(random, sizes, depth - 1));
            case 2:
                return new Or(randomCond(random, sizes, depth - 1), randomCond(random, sizes, depth - 1));
            case 3:
                return new Not(randomCond(random, sizes, depth - 1));
            default:
                int input = random.nextInt(INPUTS);
                return new In(input, 1 + random.nextInt((1 << sizes[input]) - 1));
        }
    }

    /**
     * A constraint that reads each input at most once, each atom neither always true nor always
     * false, so that Kleene's logic judges it exactly on a box: false only where no completion
     * keeps it (docs/language.md §9.1 leaves other constraints sound, not exact).
     */
    private static Cond randomConstraint(Random random, int[] sizes) {
        int first = random.nextInt(INPUTS);
        int second = (first + 1 + random.nextInt(INPUTS - 1)) % INPUTS;
        Cond a = new In(first, properSubset(random, sizes[first]));
        Cond b = new In(second, properSubset(random, sizes[second]));
        return random.nextBoolean() ? new Or(a, new Not(b)) : new Or(new Not(a), b);
    }

    /** Neither no cell nor every cell: an atom that is always true or false would fool Kleene. */
    private static int properSubset(Random random, int size) {
        return 1 + random.nextInt((1 << size) - 2);
    }

    private static Table randomTable(Random random) {
        int[] sizes = new int[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            sizes[i] = 2 + random.nextInt(2);
        }
        int n = 1 + random.nextInt(4);
        List<Cond> rules = new ArrayList<>();
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            rules.add(randomCond(random, sizes, random.nextInt(3)));
            codes[i] = random.nextInt(CODES);
        }
        List<Cond> constraints = new ArrayList<>();
        for (int c = random.nextInt(4) - 1; c > 0 || c == 0 && constraints.isEmpty() && random.nextBoolean(); c--) {
            constraints.add(randomConstraint(random, sizes));
        }
        return new Table(sizes, rules, codes, constraints);
    }

    /** Every completion of {@code patient} that keeps the constraints, each with its value. */
    private static Completions.Reach bruteForce(Table table, Integer[] patient) {
        List<Integer[]> completions = new ArrayList<>();
        complete(table, patient.clone(), 0, completions);
        long values = 0L;
        for (Integer[] completion : completions) {
            values |= 1L << table.twoValued(completion);
        }
        if (Long.bitCount(values) <= 1) {
            return new Completions.Reach(values, 0L);
        }
        long missing = 0L;
        for (Integer[] c : completions) {
            for (Integer[] d : completions) {
                if (table.twoValued(c) != table.twoValued(d) && minimal(table, c, d)) {
                    missing |= differing(c, d);
                }
            }
        }
        return new Completions.Reach(values, missing);
    }

    /**
     * Whether every patient that takes {@code d}'s cells on a proper part of the inputs where
     * {@code c} and {@code d} differ, and {@code c}'s elsewhere, breaks a constraint or has c's value.
     */
    private static boolean minimal(Table table, Integer[] c, Integer[] d) {
        long delta = differing(c, d);
        for (long part = (delta - 1) & delta; part != 0L; part = (part - 1) & delta) {
            Integer[] mix = c.clone();
            for (int input = 0; input < INPUTS; input++) {
                if ((part & 1L << input) != 0L) {
                    mix[input] = d[input];
                }
            }
            if (table.admits(mix) && table.twoValued(mix) != table.twoValued(c)) {
                return false;
            }
        }
        return true;
    }

    private static long differing(Integer[] c, Integer[] d) {
        long inputs = 0L;
        for (int input = 0; input < INPUTS; input++) {
            if (!c[input].equals(d[input])) {
                inputs |= 1L << input;
            }
        }
        return inputs;
    }

    private static void complete(Table table, Integer[] patient, int input, List<Integer[]> out) {
        if (input == INPUTS) {
            if (table.admits(patient)) {
                out.add(patient.clone());
            }
            return;
        }
        if (patient[input] != null) {
            complete(table, patient, input + 1, out);
            return;
        }
        for (int value = 0; value < table.sizes()[input]; value++) {
            patient[input] = value;
            complete(table, patient, input + 1, out);
        }
        patient[input] = null;
    }

    private static Completions.Reach refine(Table table, Completions cells, Integer[] patient) {
        return cells.refine(values -> {
            Integer[] merged = patient.clone();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    merged[i] = (Integer) values[i];
                }
            }
            return table.onePass(merged);
        });
    }

    @Test
    void everyPartialPatientOfRandomTablesMatchesBruteForce() {
        Random random = new Random(SEED);
        int partial = 0;
        for (int t = 0; t < TABLES; t++) {
            Table table = randomTable(random);
            Completions cells = table.cells();
            Integer[] patient = new Integer[INPUTS];
            for (int p = 0; p < 6; p++) {
                for (int i = 0; i < INPUTS; i++) {
                    patient[i] = random.nextInt(3) == 0 ? random.nextInt(table.sizes()[i]) : null;
                }
                if (!table.admits(fill(patient)) && random.nextBoolean()) {
                    continue;
                }
                Completions.Reach expected = bruteForce(table, patient);
                Completions.Reach actual = refine(table, cells, patient);
                String where = "seed " + SEED + ": " + table + " for " + java.util.Arrays.asList(patient);
                if (expected.values() == 0L) {
                    assertEquals(0L, actual.values(), where);
                } else {
                    assertEquals(expected, new Completions.Reach(actual.values(),
                            actual.determined() ? 0L : actual.missing()), where);
                }
                partial++;
            }
        }
        assertTrue(partial > TABLES * 3, "most draws are checked");
    }

    /** The patient with its missing inputs at cell 0 (only to skip some patients at random). */
    private static Integer[] fill(Integer[] patient) {
        Integer[] filled = patient.clone();
        for (int i = 0; i < filled.length; i++) {
            filled[i] = filled[i] == null ? 0 : filled[i];
        }
        return filled;
    }
}
