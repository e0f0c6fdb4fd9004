package org.guidelang.compiler.java;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names the generator picks for its own members in one Java namespace: each is the preferred
 * name unless something in the namespace already has it, then that name with {@code _} appended
 * until it is free. Asking twice for one key gives the same name, so that a member and its uses
 * agree; asking in the same order gives the same names, so that output stays deterministic.
 */
final class NameAllocation {
    private final Set<String> taken;
    private final Map<String, String> byKey = new HashMap<>();

    /** A namespace in which {@code taken} are already used. */
    NameAllocation(Collection<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** The name of {@code key}, allocated on first use from {@code preferred}. */
    String name(String key, String preferred) {
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String name = preferred;
        while (!taken.add(name)) {
            name = name + "_";
        }
        byKey.put(key, name);
        return name;
    }

    /** The name of {@code key}, which must have been allocated. */
    String name(String key) {
        String known = byKey.get(key);
        if (known == null) {
            throw new IllegalStateException("no name allocated for " + key);
        }
        return known;
    }

    /** Every name used in the namespace so far. */
    Set<String> taken() {
        return Set.copyOf(taken);
    }
}
