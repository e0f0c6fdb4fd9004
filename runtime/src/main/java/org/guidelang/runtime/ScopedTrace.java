package org.guidelang.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The explanation of an imported guideline's evaluation, as the guideline evaluated shows it: each
 * step goes to the shared trace labelled by the path of aliases by which the evaluated guideline
 * reaches the imported one ({@code netlm.} + {@code cytoreductionContraindication}), whatever label its
 * reader gave. So an imported guideline's inner outcome is not taken for the importer's own outcome of
 * the same name, and its undetermined step is refined in the importer's context like any imported
 * outcome's. A generated importing evaluation wraps the trace it hands each guideline it reaches; the
 * interpreter labels its steps by the same paths.
 */
public final class ScopedTrace extends AbstractList<ExplanationStep> {
    private final List<ExplanationStep> trace;
    private final String prefix;

    private ScopedTrace(List<ExplanationStep> trace, String prefix) {
        this.trace = trace;
        this.prefix = prefix;
    }

    /**
     * {@code trace} for the evaluation of a guideline reached under {@code prefix} ({@code "netlm."},
     * {@code "netlm.who."}): null when there is no trace, {@code trace} itself for an empty prefix.
     */
    public static List<ExplanationStep> of(List<ExplanationStep> trace, String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (trace == null || prefix.isEmpty()) {
            return trace;
        }
        if (trace instanceof ScopedTrace scoped) {
            return new ScopedTrace(scoped.trace, prefix);
        }
        return new ScopedTrace(trace, prefix);
    }

    /** Adds {@code step} to the shared trace, labelled by this scope and the outcome's own name. */
    @Override
    public boolean add(ExplanationStep step) {
        String label = step.outcome();
        String name = label.substring(label.lastIndexOf('.') + 1);
        return trace.add(step.labelled(prefix + name));
    }

    @Override
    public ExplanationStep get(int index) {
        return trace.get(index);
    }

    @Override
    public int size() {
        return trace.size();
    }
}
