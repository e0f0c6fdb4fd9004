package org.guidelang.compiler.conflicts;

import org.guidelang.runtime.Completions;

/**
 * Looks for a completion of the missing inputs that gives an outcome one of the wanted values,
 * by the splitting {@link Completions} refines answers with, pruned: a part of the space where the
 * one-pass evaluation rules the wanted values out (a sound answer: no completion there gives
 * them) is dropped, and the search stops at the first part where the evaluation gives a wanted
 * value whatever the inputs still open turn out to be. When it finds none, and every part was
 * decided, no completion gives a wanted value: a proof over the inputs' cells, as exact as the
 * cells are. A part where a wanted value stays possible while no input it lacks can be split
 * (an input in arithmetic, or compared with another input) is beyond that exactness, and so is
 * a search that spends its budget of evaluations.
 *
 * <p>The order of splitting decides how many parts the space falls into before each is decided;
 * the caller weighs the inputs (see {@link SplitOrder}).
 */
final class CompletionSearch {
    private final Completions cells;
    private final int[] weights;
    private final Completions.Oracle oracle;
    private final long wanted;
    private final int inputs;
    private final Object[] values;
    private int budget;
    private int evaluations;
    private Object[] found;
    private Object[] blockedAt;
    private long blocked;
    private boolean exhausted;

    private CompletionSearch(Completions cells, int[] weights, Completions.Oracle oracle, long wanted, int budget) {
        this.cells = cells;
        this.weights = weights.clone();
        this.inputs = weights.length;
        this.oracle = oracle;
        this.wanted = wanted;
        this.values = new Object[inputs];
        this.budget = budget;
    }

    /**
     * What a search came to. {@code FOUND}: {@code values} holds the completion (null where an input
     * was left open: any value of it will do). {@code ABSENT}: no completion gives a wanted value.
     * {@code BLOCKED}: in the part {@code values}, a wanted value stays possible and the inputs
     * {@code blocked} (bits), which could decide it, have no cells. {@code OUT_OF_BUDGET}: the
     * search stopped after {@code evaluations}.
     */
    record Result(Verdict verdict, Object[] values, long blocked, int evaluations) {
        Result {
            values = values == null ? null : values.clone();
        }
    }

    enum Verdict {
        FOUND,
        ABSENT,
        BLOCKED,
        OUT_OF_BUDGET
    }

    /**
     * Searches the completions of the inputs (numbered as {@code cells} numbers them, all missing at
     * the start) for one where {@code oracle} gives a value among the bits {@code wanted}, spending
     * at most {@code budget} evaluations; of the inputs an evaluation lacks, it splits the one of
     * greatest {@code weights[i]} first (the earliest on a tie).
     */
    static Result search(Completions cells, int[] weights, Completions.Oracle oracle, long wanted, int budget) {
        CompletionSearch search = new CompletionSearch(cells, weights, oracle, wanted, budget);
        search.explore();
        if (search.found != null) {
            return new Result(Verdict.FOUND, search.found, 0L, search.evaluations);
        }
        if (search.exhausted) {
            return new Result(Verdict.OUT_OF_BUDGET, null, 0L, search.evaluations);
        }
        if (search.blockedAt != null) {
            return new Result(Verdict.BLOCKED, search.blockedAt, search.blocked, search.evaluations);
        }
        return new Result(Verdict.ABSENT, null, 0L, search.evaluations);
    }

    /** Explores the part of the space {@link #values} fixes; false to stop the whole search. */
    private boolean explore() {
        if (budget-- <= 0) {
            exhausted = true;
            return false;
        }
        evaluations++;
        Completions.Reach reach = oracle.reach(values);
        if ((reach.values() & wanted) == 0L) {
            return true; // no completion here gives a wanted value
        }
        if ((reach.values() & ~wanted) == 0L) {
            found = values.clone(); // every completion here does
            return false;
        }
        int input = heaviest(reach.missing());
        if (input < 0) {
            if (blockedAt == null) {
                blockedAt = values.clone();
                blocked = reach.missing();
            }
            return true; // keep looking: a completion found elsewhere is worth more than this doubt
        }
        for (Object representative : cells.cells(input)) {
            values[input] = representative;
            boolean go = explore();
            values[input] = null;
            if (!go) {
                return false;
            }
        }
        return true;
    }

    /** Of the inputs in {@code missing} that have cells and no value yet, the heaviest; -1 if none. */
    private int heaviest(long missing) {
        int best = -1;
        for (long bits = missing; bits != 0L; bits &= bits - 1) {
            int input = Long.numberOfTrailingZeros(bits);
            if (input < inputs && values[input] == null && cells.splits(input)
                    && (best < 0 || weights[input] > weights[best])) {
                best = input;
            }
        }
        return best;
    }
}
