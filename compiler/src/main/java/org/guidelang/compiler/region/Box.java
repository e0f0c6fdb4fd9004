package org.guidelang.compiler.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A product of per-variable value sets: the patients whose every variable lies in its set. A
 * variable without a set ({@code null}, or beyond the array) ranges over its whole domain. A box
 * is never empty once built by {@link #restrict} or the operations here. Immutable.
 */
public final class Box {
    static final Box ALL = new Box(new ValueSet[0]);

    private final ValueSet[] values;
    /**
     * The hash of each variable's set (its domain's where unconstrained), by index up to the width:
     * unions compare every box with every other, and two sets of different hashes differ without
     * being compared. Made on first use; a box belongs to one analysis, on one thread (see {@link Space}).
     */
    private int[] hashes;

    private Box(ValueSet[] values) {
        this.values = values;
    }

    /** The box of patients whose {@code variable} lies in {@code allowed}; null when that is no one. */
    static Box restrict(Variable variable, ValueSet allowed) {
        ValueSet within = variable.domain().intersect(allowed);
        if (within.isEmpty()) {
            return null;
        }
        ValueSet[] values = new ValueSet[variable.index() + 1];
        values[variable.index()] = within;
        return new Box(values);
    }

    /** The set of {@code variable} in this box, never null: its whole domain when unconstrained. */
    public ValueSet get(Variable variable) {
        int i = variable.index();
        return i < values.length && values[i] != null ? values[i] : variable.domain();
    }

    /** Whether this box constrains {@code variable} at all (it may still allow its whole domain). */
    public boolean constrains(Variable variable) {
        return constrains(variable.index());
    }

    boolean constrains(int index) {
        return index < values.length && values[index] != null;
    }

    int width() {
        return values.length;
    }

    /** The intersection with {@code other}, or null when empty. */
    Box intersect(Box other) {
        ValueSet[] result = Arrays.copyOf(values, Math.max(values.length, other.values.length));
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] == null) {
                continue;
            }
            ValueSet both = result[i] == null ? other.values[i] : result[i].intersect(other.values[i]);
            if (both.isEmpty()) {
                return null;
            }
            result[i] = both;
        }
        return new Box(result);
    }

    /** This box without {@code other}, as disjoint boxes, split variable by variable in index order. */
    List<Box> minus(Box other, Space space) {
        // Each set other restricts, cut to other's first: one that comes out empty leaves this box whole.
        ValueSet[] both = new ValueSet[other.values.length];
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] != null) {
                both[i] = own(i, space).intersect(other.values[i]);
                if (both[i].isEmpty()) {
                    return List.of(this);
                }
            }
        }
        List<Box> pieces = new ArrayList<>();
        ValueSet[] inside = Arrays.copyOf(values, Math.max(values.length, other.values.length));
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] == null) {
                continue;
            }
            ValueSet outside = own(i, space).minus(other.values[i]);
            if (!outside.isEmpty()) {
                ValueSet[] piece = inside.clone();
                piece[i] = outside;
                pieces.add(new Box(piece));
            }
            inside[i] = both[i];
        }
        return pieces;
    }

    /** This box's set of variable {@code i}: its whole domain when unconstrained. */
    private ValueSet own(int i, Space space) {
        return i < values.length && values[i] != null ? values[i] : space.variable(i).domain();
    }

    /**
     * This box with {@code variable}'s set replaced by {@code replacement} (within its domain);
     * the whole domain leaves the variable unconstrained, as if the box had never restricted it.
     */
    Box with(Variable variable, ValueSet replacement) {
        ValueSet[] result = Arrays.copyOf(values, Math.max(values.length, variable.index() + 1));
        result[variable.index()] = replacement.equals(variable.domain()) ? null : replacement;
        return new Box(result);
    }

    /** This box with no constraint on conditions beyond exact reading. */
    Box withoutConditions(Space space) {
        ValueSet[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (space.variable(i).isCondition()) {
                result[i] = null;
            }
        }
        return new Box(result);
    }

    /**
     * The one variable, by index, in which the two boxes hold different sets; -1 when they
     * differ in none or in more than one. An absent set is the whole domain.
     */
    int onlyDifference(Box other, Space space) {
        int width = Math.max(values.length, other.values.length);
        int[] mine = hashes(space);
        int[] theirs = other.hashes(space);
        int differing = -1;
        for (int i = 0; i < width; i++) {
            ValueSet a = i < values.length ? values[i] : null;
            ValueSet b = i < other.values.length ? other.values[i] : null;
            if (a == b) {
                continue;
            }
            Variable variable = space.variable(i);
            int hashA = i < mine.length ? mine[i] : variable.domain().hashCode();
            int hashB = i < theirs.length ? theirs[i] : variable.domain().hashCode();
            if (hashA == hashB && get(variable).equals(other.get(variable))) {
                continue;
            }
            if (differing >= 0) {
                return -1;
            }
            differing = i;
        }
        return differing;
    }

    private int[] hashes(Space space) {
        int[] known = hashes;
        if (known == null) {
            known = new int[values.length];
            for (int i = 0; i < known.length; i++) {
                known[i] = (values[i] != null ? values[i] : space.variable(i).domain()).hashCode();
            }
            hashes = known;
        }
        return known;
    }

    /** Whether both boxes hold the same sets, but perhaps at {@code except}, treating an absent set as the whole domain. */
    boolean sameAs(Box other, Space space, int except) {
        int width = Math.max(values.length, other.values.length);
        for (int i = 0; i < width; i++) {
            if (i != except && !get(space.variable(i)).equals(other.get(space.variable(i)))) {
                return false;
            }
        }
        return true;
    }
}
