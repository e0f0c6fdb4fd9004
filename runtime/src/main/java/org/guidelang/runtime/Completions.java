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
    /**
     * Place values of the completion keys: a completion's key is the sum over its inputs of (cell
     * + 1) times the input's place value, 0 for none; null when the keys would not fit in a long.
     */
    private final long[] places;

    private Completions(Object[][] cells) {
        this.cells = cells;
        this.places = places(cells);
    }

    private static long[] places(Object[][] cells) {
        long[] places = new long[cells.length];
        long place = 1L;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                continue;
            }
            places[i] = place;
            if (place > Long.MAX_VALUE / (cells[i].length + 1)) {
                return null;
            }
            place *= cells[i].length + 1;
        }
        return places;
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
     * decides it, though {@code missing} stays to be split when the evaluation could not yet tell
     * whether its completions satisfy the constraints between inputs (see {@link #refine}). With
     * no input missing it can only have no value (an undetermined condition on
     * complete data, such as a division by zero). Unless the outcome is {@code total} (decided for
     * every complete patient, as the analysis proved), a completion may leave it without a value.
     */
    public static Reach reach(long values, long missing, boolean total, int noValue) {
        if (Long.bitCount(values) == 1) {
            return new Reach(values, missing);
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
     * An {@link Oracle} that is also told the completion's key: a number that names which cell
     * each input took (0 when none did, as for the patient as given), equal for two calls exactly
     * when their values are; -1 when these cells have too many combinations to be numbered. For
     * a caller that remembers evaluations across refinements.
     */
    @FunctionalInterface
    public interface KeyedOracle {
        Reach reach(Object[] values, long key);
    }

    /**
     * The exact answer where the cells allow it, sound elsewhere; {@code oracle} must answer the
     * patient as it is for an array of nulls.
     */
    public Reach refine(Oracle oracle) {
        return refine((values, key) -> oracle.reach(values));
    }

    /** As {@link #refine(Oracle)}, telling the oracle each completion's key. */
    public Reach refine(KeyedOracle oracle) {
        Object[] values = new Object[cells.length];
        Reach first = oracle.reach(values, 0L);
        Reach asIs = new Reach(first.values(), first.determined() ? 0L : first.missing());
        if (first.values() == 0L || !splitsAny(first.missing())) {
            return asIs;
        }
        Split split = new Split(oracle, values);
        Tree tree = split.explore(first);
        return tree == null ? asIs : split.answer(tree);
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
        if (refined.values() == 0L) {
            // Every completion was refused: the given values break the constraints between inputs,
            // alone or together. Callers refuse such a patient; say so rather than list nothing.
            return new ExplanationStep(label, "undetermined", "no completion of the missing inputs satisfies the "
                    + "constraints between inputs", StepStatus.UNKNOWN, java.util.Map.of(), null);
        }
        List<String> possible = new ArrayList<>();
        for (long bits = refined.values(); bits != 0L; bits &= bits - 1) {
            possible.add(names.get(Long.numberOfTrailingZeros(bits)));
        }
        return new ExplanationStep(label, "undetermined", "could be " + ValueText.possible(possible) + " until "
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

    /**
     * One node of a split: a leaf holds the evaluation of its box ({@code input} -1); an inner node
     * splits {@code input}, one child per cell. {@code uniform} is the one value every leaf below
     * determines, as a bit, or 0 when they do not all determine one value.
     */
    private record Tree(int input, Reach reach, Tree[] children, long uniform) {
        static Tree leaf(Reach reach) {
            return new Tree(-1, reach, null, reach.determined() ? reach.values() : 0L);
        }

        static Tree inner(int input, Tree[] children) {
            long uniform = children.length == 0 ? 0L : children[0].uniform();
            for (Tree child : children) {
                if (child.uniform() != uniform) {
                    uniform = 0L;
                }
            }
            return new Tree(input, null, children, uniform);
        }

        boolean isLeaf() {
            return input < 0;
        }
    }

    /** One refinement's depth-first split. */
    private final class Split {
        private final KeyedOracle oracle;
        private final Object[] values;
        private final boolean[] split;
        private long key;
        private int budget = NODE_LIMIT;

        Split(KeyedOracle oracle, Object[] values) {
            this.oracle = oracle;
            this.values = values;
            this.split = new boolean[cells.length];
        }

        /**
         * The tree below the node whose evaluation is {@code reach}, or null when the budget ran
         * out. A node no completion reaches (every completion breaks a constraint) is a leaf with
         * no values. A determined node with inputs still missing is split on: its value holds only
         * if some completion of those inputs satisfies the constraints between inputs, which the
         * evaluation could not yet tell.
         */
        Tree explore(Reach reach) {
            int input = reach.values() == 0L ? -1 : splittable(reach.missing());
            if (input < 0) {
                return Tree.leaf(reach);
            }
            Object[] representatives = cells[input];
            Tree[] children = new Tree[representatives.length];
            split[input] = true;
            for (int cell = 0; cell < representatives.length; cell++) {
                if (--budget < 0) {
                    return null;
                }
                values[input] = representatives[cell];
                long before = key;
                key = places == null ? -1L : before + (cell + 1) * places[input];
                children[cell] = explore(oracle.reach(values, key));
                key = before;
                if (children[cell] == null) {
                    return null;
                }
            }
            values[input] = null;
            split[input] = false;
            return Tree.inner(input, children);
        }

        /** The first input of {@code missing} that has cells and no value yet, or -1. */
        private int splittable(long missing) {
            for (long bits = missing; bits != 0L; bits &= bits - 1) {
                int input = Long.numberOfTrailingZeros(bits);
                if (splits(input) && !split[input]) {
                    return input;
                }
            }
            return -1;
        }

        /**
         * The answer the leaves of {@code tree} give together: every value some leaf gives, and
         * every input that some undetermined leaf lacks or that divides two leaves with different
         * answers. Two leaves first part at one inner node, on its input, so each inner node's input
         * is looked for between its children, and not at all once known.
         */
        Reach answer(Tree tree) {
            long[] found = new long[2]; // possible values, missing inputs
            collect(tree, found);
            long missing = found[1];
            List<Tree> inner = new ArrayList<>();
            innerNodes(tree, inner);
            int[] fixed = new int[cells.length];
            Arrays.fill(fixed, -1);
            for (Tree node : inner) {
                if ((missing & (1L << node.input())) == 0L && decides(node, fixed)) {
                    missing |= 1L << node.input();
                }
            }
            return new Reach(found[0], missing);
        }

        private void collect(Tree tree, long[] found) {
            if (tree.isLeaf()) {
                found[0] |= tree.reach().values();
                if (!tree.reach().determined()) {
                    found[1] |= tree.reach().missing();
                }
                return;
            }
            for (Tree child : tree.children()) {
                collect(child, found);
            }
        }

        private void innerNodes(Tree tree, List<Tree> inner) {
            if (!tree.isLeaf()) {
                inner.add(tree);
                for (Tree child : tree.children()) {
                    innerNodes(child, inner);
                }
            }
        }

        /** Whether two children of {@code node} hold leaves that show its input deciding. */
        private boolean decides(Tree node, int[] fixed) {
            Tree[] children = node.children();
            for (int c = 0; c < children.length; c++) {
                for (int d = c + 1; d < children.length; d++) {
                    if (differ(children[c], children[d], fixed)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether a leaf of {@code a} and a leaf of {@code b} whose boxes meet outside the inputs
         * fixed above them may answer differently: the two trees are overlaid, input by input, as
         * {@code fixed} records the cells chosen on the way down.
         */
        private boolean differ(Tree a, Tree b, int[] fixed) {
            a = descend(a, fixed);
            b = descend(b, fixed);
            if (a.uniform() != 0L && a.uniform() == b.uniform() || unreached(a) || unreached(b)) {
                return false;
            }
            Tree inner = !a.isLeaf() ? a : !b.isLeaf() ? b : null;
            if (inner == null) {
                return !(a.reach().determined() && b.reach().determined() && a.reach().values() == b.reach().values());
            }
            int input = inner.input();
            for (int cell = 0; cell < inner.children().length; cell++) {
                fixed[input] = cell;
                boolean differs = differ(a, b, fixed);
                fixed[input] = -1;
                if (differs) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code tree} is a leaf no completion reaches (each breaks a constraint). */
        private static boolean unreached(Tree tree) {
            return tree.isLeaf() && tree.reach().values() == 0L;
        }

        /** {@code tree} below the cells {@code fixed} chooses for the inputs it splits first. */
        private static Tree descend(Tree tree, int[] fixed) {
            while (!tree.isLeaf() && fixed[tree.input()] >= 0) {
                tree = tree.children()[fixed[tree.input()]];
            }
            return tree;
        }
    }
}
