package org.guidelang.compiler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * The semantic difference between two versions of a guideline, a back end of the checked
 * model: what changed, element by element and in words (header, sources, imports, inputs,
 * parameters, definitions, outcomes, conflicts, examples), which examples change outcome, and whether the
 * version number says as much.
 */
public final class GuidelineDiff {
    private GuidelineDiff() {}

    /** Everything that differs; {@link #same()} when nothing does. */
    public record Report(String id, String oldVersion, String newVersion, List<Change> changes,
            List<ExampleImpact.ExampleChange> examples, int examplesRun, Versioning.Check version) {
        public Report {
            changes = List.copyOf(changes);
            examples = List.copyOf(examples);
        }

        public boolean same() {
            return changes.isEmpty() && examples.isEmpty();
        }

        /** The report as a committee reads it. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(id + " " + oldVersion + " → " + newVersion + ": " + (changes.isEmpty() ? "no changes"
                    : changes.size() + (changes.size() == 1 ? " change" : " changes")));
            changes.forEach(c -> out.add(String.format("  %-5s  %s", c.bump().word(), c.line())));
            if (!changes.isEmpty()) {
                out.add("");
                out.add(examples.isEmpty() ? "No example changes outcome."
                        : "Examples whose outcomes change (" + examples.size() + " of " + examplesRun + "):");
                for (ExampleImpact.ExampleChange e : examples) {
                    out.add("  " + e.head() + ":");
                    e.details().forEach(d -> out.add("      " + d));
                }
                version.warning().ifPresentOrElse(w -> out.add("warning: " + w), () -> {
                    if (version.required() != null) {
                        out.add("Version: a " + version.release() + " release; the changes call for at least a "
                                + version.required().word() + " release.");
                    }
                });
            }
            return out;
        }

        /** The report for tools ({@code guidec diff --json}). */
        public Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("guideline", id);
            out.put("oldVersion", oldVersion);
            out.put("newVersion", newVersion);
            out.put("changes", changes.stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                m.put("subject", c.subject());
                m.put("text", c.text());
                m.put("bump", c.bump().word());
                return m;
            }).toList());
            out.put("examples", examples.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("title", e.title());
                m.put("origin", e.origin());
                m.put("outcomes", e.outcomes().stream().map(o -> {
                    Map<String, Object> change = new LinkedHashMap<>(); // keys in a fixed order: output is deterministic
                    change.put("outcome", o.outcome());
                    change.put("from", o.from());
                    change.put("to", o.to());
                    return change;
                }).toList());
                m.put("problem", e.problem());
                return m;
            }).toList());
            out.put("examplesRun", examplesRun);
            out.put("release", version.release());
            out.put("requiredRelease", version.required() == null ? null : version.required().word());
            out.put("versionWarning", version.warning().orElse(null));
            return out;
        }
    }

    /** What changed from the analysed guideline {@code before} to {@code after}, and which examples it affects. */
    public static Report compare(GuidelineAnalysis before, GuidelineAnalysis after) {
        CheckedGuideline old = before.guideline();
        CheckedGuideline now = after.guideline();
        Changes changes = new Changes();
        DeclarationDiff declarations = new DeclarationDiff(changes);
        OutcomeDiff outcomes = new OutcomeDiff(changes, declarations);
        declarations.header(old, now);
        declarations.sources(old.sources(), now.sources());
        declarations.imports(old.imports(), now.imports());
        declarations.inputs(old.ownInputs(), now.ownInputs());
        declarations.params(old.params(), now.params());
        declarations.definitions(old.definitions(), now.definitions());
        declarations.constraints(old.ownConstraints(), now.ownConstraints());
        outcomes.outcomes(old.outcomes(), now.outcomes());
        declarations.conflicts(old.conflicts(), now.conflicts());
        outcomes.examples(old.examples(), now.examples());
        List<Change> found = changes.list();
        return new Report(now.id(), old.version(), now.version(), found, ExampleImpact.of(before, after),
                ExampleImpact.count(old, now), Versioning.check(old.version(), now.version(), found));
    }
}
