package org.guidelang.runtime;

import java.util.Map;

/**
 * Conditions whose truths are given, not computed: element {@code e} is {@code truths[e]}, lacks
 * {@code missing[e]} when unknown (nothing otherwise, as {@link Conditions} requires), and reads
 * one value named after it, so that a test of the decision logic fixes every rule's truth by hand.
 */
final class ScriptedConditions implements Conditions {
    private final Truth[] truths;
    private final long[] missing;

    ScriptedConditions(Truth[] truths, long[] missing) {
        this.truths = truths.clone();
        this.missing = missing.clone();
    }

    /** Element {@code e} lacks input {@code e} when unknown. */
    static ScriptedConditions of(Truth... truths) {
        long[] missing = new long[truths.length];
        for (int e = 0; e < truths.length; e++) {
            missing[e] = 1L << e;
        }
        return new ScriptedConditions(truths, missing);
    }

    @Override
    public Truth condition(int element) {
        return truths[element];
    }

    @Override
    public long missing(int element) {
        return truths[element] == Truth.UNKNOWN ? missing[element] : 0L;
    }

    @Override
    public Map<String, Object> values(int element) {
        return Map.of("v" + element, element);
    }
}
