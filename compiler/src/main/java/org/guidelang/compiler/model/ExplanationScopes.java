package org.guidelang.compiler.model;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the explanation of a guideline labels the outcomes of every guideline it reaches through
 * imports: by the path of aliases from the guideline evaluated ({@code netlm.cytoreductionContraindication}
 * for an outcome that liver_metastasis_resection reads only through {@code netlm.hepaticCytoreduction};
 * {@code netlm.who.grade} where who_grading is reached only through netlm). Each guideline is decided once
 * per evaluation, so it has one label prefix: the shortest path, the first in the order of the import
 * declarations where two are as short (breadth first). A label that named an imported guideline's inner
 * outcome by its bare name could be taken for the importer's own outcome of the same name, and the
 * refinement would then explain the one by the other. The interpreter and the generated classes label
 * steps by these prefixes alike.
 */
public final class ExplanationScopes {
    private ExplanationScopes() {}

    /**
     * The label prefix of every guideline that {@code evaluated} reaches, by guideline id, in breadth-first
     * order: {@code ""} for {@code evaluated} itself, {@code "alias."} for a direct import, {@code
     * "alias.inner."} for one reached through it. Unmodifiable.
     */
    public static Map<String, String> of(CheckedGuideline evaluated) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(evaluated.id(), "");
        Deque<CheckedGuideline> queue = new ArrayDeque<>();
        queue.add(evaluated);
        while (!queue.isEmpty()) {
            CheckedGuideline reader = queue.remove();
            String prefix = prefixes.get(reader.id());
            for (CheckedGuideline.ImportRef imported : reader.imports()) {
                if (prefixes.putIfAbsent(imported.guideline().id(), prefix + imported.alias() + ".") == null) {
                    queue.add(imported.guideline());
                }
            }
        }
        return Collections.unmodifiableMap(prefixes);
    }
}
