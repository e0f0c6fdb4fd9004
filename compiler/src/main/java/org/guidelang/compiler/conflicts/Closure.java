package org.guidelang.compiler.conflicts;

import org.guidelang.compiler.model.CheckedGuideline;

/** A guideline and the guidelines it imports, directly or not: the guidelines that read one patient. */
final class Closure {
    private Closure() {}

    /** The guideline {@code id} of {@code root}'s closure; a checked conflict reads no other. */
    static CheckedGuideline find(CheckedGuideline root, String id) {
        CheckedGuideline found = search(root, id);
        if (found == null) {
            throw new IllegalStateException(id + " is not imported by " + root.id());
        }
        return found;
    }

    private static CheckedGuideline search(CheckedGuideline root, String id) {
        if (root.id().equals(id)) {
            return root;
        }
        for (CheckedGuideline.ImportRef ref : root.imports()) {
            CheckedGuideline found = search(ref.guideline(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
