package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an evaluation of one guideline for one patient produced: every outcome, in the
 * guideline's declaration order, and the explanation of how each was reached.
 */
public record EvaluationResult(
        String guideline, String version, Map<String, OutcomeResult> outcomes, List<ExplanationStep> explanation) {
    public EvaluationResult {
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(version, "version");
        if (!(outcomes instanceof OutcomeMap)) { // of() has checked and frozen them already
            LinkedHashMap<String, OutcomeResult> copy = new LinkedHashMap<>();
            outcomes.forEach((name, result) -> {
                if (!name.equals(result.name())) {
                    throw new IllegalArgumentException("outcome " + name + " holds the result of " + result.name());
                }
                copy.put(name, result);
            });
            outcomes = Collections.unmodifiableMap(copy);
        }
        explanation = List.copyOf(explanation);
    }

    /** Builds the result from outcomes listed in declaration order. */
    public static EvaluationResult of(
            String guideline, String version, List<OutcomeResult> outcomes, List<ExplanationStep> explanation) {
        List<OutcomeResult> results = List.copyOf(outcomes); // no copy of the List.of that generated code passes
        for (int i = 0; i < results.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (results.get(j).name().equals(results.get(i).name())) {
                    throw new IllegalArgumentException("duplicate outcome " + results.get(i).name());
                }
            }
        }
        return new EvaluationResult(guideline, version, new OutcomeMap(results), explanation);
    }

    public Optional<OutcomeResult> outcome(String name) {
        return Optional.ofNullable(outcomes.get(name));
    }

    /** The {@code eval --json} document, pretty-printed; see {@link #toJsonTree()}. */
    public String toJson() {
        return Json.pretty(toJsonTree());
    }

    /** The same document on a single line, for {@code batch} output. */
    public String toJsonLine() {
        return Json.compact(toJsonTree());
    }

    /**
     * The JSON document as ordered maps and lists: {@code guideline}, {@code version}, {@code
     * outcomes} (name to code, boolean or null), {@code missing} (each undetermined outcome to its
     * sorted inputs), {@code explanation}; callers may add fields before writing it with {@link Json}.
     */
    public Map<String, Object> toJsonTree() {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> missing = new LinkedHashMap<>();
        for (OutcomeResult outcome : outcomes.values()) {
            values.put(outcome.name(), outcome.value());
            if (!outcome.isDetermined()) {
                missing.put(outcome.name(), new ArrayList<>(outcome.missing()));
            }
        }
        List<Object> steps = new ArrayList<>(explanation.size());
        for (ExplanationStep step : explanation) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("outcome", step.outcome());
            json.put("element", step.element());
            json.put("text", step.text());
            json.put("status", step.status().name());
            json.put("values", step.values());
            json.put("citation", step.citation());
            steps.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("guideline", guideline);
        root.put("version", version);
        root.put("outcomes", values);
        root.put("missing", missing);
        root.put("explanation", steps);
        return root;
    }
}
