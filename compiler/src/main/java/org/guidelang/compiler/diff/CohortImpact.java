package org.guidelang.compiler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * How a cohort's patients fare under two versions: fed one record at a time, it counts, per
 * outcome, the patients whose value changes and from what to what. Records that cannot be
 * evaluated are counted and kept (the first of them in full), never skipped in silence.
 */
public final class CohortImpact {
    private static final int INVALID_SHOWN = 5;

    private final Patients patients;
    private final Map<String, Map<String, Long>> transitions = new LinkedHashMap<>();
    private final List<String> invalidShown = new ArrayList<>();
    private long records;
    private long invalid;

    /** The impact of going from the analysed guideline {@code before} to {@code after}. */
    public CohortImpact(GuidelineAnalysis before, GuidelineAnalysis after) {
        this.patients = new Patients(before, after);
        CheckedGuideline now = after.guideline();
        before.guideline().outcomes().forEach(o -> {
            if (now.outcome(o.name()).isPresent()) {
                transitions.put(o.name(), new TreeMap<>());
            }
        });
    }

    /** A record that could not be read (malformed JSON, empty line), with where and why. */
    public void unreadable(long line, String reason) {
        records++;
        refuse(line, reason);
    }

    /** A patient record: input names to raw JSON values. */
    public void patient(long line, Map<String, ?> raw) {
        records++;
        Patients.Pair pair = patients.evaluate(raw);
        if (!pair.valid()) {
            refuse(line, String.join("; ", pair.errors()));
            return;
        }
        Patients.differences(pair).forEach((name, values) ->
                transitions.get(name).merge(values[0] + " → " + values[1], 1L, Long::sum));
    }

    private void refuse(long line, String reason) {
        invalid++;
        if (invalidShown.size() < INVALID_SHOWN) {
            invalidShown.add("line " + line + ": " + reason);
        }
    }

    /** The counts so far. */
    public Summary summary() {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        // Sorted maps, unmodifiable: the report lists moves in the same order on every run.
        transitions.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new TreeMap<>(v))));
        return new Summary(records, records - invalid, invalid, List.copyOf(invalidShown),
                java.util.Collections.unmodifiableMap(copy));
    }

    /**
     * {@code transitions}: per outcome decided by both versions, "FROM → TO" to the number of
     * patients who moved so; {@code invalidShown}: the first invalid records, with their line.
     */
    public record Summary(long records, long evaluated, long invalid, List<String> invalidShown,
            Map<String, Map<String, Long>> transitions) {

        public long changed(String outcome) {
            return transitions.get(outcome).values().stream().mapToLong(Long::longValue).sum();
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(records + (records == 1 ? " record: " : " records: ") + evaluated + " evaluated by both versions, "
                    + invalid + " invalid");
            transitions.forEach((outcome, moves) -> {
                out.add("  " + outcome + ": " + changed(outcome) + " of " + evaluated + " patients change");
                new TreeMap<>(moves).forEach((move, n) -> out.add(String.format("    %-44s %d", move, n)));
            });
            if (invalid > 0) {
                out.add("  invalid records (" + invalid + "), not evaluated:");
                invalidShown.forEach(s -> out.add("    " + s));
                if (invalid > invalidShown.size()) {
                    out.add("    … and " + (invalid - invalidShown.size()) + " more");
                }
            }
            return out;
        }
    }
}
