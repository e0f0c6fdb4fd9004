package org.guidelang.compiler.region;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set of patients of one {@link Space} as a union of disjoint boxes: where a condition holds.
 * Operations are exact, so a region is empty if and only if no patient lies in it; a region that
 * grows past {@link #LIMIT} boxes stops with {@link TooComplex} rather than running for ever.
 * Immutable; both operands of an operation belong to the same space.
 */
public final class Region {
    /** The most boxes a region may have. */
    public static final int LIMIT = 20_000;

    private final Space space;
    private final List<Box> boxes;

    private Region(Space space, List<Box> boxes) {
        if (boxes.size() > LIMIT) {
            throw new TooComplex();
        }
        this.space = space;
        this.boxes = List.copyOf(boxes);
    }

    /** No patient. */
    public static Region none(Space space) {
        return new Region(space, List.of());
    }

    /** Every patient the space considers: those that satisfy the constraints, once it is restricted to them. */
    public static Region all(Space space) {
        return space.admissible() != null ? space.admissible() : everything(space);
    }

    /** Every patient of the space, constraints between inputs or not. */
    public static Region everything(Space space) {
        return new Region(space, List.of(Box.ALL));
    }

    /** The patients whose {@code variable} lies in {@code allowed} (within its domain). */
    public static Region where(Space space, Variable variable, ValueSet allowed) {
        Box box = Box.restrict(variable, allowed);
        return box == null ? none(space) : new Region(space, List.of(box));
    }

    public Space space() {
        return space;
    }

    /** The disjoint boxes whose union this region is. */
    public List<Box> boxes() {
        return boxes;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    public Region and(Region other) {
        List<Box> result = new ArrayList<>();
        space.spend((long) boxes.size() * other.boxes.size());
        for (Box a : boxes) {
            for (Box b : other.boxes) {
                Box both = a.intersect(b);
                if (both != null) {
                    result.add(both);
                    if (result.size() > LIMIT) {
                        throw new TooComplex();
                    }
                }
            }
        }
        return new Region(space, result);
    }

    /**
     * The union. The boxes stay disjoint (only the part of {@code other} not already here is
     * added), and an added box that differs from one of them in a single variable is joined to
     * it: a table's rules pile up one region, and without joining, the region of a table of n
     * thresholds over one input would be n boxes, each rule's test against it n cuts (quadratic).
     */
    public Region or(Region other) {
        if (other.isEmpty()) {
            return this;
        }
        return orDisjoint(other.minus(this));
    }

    /**
     * The union with {@code disjoint}, which shares no patient with this region (as {@code
     * other.minus(this)} does not): {@link #or} for a caller that has cut the other region already.
     */
    public Region orDisjoint(Region disjoint) {
        if (disjoint.isEmpty()) {
            return this;
        }
        List<Box> result = new ArrayList<>(boxes);
        for (Box added : disjoint.boxes) {
            join(result, added);
        }
        return new Region(space, result);
    }

    /**
     * Adds {@code added} (disjoint from every box of {@code result}) to {@code result}, joined to
     * a box that differs from it in one variable only, if there is one; the joined box may in
     * turn join another. The union of two such boxes is the box with the union of their sets in
     * that variable, and it is disjoint from the rest because both were.
     */
    private void join(List<Box> result, Box added) {
        Box current = added;
        int at = -1; // where current stands in result, or -1 when it is not there yet
        boolean joined = true;
        while (joined) {
            joined = false;
            space.spend(result.size());
            for (int i = 0; i < result.size() && !joined; i++) {
                if (i == at) {
                    continue;
                }
                Box box = result.get(i);
                int differing = box.onlyDifference(current, space);
                if (differing >= 0) {
                    Variable variable = space.variable(differing);
                    Box union = box.with(variable, box.get(variable).union(current.get(variable)));
                    if (at >= 0) {
                        result.remove(at);
                        i = at < i ? i - 1 : i;
                    }
                    result.set(i, union);
                    current = union;
                    at = i;
                    joined = true;
                }
            }
        }
        if (at < 0) {
            result.add(current);
        }
    }

    public Region minus(Region other) {
        List<Box> current = boxes;
        for (Box cut : other.boxes) {
            List<Box> next = new ArrayList<>();
            space.spend(current.size());
            for (Box box : current) {
                next.addAll(box.minus(cut, space));
                if (next.size() > LIMIT) {
                    throw new TooComplex();
                }
            }
            current = next;
            if (current.isEmpty()) {
                break;
            }
        }
        return new Region(space, current);
    }

    /** The patients of the space not in this region. */
    public Region not() {
        return all(space).minus(this);
    }

    /**
     * Whether this region holds every patient the space considers: {@code not().isEmpty()}, told
     * without building the complement. Each piece of the space is cut by the boxes in turn, depth
     * first, and the first piece that no box cuts into is a patient outside: a condition that is
     * not always true is found so in a few cuts, where its complement may take thousands of boxes.
     */
    public boolean coversAll() {
        Deque<Piece> pieces = new ArrayDeque<>();
        for (Box box : all(space).boxes) {
            pieces.push(new Piece(box, 0));
        }
        while (!pieces.isEmpty()) {
            Piece piece = pieces.pop();
            int cut = piece.from();
            List<Box> left = List.of(piece.box());
            for (; cut < boxes.size(); cut++) {
                space.spend(1);
                left = piece.box().minus(boxes.get(cut), space);
                if (left.size() != 1 || left.get(0) != piece.box()) {
                    break; // the box cuts into the piece: what is left goes on from the next box
                }
            }
            if (cut == boxes.size()) {
                return false; // no box cuts into this piece: its patients lie outside
            }
            for (Box rest : left) {
                pieces.push(new Piece(rest, cut + 1));
            }
        }
        return true;
    }

    /** A piece of the space still to be cut by the boxes from {@code from} on. */
    private record Piece(Box box, int from) {}

    /** Whether some box constrains a condition beyond exact reading. */
    public boolean dependsOnConditions() {
        for (Box box : boxes) {
            for (int i = 0; i < box.width(); i++) {
                if (box.constrains(i) && space.variable(i).isCondition()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The patients in this region whatever the conditions beyond exact reading turn out to be:
     * those whose every completion with condition values lies in it.
     */
    public Region definite() {
        if (!dependsOnConditions()) {
            return this;
        }
        List<Box> projected = new ArrayList<>();
        for (Box box : not().boxes) {
            projected.add(box.withoutConditions(space));
        }
        return all(space).minus(new Region(space, projected));
    }

    /** Whether some box of this region constrains variable {@code index}. */
    public boolean constrains(int index) {
        for (Box box : boxes) {
            if (index < box.width() && box.constrains(index)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions beyond exact reading that some box of this region constrains, by index. */
    public List<Variable> conditionsConstrained() {
        SortedSet<Integer> result = new TreeSet<>();
        for (Box box : boxes) {
            for (int i = 0; i < box.width(); i++) {
                if (box.constrains(i) && space.variable(i).isCondition()) {
                    result.add(i);
                }
            }
        }
        return result.stream().map(space::variable).toList();
    }

    /**
     * The same patients in fewer boxes, for shorter messages: two boxes that differ in one
     * variable only become one box over the union of their sets (still disjoint from the rest).
     */
    public List<Box> merged() {
        List<Box> result = new ArrayList<>(boxes);
        boolean changed = true;
        while (changed && result.size() <= 200) {
            changed = false;
            search:
            for (int i = 0; i < result.size(); i++) {
                for (int j = i + 1; j < result.size(); j++) {
                    Box a = result.get(i);
                    Box b = result.get(j);
                    int width = Math.max(a.width(), b.width());
                    for (int v = 0; v < width; v++) {
                        if (a.sameAs(b, space, v)) {
                            Variable variable = space.variable(v);
                            result.set(i, a.with(variable, a.get(variable).union(b.get(variable))));
                            result.remove(j);
                            changed = true;
                            break search;
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * Thrown when a region has more boxes than {@link #LIMIT}, or a question has spent {@link
     * Space#WORK_LIMIT} box operations: the question is beyond this algebra's reach.
     */
    public static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super(null, null, false, false);
        }
    }
}
