package org.guidelang.compiler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExampleCase;

/**
 * The examples whose outcomes differ between two versions: every example of either version
 * (the same example in both counted once) is evaluated by both, and each outcome that comes
 * out differently is reported, as the examples are the committee's own test patients.
 */
public final class ExampleImpact {
    private ExampleImpact() {}

    /** One example whose patient gets different outcomes; {@code problem} is set when a version refuses its data. */
    public record ExampleChange(String title, String origin, List<OutcomeChange> outcomes, String problem) {
        /** {@code example "title" (NEW only)}. */
        public String head() {
            return "example \"" + title + "\"" + (origin.equals("both") ? "" : " (" + origin + " only)");
        }

        /** One line per changed outcome, or the problem. */
        public List<String> details() {
            return problem != null ? List.of(problem) : outcomes.stream().map(OutcomeChange::line).toList();
        }

        /** {@code example "title": netlmType TYPE_3 → TYPE_2, …}. */
        public String line() {
            return head() + ": " + String.join(", ", details());
        }
    }

    /** {@code netlmType TYPE_3 → TYPE_2}. */
    public record OutcomeChange(String outcome, String from, String to) {
        public String line() {
            return outcome + " " + from + " → " + to;
        }
    }

    /** The examples of either analysed version whose outcomes change from {@code before} to {@code after}. */
    public static List<ExampleChange> of(GuidelineAnalysis before, GuidelineAnalysis after) {
        CheckedGuideline old = before.guideline();
        CheckedGuideline now = after.guideline();
        Map<String, ExampleCase> examples = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (ExampleCase e : old.examples()) {
            examples.putIfAbsent(key(e), e);
            origin.put(key(e), "OLD");
        }
        for (ExampleCase e : now.examples()) {
            examples.putIfAbsent(key(e), e);
            origin.merge(key(e), "NEW", (a, b) -> "both");
        }
        Patients patients = new Patients(before, after);
        List<ExampleChange> out = new ArrayList<>();
        for (Map.Entry<String, ExampleCase> entry : examples.entrySet()) {
            ExampleCase example = entry.getValue();
            Patients.Pair pair = patients.evaluate(example.patient());
            String from = origin.get(entry.getKey());
            if (!pair.valid()) {
                out.add(new ExampleChange(example.title(), from, List.of(),
                        "its patient is refused by " + String.join("; ", pair.errors())));
                continue;
            }
            List<OutcomeChange> changed = new ArrayList<>();
            Patients.differences(pair).forEach((name, values) -> changed.add(new OutcomeChange(name, values[0],
                    values[1])));
            if (!changed.isEmpty()) {
                out.add(new ExampleChange(example.title(), from, changed, null));
            }
        }
        return out;
    }

    /** How many distinct examples the two versions hold together. */
    public static int count(CheckedGuideline old, CheckedGuideline now) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        old.examples().forEach(e -> keys.add(key(e)));
        now.examples().forEach(e -> keys.add(key(e)));
        return keys.size();
    }

    /** The same title and patient in both versions is the same example. */
    private static String key(ExampleCase example) {
        return example.title() + "\u0000" + new java.util.TreeMap<>(example.patient());
    }
}
