package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds evaluators by guideline id, so that tools (a batch runner, a web service) can evaluate any
 * guideline from a map or JSON patient without naming its generated class. Immutable.
 *
 * <pre>{@code
 * GuidelineCatalog catalog = GuidelineCatalog.of(MilanNen.evaluator(), WhoGrading.evaluator());
 * EvaluationResult result = catalog.require("milan_nen").evaluate(patient);
 * }</pre>
 */
public final class GuidelineCatalog {
    private final Map<String, GuidelineEvaluator> byId;

    private GuidelineCatalog(Collection<? extends GuidelineEvaluator> evaluators) {
        Map<String, GuidelineEvaluator> map = new TreeMap<>();
        for (GuidelineEvaluator evaluator : evaluators) {
            GuidelineEvaluator earlier = map.put(evaluator.id(), evaluator);
            if (earlier != null && earlier != evaluator) {
                throw new IllegalArgumentException("two evaluators for guideline " + evaluator.id());
            }
        }
        this.byId = map;
    }

    public static GuidelineCatalog of(GuidelineEvaluator... evaluators) {
        return new GuidelineCatalog(List.of(evaluators));
    }

    public static GuidelineCatalog of(Collection<? extends GuidelineEvaluator> evaluators) {
        return new GuidelineCatalog(evaluators);
    }

    /**
     * The evaluators registered as {@code META-INF/services/org.guidelang.runtime.GuidelineEvaluator}
     * providers on the class path of {@code loader}.
     */
    public static GuidelineCatalog discover(ClassLoader loader) {
        List<GuidelineEvaluator> found = new ArrayList<>();
        ServiceLoader.load(GuidelineEvaluator.class, loader).forEach(found::add);
        return new GuidelineCatalog(found);
    }

    /** The guideline ids, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<GuidelineEvaluator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws IllegalArgumentException naming the known ids (and the closest one) when there is none */
    public GuidelineEvaluator require(String id) {
        GuidelineEvaluator evaluator = byId.get(id);
        if (evaluator == null) {
            String hint = Suggestions.closest(id, byId.keySet()).map(s -> "did you mean " + s + "? ").orElse("");
            throw new IllegalArgumentException("no evaluator for guideline " + id + "; " + hint
                    + (byId.isEmpty() ? "the catalog is empty" : "known: " + String.join(", ", byId.keySet())));
        }
        return evaluator;
    }
}
