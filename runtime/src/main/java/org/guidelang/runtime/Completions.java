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

    private static final Completions NONE = new Completions(new Object[0][], new double[0][], new int[0][]);

    private final Object[][] cells;
    /**
     * For each numeric input that is split, the points at which its cells change, as doubles in
     * ascending order (a threshold no double stands for is placed at the double below it, since
     * {@code x < t} and {@code x <= t} then both hold exactly up to that double); null otherwise.
     */
    private final double[][] cuts;
    /**
     * For each input with {@link #cuts}, the cell of each piece of the number line they make:
     * {@code (-inf, c0), [c0], (c0, c1), [c1], ..., (ck, +inf)}; -1 for a piece that holds no
     * patient's value.
     */
    private final int[][] pieces;
    /**
     * Place values of the completion keys: a completion's key is the sum over its inputs of (cell
     * + 1) times the input's place value, 0 for none; null when the keys would not fit in a long.
     */
    private final long[] places;

    private Completions(Object[][] cells, double[][] cuts, int[][] pieces) {
        this.cells = cells;
        this.cuts = cuts;
        this.pieces = pieces;
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
        return of(cells, new Object[cells.length][], new Object[cells.length][]);
    }

    /**
     * Cells as {@link #of(Object[][])} takes them, with what places a patient's own value of a
     * numeric input in its cell ({@link #keyOf}): {@code cuts[i]}, the Doubles at which input
     * {@code i}'s cells change, ascending, and {@code pieces[i]}, the Integer cell of each of the
     * {@code 2 * cuts[i].length + 1} pieces they cut the number line into (points and the stretches
     * between them; -1 where no patient's value lies); both null for an input that is not a split
     * number. Computed with the cells when the guideline is compiled.
     *
     * @throws IllegalArgumentException when the arrays do not fit together
     */
    public static Completions of(Object[][] cells, Object[][] cuts, Object[][] pieces) {
        if (cuts.length != cells.length || pieces.length != cells.length) {
            throw new IllegalArgumentException("cells, cuts and pieces must cover the same inputs");
        }
        Object[][] copy = new Object[cells.length][];
        double[][] numberCuts = new double[cells.length][];
        int[][] numberPieces = new int[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null || cells[i].length == 0 ? null : cells[i].clone();
            if (copy[i] == null || cuts[i] == null || pieces[i] == null) {
                continue;
            }
            if (pieces[i].length != 2 * cuts[i].length + 1) {
                throw new IllegalArgumentException("input " + i + ": " + cuts[i].length + " cuts make "
                        + (2 * cuts[i].length + 1) + " pieces, not " + pieces[i].length);
            }
            numberCuts[i] = new double[cuts[i].length];
            for (int c = 0; c < cuts[i].length; c++) {
                numberCuts[i][c] = ((Number) cuts[i][c]).doubleValue(); // compared as primitives: -0.0 is 0.0
                if (c > 0 && !(numberCuts[i][c] > numberCuts[i][c - 1])) {
                    throw new IllegalArgumentException("input " + i + ": cuts must ascend");
                }
            }
            numberPieces[i] = new int[pieces[i].length];
            for (int p = 0; p < pieces[i].length; p++) {
                int cell = ((Number) pieces[i][p]).intValue();
                if (cell < -1 || cell >= copy[i].length) {
                    throw new IllegalArgumentException("input " + i + ": no cell " + cell);
                }
                numberPieces[i][p] = cell;
            }
        }
        return new Completions(copy, numberCuts, numberPieces);
    }

    /**
     * The key of a patient's own values, {@code given[i]} for input {@code i} (null when missing;
     * a Number, a code name or a Boolean, as {@link ExactAnswers.Completer}s take them): the sum over its given
     * inputs of (cell + 1) times the input's place value, as completion keys are numbered. Two
     * patients with equal keys have their given values in the same cells and miss the same split
     * inputs, so every refinement gives them the same answers: a caller may remember answers by
     * it. -1 when it cannot tell: a given input that is never split (its exact value may matter),
     * a number whose cells it cannot place, or cells too many to number.
     */
    public long keyOf(Object[] given) {
        if (places == null || given.length != cells.length) {
            return -1L;
        }
        long key = 0L;
        for (int i = 0; i < given.length; i++) {
            Object value = given[i];
            if (value == null) {
                continue;
            }
            int cell = cellOf(i, value);
            if (cell < 0) {
                return -1L;
            }
            key += (cell + 1) * places[i];
        }
        return key;
    }

    /**
     * The cell of input {@code index} that holds a patient's {@code value} (a Number, a code name
     * or a Boolean): every condition answers for it as for the cell's representative. -1 when that
     * cannot be told: the input is never split, or its numbers have no cuts.
     */
    public int cellOf(int index, Object value) {
        Object[] row = cells[index];
        if (row == null) {
            return -1;
        }
        if (value instanceof Number number) {
            double[] points = cuts[index];
            if (points == null) {
                return -1;
            }
            double v = number.doubleValue();
            if (Double.isNaN(v)) {
                return -1;
            }
            // The first cut not below v; v sits on it or in the stretch before it.
            int lo = 0;
            int hi = points.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (points[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return pieces[index][lo < points.length && points[lo] == v ? 2 * lo + 1 : 2 * lo];
        }
        for (int cell = 0; cell < row.length; cell++) {
            if (row[cell].equals(value)) {
                return cell;
            }
        }
        return -1;
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

    /** The points at which numeric input {@code index}'s cells change ({@link #of(Object[][], Object[][], Object[][])}); empty when not known. */
    public List<Double> cuts(int index) {
        if (index >= cuts.length || cuts[index] == null) {
            return List.of();
        }
        return Arrays.stream(cuts[index]).boxed().toList();
    }

    /** The cell of each piece the {@link #cuts} of input {@code index} make; empty when not known. */
    public List<Integer> pieces(int index) {
        if (index >= pieces.length || pieces[index] == null) {
            return List.of();
        }
        return Arrays.stream(pieces[index]).boxed().toList();
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
                            + inputs.joinIsAre(readMissing),
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
                + inputs.joinIsAre(refined.missing()) + " known",
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
