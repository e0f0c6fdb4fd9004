package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact answers for a patient with missing inputs: an outcome is determined exactly when every
 * completion of the missing inputs gives it the same value; its possible values are those some
 * completion gives, and its missing inputs those whose value alone can change it.
 *
 * <p>The one-pass three-valued evaluation is sound but judges conditions one by one: with Ki-67
 * 30% and the differentiation unknown it still counts NET_G2 as possible. This class refines such
 * an answer by splitting: it gives a missing input each value of its <em>cells</em> in turn and
 * evaluates again, until the evaluation is determined or no input it lacks can be split. An
 * input's cells are the classes of values no condition of the guideline tells apart (between two
 * thresholds, on a threshold, each code, each truth value), computed when the guideline is
 * compiled, one representative each; an input that appears in arithmetic or is compared with
 * another input has no cells and is never split. The leaves of the split partition the
 * completions into boxes each with one answer, so the union of their values is exact, and an
 * input can change the outcome exactly when two leaves with different answers differ in that
 * input alone.
 *
 * <p>Where an input cannot be split, a leaf keeps the one-pass answer (its values a superset of
 * the true ones, its missing inputs too): the answer stays sound — never a determined value that
 * a completion contradicts, never a possible value left out. A split that would visit more than
 * {@link #NODE_LIMIT} evaluations is abandoned for the one-pass answer, for the same reason.
 *
 * <p>Immutable and thread-safe; a refinement allocates (it runs only for undetermined outcomes).
 */
public final class Completions {
    /** Evaluations one refinement may spend before it settles for the one-pass answer. */
    public static final int NODE_LIMIT = 4096;

    private static final Completions NONE = new Completions(new Object[0][]);

    private final Object[][] cells;

    private Completions(Object[][] cells) {
        this.cells = cells;
    }

    /**
     * Cells by input index (of the guideline's {@link InputIndex}): for each input, one
     * representative value per cell, as the evaluator reads it (a Double in the input's unit, a
     * code name, a Boolean), or null for an input that is never split.
     */
    public static Completions of(Object[][] cells) {
        Object[][] copy = new Object[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null || cells[i].length == 0 ? null : cells[i].clone();
        }
        return new Completions(copy);
    }

    /** Splits nothing: every refinement is the one-pass answer. */
    public static Completions none() {
        return NONE;
    }

    /** Whether input {@code index} is ever split. */
    public boolean splits(int index) {
        return index < cells.length && cells[index] != null;
    }

    /** The representatives of input {@code index}'s cells (empty when it is never split). */
    public List<Object> cells(int index) {
        return splits(index) ? List.of(cells[index]) : List.of();
    }

    /**
     * What one evaluation says of an outcome: {@code values}, bits over the outcome's values (its
     * codes in order, or false and true for a recommendation, then one bit for "no value": no rule
     * applies, or the rules of a unique table conflict), a superset of what the completions give,
     * empty when no completion satisfies the guideline's constraints; and {@code missing}, bits over
     * the inputs, a superset of the missing inputs that can change it.
     */
    public record Reach(long values, long missing) {
        public boolean determined() {
            return Long.bitCount(values) == 1;
        }
    }

    /**
     * The reach of one evaluation of an outcome from its one-pass {@code values} (bits as in
     * {@link Reach}, bit {@code noValue} for "no value") and {@code missing} inputs. One value
     * decides it. With no input missing it can only have no value (an undetermined condition on
     * complete data, such as a division by zero). Unless the outcome is {@code total} (decided for
     * every complete patient, as the analysis proved), a completion may leave it without a value.
     */
    public static Reach reach(long values, long missing, boolean total, int noValue) {
        if (Long.bitCount(values) == 1) {
            return new Reach(values, 0L);
        }
        if (missing == 0L) {
            return new Reach(1L << noValue, 0L);
        }
        return new Reach(total ? values : values | 1L << noValue, missing);
    }

    /**
     * Evaluates an outcome for the patient at hand with {@code values[i]} in place of missing
     * input {@code i} where it is not null. Implementations must not keep {@code values}.
     */
    @FunctionalInterface
    public interface Oracle {
        Reach reach(Object[] values);
    }

    /**
     * The exact answer where the cells allow it, sound elsewhere; {@code oracle} must answer the
     * patient as it is for an array of nulls.
     */
    public Reach refine(Oracle oracle) {
        Object[] values = new Object[cells.length];
        Reach first = oracle.reach(values);
        if (first.determined()) {
            return new Reach(first.values(), 0L);
        }
        if (first.values() == 0L || !splitsAny(first.missing())) {
            return first;
        }
        Split split = new Split(oracle, values);
        if (!split.explore(first)) {
            return first;
        }
        return split.answer();
    }

    /**
     * The explanation step that states a refined answer for outcome {@code label}: decided
     * whatever the missing inputs turn out to be, or the values still possible and the inputs
     * that decide between them. {@code names} are the outcome's values by bit ({@code noValue}
     * last); {@code readMissing} the inputs the one-pass evaluation lacked.
     */
    public static ExplanationStep explain(String label, Reach refined, List<String> names, long readMissing,
            InputIndex inputs) {
        if (refined.determined()) {
            return new ExplanationStep(label, "decided",
                    "→ " + names.get(Long.numberOfTrailingZeros(refined.values())) + " whatever "
                            + inputs.join(readMissing) + (Long.bitCount(readMissing) == 1 ? " is" : " are"),
                    StepStatus.HELD, java.util.Map.of(), null);
        }
        List<String> possible = new ArrayList<>();
        for (long bits = refined.values(); bits != 0L; bits &= bits - 1) {
            possible.add(names.get(Long.numberOfTrailingZeros(bits)));
        }
        return new ExplanationStep(label, "undetermined", "could be " + String.join(" or ", possible) + " until "
                + inputs.join(refined.missing()) + (Long.bitCount(refined.missing()) == 1 ? " is" : " are") + " known",
                StepStatus.UNKNOWN, java.util.Map.of(), null);
    }

    private boolean splitsAny(long missing) {
        for (long bits = missing; bits != 0L; bits &= bits - 1) {
            if (splits(Long.numberOfTrailingZeros(bits))) {
                return true;
            }
        }
        return false;
    }

    /** One leaf of a split: the cell each split input took (-1: any), and the evaluation there. */
    private record Leaf(int[] chosen, Reach reach) {}

    /**
     * One inner node of a split: the input it split, and the leaves below it, {@code starts[c]}
     * the first of cell {@code c}'s (leaves are listed depth first), up to {@code end}.
     */
    private record Node(int input, int[] starts, int end) {}

    /** One refinement's depth-first split. */
    private final class Split {
        private final Oracle oracle;
        private final Object[] values;
        private final int[] chosen;
        private final List<Leaf> leaves = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
        private int budget = NODE_LIMIT;

        Split(Oracle oracle, Object[] values) {
            this.oracle = oracle;
            this.values = values;
            this.chosen = new int[cells.length];
            Arrays.fill(chosen, -1);
        }

        /** Explores the node whose evaluation is {@code reach}; false when the budget ran out. */
        boolean explore(Reach reach) {
            if (reach.values() == 0L) {
                return true; // no completion here satisfies the constraints
            }
            int input = reach.determined() ? -1 : splittable(reach.missing());
            if (input < 0) {
                leaves.add(new Leaf(chosen.clone(), reach));
                return true;
            }
            Object[] representatives = cells[input];
            int[] starts = new int[representatives.length];
            for (int cell = 0; cell < representatives.length; cell++) {
                if (--budget < 0) {
                    return false;
                }
                starts[cell] = leaves.size();
                values[input] = representatives[cell];
                chosen[input] = cell;
                boolean finished = explore(oracle.reach(values));
                values[input] = null;
                chosen[input] = -1;
                if (!finished) {
                    return false;
                }
            }
            nodes.add(new Node(input, starts, leaves.size()));
            return true;
        }

        /** The first input of {@code missing} that has cells and no value yet, or -1. */
        private int splittable(long missing) {
            for (long bits = missing; bits != 0L; bits &= bits - 1) {
                int input = Long.numberOfTrailingZeros(bits);
                if (splits(input) && chosen[input] < 0) {
                    return input;
                }
            }
            return -1;
        }

        Reach answer() {
            long possible = 0L;
            long missing = 0L;
            for (Leaf leaf : leaves) {
                possible |= leaf.reach().values();
                if (!leaf.reach().determined()) {
                    missing |= leaf.reach().missing();
                }
            }
            // Two leaves first part at one node, on its input: that is the only input divide() can
            // name for them. So each node's input is looked for among the pairs that part there,
            // and not at all once known, nor between two cells whose leaves all give one value.
            for (Node node : nodes) {
                if ((missing & (1L << node.input())) == 0L && decides(node)) {
                    missing |= 1L << node.input();
                }
            }
            return new Reach(possible, missing);
        }

        /** Whether two leaves in different cells of {@code node} show its input deciding. */
        private boolean decides(Node node) {
            int cellCount = node.starts().length;
            long[] uniform = new long[cellCount]; // the one value all of a cell's leaves give, or 0
            for (int c = 0; c < cellCount; c++) {
                uniform[c] = uniform(node.starts()[c], c + 1 < cellCount ? node.starts()[c + 1] : node.end());
            }
            for (int c = 0; c < cellCount; c++) {
                int endC = c + 1 < cellCount ? node.starts()[c + 1] : node.end();
                for (int d = c + 1; d < cellCount; d++) {
                    if (uniform[c] != 0L && uniform[c] == uniform[d]) {
                        continue;
                    }
                    int endD = d + 1 < cellCount ? node.starts()[d + 1] : node.end();
                    for (int a = node.starts()[c]; a < endC; a++) {
                        for (int b = node.starts()[d]; b < endD; b++) {
                            if (divide(leaves.get(a), leaves.get(b)) != 0L) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** The value every leaf in {@code [from, to)} determines, as a bit, or 0 when they are not all one. */
        private long uniform(int from, int to) {
            long value = 0L;
            for (int i = from; i < to; i++) {
                Reach reach = leaves.get(i).reach();
                if (!reach.determined() || (value != 0L && value != reach.values())) {
                    return 0L;
                }
                value = reach.values();
            }
            return value;
        }

        /**
         * The input whose value alone tells a patient of leaf {@code a} from one of leaf {@code b}
         * when their answers may differ (as a bit), else 0: leaves are disjoint boxes, so two that
         * agree (or leave open) every other input differ in that one.
         */
        private long divide(Leaf a, Leaf b) {
            if (a.reach().determined() && b.reach().determined() && a.reach().values() == b.reach().values()) {
                return 0L;
            }
            int differing = -1;
            for (int input = 0; input < cells.length; input++) {
                int x = a.chosen()[input];
                int y = b.chosen()[input];
                if (x >= 0 && y >= 0 && x != y) {
                    if (differing >= 0) {
                        return 0L;
                    }
                    differing = input;
                }
            }
            return differing < 0 ? 0L : 1L << differing;
        }
    }
}
