package org.guidelang.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The outcomes of an {@link EvaluationResult} by name, over the immutable list they came in (in
 * declaration order, names distinct): a result of the map path costs no table. A guideline has a
 * handful of outcomes, so a lookup scans.
 */
final class OutcomeMap extends AbstractMap<String, OutcomeResult> {
    private final List<OutcomeResult> outcomes;

    OutcomeMap(List<OutcomeResult> outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int size() {
        return outcomes.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public OutcomeResult get(Object key) {
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeResult outcome = outcomes.get(i);
            if (outcome.name().equals(key)) {
                return outcome;
            }
        }
        return null;
    }

    /** The outcomes in declaration order: the list itself (immutable), with no view or entries to walk. */
    @Override
    public Collection<OutcomeResult> values() {
        return outcomes;
    }

    @Override
    public Set<Entry<String, OutcomeResult>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return outcomes.size();
            }

            @Override
            public Iterator<Entry<String, OutcomeResult>> iterator() {
                Iterator<OutcomeResult> each = outcomes.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Entry<String, OutcomeResult> next() {
                        OutcomeResult outcome = each.next();
                        return new SimpleImmutableEntry<>(outcome.name(), outcome);
                    }
                };
            }
        };
    }
}
