package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact answers for a patient with missing inputs: an outcome is determined exactly when every
 * completion of the missing inputs gives it the same value; its possible values are those some
 * completion gives, and its missing inputs those of a minimal change between two completions
 * (docs/language.md §9.1; without constraints between inputs, those whose value alone can
 * change it).
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
 * input no constraint ties to another can change the outcome exactly when two leaves with
 * different answers differ in that input alone; inputs that constraints tie are searched
 * together ({@link Tied}).
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

    /**
     * Grid points of one group of tied inputs ({@link Tied}) beyond which their missing inputs are
     * all listed, soundly, instead of sought exactly.
     */
    static final int TIED_POINT_LIMIT = 1024;

    private static final Completions NONE = new Completions(new Object[0][], new double[0][], new int[0][], new long[0]);

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
    /** The inputs each constraint between inputs reads, as bits over the inputs ({@link #constrainedBy}). */
    private final long[] constraints;

    private Completions(Object[][] cells, double[][] cuts, int[][] pieces, long[] constraints) {
        this.cells = cells;
        this.cuts = cuts;
        this.pieces = pieces;
        this.places = places(cells);
        this.constraints = constraints;
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
        return new Completions(copy, numberCuts, numberPieces, new long[0]);
    }

    /**
     * These cells for a guideline whose constraints between inputs read {@code reads}: for each
     * constraint, the inputs it reads (through definitions too), as bits over the inputs. Inputs
     * that a constraint ties are looked for as deciding together ({@link Tied}); without them, a
     * refinement lists only inputs that change an outcome alone, which misses tied ones.
     */
    public Completions constrainedBy(long... reads) {
        return new Completions(cells, cuts, pieces, reads.clone());
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
            return determinedBits(values);
        }

        static boolean determinedBits(long values) {
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
        Tree tree = split.rank(first) ? split.explore(first) : null;
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
        return splittableBits(missing) != 0L;
    }

    /** The inputs of {@code missing} that have cells. */
    private long splittableBits(long missing) {
        long splittable = 0L;
        for (long bits = missing; bits != 0L; bits &= bits - 1) {
            int input = Long.numberOfTrailingZeros(bits);
            if (splits(input)) {
                splittable |= 1L << input;
            }
        }
        return splittable;
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

    /**
     * One refinement's depth-first split. Which missing input a node splits first does not change
     * the answer where the cells make it exact (the leaves partition the same completions), but it
     * changes how many evaluations the split takes by orders of magnitude: splitting first an input
     * whose cells decide much of the outcome leaves small boxes that one pass decides whole. So the
     * inputs the patient as given lacks are ranked once, before the split, by how many splittable
     * inputs their cells leave missing on average ({@link #rank}), and every node splits the best
     * ranked of the inputs it lacks.
     */
    private final class Split {
        private final KeyedOracle oracle;
        private final Object[] values;
        private final boolean[] split;
        /** Each input's place in the order of splitting (lower first); unranked inputs last, by index. */
        private final int[] rank;
        /** The evaluations of the root's children when split on the first ranked input, or null. */
        private Reach[] rootChildren;
        private long key;
        private int budget = NODE_LIMIT;

        Split(KeyedOracle oracle, Object[] values) {
            this.oracle = oracle;
            this.values = values;
            this.split = new boolean[cells.length];
            this.rank = new int[cells.length];
            Arrays.fill(rank, Integer.MAX_VALUE);
        }

        /**
         * Ranks the splittable inputs that the patient as given ({@code root}) lacks: each is split
         * alone, and the fewer splittable inputs its children still lack on average, the earlier it
         * is split (ties by index). The children of the best one are kept for the root's split. Each
         * evaluation counts against the budget; false when it ran out. A single candidate is not
         * evaluated ahead.
         */
        boolean rank(Reach root) {
            long candidates = root.values() == 0L ? 0L : splittableBits(root.missing());
            if (Long.bitCount(candidates) < 2) {
                return true;
            }
            int count = Long.bitCount(candidates);
            int[] inputs = new int[count];
            long[] open = new long[count]; // splittable inputs the children lack, summed
            Reach[][] children = new Reach[count][];
            int c = 0;
            for (long bits = candidates; bits != 0L; bits &= bits - 1, c++) {
                int input = Long.numberOfTrailingZeros(bits);
                inputs[c] = input;
                children[c] = new Reach[cells[input].length];
                for (int cell = 0; cell < cells[input].length; cell++) {
                    if (--budget < 0) {
                        return false;
                    }
                    values[input] = cells[input][cell];
                    Reach child = oracle.reach(values, places == null ? -1L : (cell + 1) * places[input]);
                    children[c][cell] = child;
                    if (child.values() != 0L) {
                        open[c] += Long.bitCount(splittableBits(child.missing() & ~(1L << input)));
                    }
                }
                values[input] = null;
            }
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            // Mean open inputs compared as fractions, open[a] / cells(a) against open[b] / cells(b).
            Arrays.sort(order, (a, b) -> {
                int byMean = Long.compare(open[a] * cells[inputs[b]].length, open[b] * cells[inputs[a]].length);
                return byMean != 0 ? byMean : Integer.compare(inputs[a], inputs[b]);
            });
            for (int place = 0; place < count; place++) {
                rank[inputs[order[place]]] = place;
            }
            rootChildren = children[order[0]];
            return true;
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
            // The first call is the root's: its children on the first ranked input were evaluated
            // (and counted) by rank().
            Reach[] known = rootChildren;
            rootChildren = null;
            Object[] representatives = cells[input];
            Tree[] children = new Tree[representatives.length];
            split[input] = true;
            for (int cell = 0; cell < representatives.length; cell++) {
                if (known == null && --budget < 0) {
                    return null;
                }
                values[input] = representatives[cell];
                long before = key;
                key = places == null ? -1L : before + (cell + 1) * places[input];
                children[cell] = explore(known != null ? known[cell] : oracle.reach(values, key));
                key = before;
                if (children[cell] == null) {
                    return null;
                }
            }
            values[input] = null;
            split[input] = false;
            return Tree.inner(input, children);
        }

        /** The best ranked input of {@code missing} that has cells and no value yet (by index among equals), or -1. */
        private int splittable(long missing) {
            int best = -1;
            for (long bits = missing; bits != 0L; bits &= bits - 1) {
                int input = Long.numberOfTrailingZeros(bits);
                if (splits(input) && !split[input] && (best < 0 || rank[input] < rank[best])) {
                    best = input;
                }
            }
            return best;
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
            long split = 0L;
            for (Tree node : inner) {
                split |= 1L << node.input();
                if ((missing & (1L << node.input())) == 0L && decides(node, fixed)) {
                    missing |= 1L << node.input();
                }
            }
            if (found[0] != 0L && !Reach.determinedBits(found[0])) {
                for (long group : tiedGroups(split)) {
                    if ((missing & group) != group) {
                        missing |= new Tied(group).deciding(tree);
                    }
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

    /**
     * The groups of inputs of {@code split} (the inputs a refinement split) that constraints tie:
     * two inputs are in one group when a constraint reads both, or each is tied to a third of the
     * group. Only groups of two or more; an input no constraint ties to another is in none.
     */
    List<Long> tiedGroups(long split) {
        List<Long> groups = new ArrayList<>();
        for (long reads : constraints) {
            long group = reads & split;
            if (Long.bitCount(group) < 2) {
                continue;
            }
            // Merge every group this one meets; what remains is disjoint.
            for (int g = groups.size() - 1; g >= 0; g--) {
                if ((groups.get(g) & group) != 0L) {
                    group |= groups.remove(g);
                }
            }
            groups.add(group);
        }
        return groups;
    }

    /**
     * The deciding inputs within one group of tied inputs (docs/language.md §9.1): a missing input
     * {@code x} is listed when two completions {@code c} and {@code c'} that satisfy the
     * constraints give the outcome different values, {@code x} among the inputs where they differ
     * ({@code Δ}), and the change is minimal: every completion that takes {@code c'}'s values on a
     * proper part of {@code Δ} and {@code c}'s elsewhere, if it satisfies the constraints, gives
     * {@code c}'s value. Without constraints that is the change of {@code x} alone. A change that
     * reaches outside {@code x}'s group can be cut back to the group: the completion with {@code
     * c}'s values in the group and {@code c'}'s outside satisfies the constraints (each reads inside
     * one group or outside it), so it is such a completion and gives {@code c}'s value, and with
     * {@code c'} it is a minimal change within the group. So the other inputs are held at each of
     * their cells in turn (an overlay of the split for every grid point of the group), and the
     * grid of the group is searched: for each completion {@code c} and each other {@code p}, {@code
     * p} is a minimal change from {@code c} when it gives another value and no completion between
     * them, that satisfies the constraints, does.
     *
     * <p>A leaf the split could not decide (an input without cells) counts soundly: as possibly
     * giving another value and never as surely doing so. A group of more than {@link
     * #TIED_POINT_LIMIT} grid points, or an overlay beyond {@link #NODE_LIMIT} leaves, lists the
     * whole group.
     */
    private final class Tied {
        private final long group;
        private final int[] members;
        /** Each input's place in {@link #members}, or -1. */
        private final int[] position;
        private final int[] strides;
        private final int points;
        /** For an input outside the group, its cell in the overlay's current box, or -1. */
        private final int[] held;
        private final java.util.Set<List<Tree>> seen = new java.util.HashSet<>();
        private int budget = NODE_LIMIT;
        private long found;

        Tied(long group) {
            this.group = group;
            this.members = new int[Long.bitCount(group)];
            this.position = new int[cells.length];
            this.strides = new int[members.length];
            this.held = new int[cells.length];
            Arrays.fill(position, -1);
            Arrays.fill(held, -1);
            long count = 1L;
            int m = 0;
            for (long bits = group; bits != 0L; bits &= bits - 1) {
                int input = Long.numberOfTrailingZeros(bits);
                members[m] = input;
                position[input] = m;
                strides[m] = (int) Math.min(count, Integer.MAX_VALUE);
                count = Math.min(count * cells[input].length, TIED_POINT_LIMIT + 1L);
                m++;
            }
            this.points = (int) count;
        }

        /** The inputs of the group that decide the outcome split as {@code tree}. */
        long deciding(Tree tree) {
            if (points > TIED_POINT_LIMIT) {
                return group;
            }
            Tree[] at = new Tree[points];
            Arrays.fill(at, tree);
            return overlay(at) ? found : group;
        }

        /** The cell grid point {@code point} gives input {@code member} (a place in {@link #members}). */
        private int cell(int point, int member) {
            return point / strides[member] % cells[members[member]].length;
        }

        /**
         * Descends the trees {@code at} (one per grid point) together, holding each input outside
         * the group at each of its cells in turn, and searches the grid at each box where all are
         * leaves; false when the budget ran out.
         */
        private boolean overlay(Tree[] at) {
            if (found == group) {
                return true;
            }
            Tree[] here = new Tree[points];
            Tree open = null;
            for (int p = 0; p < points; p++) {
                here[p] = descend(at[p], p);
                if (open == null && !here[p].isLeaf()) {
                    open = here[p];
                }
            }
            if (open == null) {
                if (--budget < 0) {
                    return false;
                }
                if (seen.add(Arrays.asList(here))) {
                    found |= search(here);
                }
                return true;
            }
            int input = open.input();
            boolean within = true;
            for (int cell = 0; cell < open.children().length && within; cell++) {
                held[input] = cell;
                within = overlay(here);
            }
            held[input] = -1;
            return within;
        }

        private Tree descend(Tree tree, int point) {
            while (!tree.isLeaf()) {
                int member = position[tree.input()];
                int cell = member >= 0 ? cell(point, member) : held[tree.input()];
                if (cell < 0) {
                    return tree;
                }
                tree = tree.children()[cell];
            }
            return tree;
        }

        /** The inputs of the group in some minimal change between two leaves of {@code leaves}, one per grid point. */
        private long search(Tree[] leaves) {
            long listed = 0L;
            byte[] below = new byte[points];
            for (int c = 0; c < points; c++) {
                long from = leaves[c].reach().values();
                for (long bits = from; bits != 0L; bits &= bits - 1) {
                    long value = Long.lowestOneBit(bits);
                    Arrays.fill(below, (byte) 0);
                    for (int p = 0; p < points; p++) {
                        long to = leaves[p].reach().values();
                        if (to != 0L && to != value && !changedBelow(leaves, c, p, value, below)) {
                            listed |= differing(c, p);
                        }
                    }
                }
            }
            return listed;
        }

        /**
         * Whether a completion strictly between {@code c} and {@code p} (c's cells but on a proper
         * part of where they differ) surely satisfies the constraints and gives a value other
         * than {@code value}; {@code memo} holds 1 for no, 2 for yes, 0 for not yet known.
         */
        private boolean changedBelow(Tree[] leaves, int c, int p, long value, byte[] memo) {
            if (memo[p] != 0) {
                return memo[p] == 2;
            }
            boolean changed = false;
            for (int m = 0; m < members.length && !changed; m++) {
                int from = cell(c, m);
                int to = cell(p, m);
                if (from == to) {
                    continue;
                }
                int q = p + (from - to) * strides[m];
                if (q != c) {
                    changed = surelyChanged(leaves[q].reach(), value) || changedBelow(leaves, c, q, value, memo);
                }
            }
            memo[p] = (byte) (changed ? 2 : 1);
            return changed;
        }

        /** Whether every completion of a leaf satisfies the constraints and gives a value other than {@code value}. */
        private static boolean surelyChanged(Reach reach, long value) {
            return reach.determined() && reach.missing() == 0L && reach.values() != value;
        }

        /** The inputs in which grid points {@code c} and {@code p} differ. */
        private long differing(int c, int p) {
            long inputs = 0L;
            for (int m = 0; m < members.length; m++) {
                if (cell(c, m) != cell(p, m)) {
                    inputs |= 1L << members[m];
                }
            }
            return inputs;
        }
    }
}
