package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A product of per-variable value sets: the patients whose every variable lies in its set. A
 * variable without a set ({@code null}, or beyond the array) ranges over its whole domain. A box
 * is never empty once built by {@link #restrict} or the operations here.
 */
final class Box {
    static final Box ALL = new Box(new Values[0]);

    private final Values[] values;

    private Box(Values[] values) {
        this.values = values;
    }

    /** The box of patients whose {@code variable} lies in {@code allowed}; null when that is no one. */
    static Box restrict(Variable variable, Values allowed) {
        Values within = variable.domain().intersect(allowed);
        if (within.isEmpty()) {
            return null;
        }
        Values[] values = new Values[variable.index() + 1];
        values[variable.index()] = within;
        return new Box(values);
    }

    /** The set of {@code variable} in this box, never null. */
    Values get(Variable variable) {
        int i = variable.index();
        return i < values.length && values[i] != null ? values[i] : variable.domain();
    }

    /** Whether this box constrains {@code index} at all. */
    boolean constrains(int index) {
        return index < values.length && values[index] != null;
    }

    int width() {
        return values.length;
    }

    /** The intersection with {@code other}, or null when empty. */
    Box intersect(Box other) {
        Values[] result = Arrays.copyOf(values, Math.max(values.length, other.values.length));
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] == null) {
                continue;
            }
            Values both = result[i] == null ? other.values[i] : result[i].intersect(other.values[i]);
            if (both.isEmpty()) {
                return null;
            }
            result[i] = both;
        }
        return new Box(result);
    }

    /** This box without {@code other}, as disjoint boxes. */
    List<Box> minus(Box other, Space space) {
        if (intersect(other) == null) {
            return List.of(this);
        }
        List<Box> pieces = new ArrayList<>();
        Values[] inside = Arrays.copyOf(values, Math.max(values.length, other.values.length));
        for (int i = 0; i < other.values.length; i++) {
            if (other.values[i] == null) {
                continue;
            }
            Values mine = inside[i] == null ? space.variable(i).domain() : inside[i];
            Values outside = mine.minus(other.values[i]);
            if (!outside.isEmpty()) {
                Values[] piece = inside.clone();
                piece[i] = outside;
                pieces.add(new Box(piece));
            }
            inside[i] = mine.intersect(other.values[i]);
        }
        return pieces;
    }

    /** This box with {@code variable}'s set replaced by {@code replacement} (within its domain). */
    Box with(Variable variable, Values replacement) {
        Values[] result = Arrays.copyOf(values, Math.max(values.length, variable.index() + 1));
        result[variable.index()] = replacement;
        return new Box(result);
    }

    /** This box with no constraint on conditions beyond the analysis. */
    Box withoutOpaque(Space space) {
        Values[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (space.variable(i).isOpaque()) {
                result[i] = null;
            }
        }
        return new Box(result);
    }

    /** Whether both boxes hold the same sets, treating an absent set as the whole domain. */
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
