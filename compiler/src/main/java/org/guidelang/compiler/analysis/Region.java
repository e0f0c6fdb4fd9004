package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of patients as a union of boxes: where a condition holds. Operations are exact; a region
 * that grows past {@link #LIMIT} boxes stops the analysis of its element with
 * {@link TooComplex} rather than running for ever.
 */
final class Region {
    static final int LIMIT = 20_000;

    private final Space space;
    private final List<Box> boxes;

    private Region(Space space, List<Box> boxes) {
        if (boxes.size() > LIMIT) {
            throw new TooComplex();
        }
        this.space = space;
        this.boxes = List.copyOf(boxes);
    }

    static Region none(Space space) {
        return new Region(space, List.of());
    }

    /** Every patient the analysis considers: those that satisfy the constraints, once known. */
    static Region all(Space space) {
        return space.admissible() != null ? space.admissible() : everything(space);
    }

    /** Every patient within the inputs' declared domains, constraints or not. */
    static Region everything(Space space) {
        return new Region(space, List.of(Box.ALL));
    }

    static Region of(Space space, Box box) {
        return box == null ? none(space) : new Region(space, List.of(box));
    }

    List<Box> boxes() {
        return boxes;
    }

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    Region and(Region other) {
        List<Box> result = new ArrayList<>();
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

    Region or(Region other) {
        if (other.isEmpty()) {
            return this;
        }
        // Keep the boxes disjoint: add only the part of the other region not already here.
        List<Box> result = new ArrayList<>(boxes);
        result.addAll(other.minus(this).boxes);
        return new Region(space, result);
    }

    Region minus(Region other) {
        List<Box> current = boxes;
        for (Box cut : other.boxes) {
            List<Box> next = new ArrayList<>();
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

    Region not() {
        return all(space).minus(this);
    }

    /** Whether some box constrains a condition beyond the analysis. */
    boolean dependsOnOpaque() {
        for (Box box : boxes) {
            for (int i = 0; i < box.width(); i++) {
                if (box.constrains(i) && space.variable(i).isOpaque()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The patients in this region whatever the conditions beyond the analysis turn out to be:
     * those whose every completion with opaque values lies in it.
     */
    Region definite() {
        if (!dependsOnOpaque()) {
            return this;
        }
        List<Box> projected = new ArrayList<>();
        for (Box box : not().boxes) {
            projected.add(box.withoutOpaque(space));
        }
        return all(space).minus(new Region(space, projected));
    }

    /** Whether some box of this region constrains variable {@code index}. */
    boolean constrains(int index) {
        for (Box box : boxes) {
            if (index < box.width() && box.constrains(index)) {
                return true;
            }
        }
        return false;
    }

    /** The opaque variables that some box of this region constrains, by index. */
    java.util.SortedSet<Integer> opaqueConstrained() {
        java.util.SortedSet<Integer> result = new java.util.TreeSet<>();
        for (Box box : boxes) {
            for (int i = 0; i < box.width(); i++) {
                if (box.constrains(i) && space.variable(i).isOpaque()) {
                    result.add(i);
                }
            }
        }
        return result;
    }

    /** Boxes with unions merged where two differ in one variable only, for shorter messages. */
    List<Box> merged() {
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

    /** Thrown when a region has more boxes than the analysis handles. */
    static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super(null, null, false, false);
        }
    }
}
