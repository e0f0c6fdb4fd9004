package org.guidelang.compiler.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;

/**
 * Differences in the header, sources, imports, inputs, parameters, definitions, constraints and
 * conflicts.
 */
final class DeclarationDiff {
    private final Changes changes;

    DeclarationDiff(Changes changes) {
        this.changes = changes;
    }

    void header(CheckedGuideline old, CheckedGuideline now) {
        changes.value("guideline id", old.id(), now.id(), Bump.MAJOR);
        changes.value("version", old.version(), now.version(), Bump.PATCH);
        changes.text("title", old.title(), now.title(), Bump.PATCH);
        changes.value("status", old.status(), now.status(), Bump.PATCH);
        // Where generated Java goes is a build setting: no patient changes outcome.
        changes.value("Java package", old.packageName(), now.packageName(), Bump.PATCH);
        changes.value("authors", old.authors(), now.authors(), Bump.PATCH);
        changes.text("committee", old.committee(), now.committee(), Bump.PATCH);
        changes.value("issued", old.issued(), now.issued(), Bump.PATCH);
        changes.value("updated", old.updated(), now.updated(), Bump.PATCH);
        changes.text("description", old.description(), now.description(), Bump.PATCH);
    }

    void sources(List<SourceRef> old, List<SourceRef> now) {
        matched(old, now, SourceRef::id, "source", s -> Changes.quoted(s.citation()), Bump.PATCH, Bump.PATCH,
                (o, n) -> {
                    changes.text("source " + o.id(), o.citation(), n.citation(), Bump.PATCH);
                    changes.value("source " + o.id() + " doi", o.doi(), n.doi(), Bump.PATCH);
                    changes.value("source " + o.id() + " url", o.url(), n.url(), Bump.PATCH);
                });
    }

    void imports(List<CheckedGuideline.ImportRef> old, List<CheckedGuideline.ImportRef> now) {
        matched(old, now, CheckedGuideline.ImportRef::alias, "import", i -> i.guideline().id(), Bump.MINOR,
                Bump.MAJOR, (o, n) -> {
                    changes.value("import " + o.alias(), o.guideline().id(), n.guideline().id(), Bump.MAJOR);
                    changes.value("import " + o.alias() + " (" + o.guideline().id() + ") version",
                            o.guideline().version(), n.guideline().version(), Bump.PATCH);
                });
    }

    /** Own inputs only: inherited ones are the imported guideline's. */
    void inputs(List<InputDecl> old, List<InputDecl> now) {
        matched(old, now, InputDecl::name, "input", i -> describe(i.spec()), Bump.MINOR, Bump.MAJOR,
                (o, n) -> input("input " + o.name(), o, n));
    }

    private void input(String subject, InputDecl o, InputDecl n) {
        InputSpec a = o.spec();
        InputSpec b = n.spec();
        if (a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit())) {
            changes.changed(subject, "type " + describe(a) + " → " + describe(b), Bump.MAJOR);
        } else if (a.isNumeric() && !Objects.equals(a.range(), b.range())) {
            boolean widened = covers(b.range(), a.range());
            changes.changed(subject, "range " + a.range() + " → " + b.range()
                    + (widened ? " (widened: every value valid before stays valid)"
                            : " (narrowed: some values valid before are now refused)"),
                    widened ? Bump.MINOR : Bump.MAJOR);
        } else if (a.kind() == InputKind.CODE) {
            List<String> added = b.codes().stream().filter(c -> !a.codes().contains(c)).toList();
            List<String> removed = a.codes().stream().filter(c -> !b.codes().contains(c)).toList();
            if (!removed.isEmpty()) {
                changes.changed(subject, "codes removed: " + String.join(", ", removed), Bump.MAJOR);
            }
            if (!added.isEmpty()) {
                changes.changed(subject, "codes added: " + String.join(", ", added), Bump.MINOR);
            }
        }
        changes.text(subject + " description", a.description(), b.description(), Bump.PATCH);
        changes.value(subject + " unit label", o.perLabel(), n.perLabel(), Bump.PATCH);
        if (o.codes() != null && n.codes() != null) {
            for (var code : o.codes().codes()) {
                n.codes().code(code.name()).ifPresent(c -> changes.text(subject + " code " + code.name() + " label",
                        code.label(), c.label(), Bump.PATCH));
            }
        }
    }

    void params(List<ParamDecl> old, List<ParamDecl> now) {
        matched(old, now, ParamDecl::name, "parameter", ParamDecl::valueText, Bump.MINOR, Bump.MAJOR, (o, n) -> {
            String subject = "parameter " + o.name();
            if (!Objects.equals(o.value(), n.value()) || !Objects.equals(o.type(), n.type())) {
                changes.changed(subject, o.valueText() + " → " + n.valueText(), Bump.MAJOR);
            }
            changes.value(subject + " citation", cites(o.citations()), cites(n.citations()), Bump.PATCH);
            changes.text(subject + " rationale", o.rationale(), n.rationale(), Bump.PATCH);
            matched(o.history(), n.history(), h -> h.valueText() + since(h.since()), subject + " history entry",
                    h -> h.note() == null ? "" : Changes.quoted(h.note()), Bump.PATCH, Bump.PATCH,
                    (x, y) -> changes.text(subject + " history entry " + x.valueText() + since(x.since()), x.note(),
                            y.note(), Bump.PATCH));
        });
    }

    void definitions(List<Definition> old, List<Definition> now) {
        matched(old, now, Definition::name, "definition", d -> ExprText.of(d.value()), Bump.MINOR, Bump.MAJOR,
                (o, n) -> {
                    changes.expression("definition " + o.name(), o.value(), n.value());
                    changes.text("definition " + o.name() + " label", o.label(), n.label(), Bump.PATCH);
                });
    }

    /**
     * Own constraints only. A new one is minor: it refuses only records whose values contradict
     * each other, and may decide answers that were open. Removing one, or changing its condition,
     * is major: records refused before are evaluated, and decided answers may open again.
     */
    void constraints(List<Constraint> old, List<Constraint> now) {
        matched(old, now, Constraint::name, "constraint", c -> ExprText.of(c.condition()), Bump.MINOR, Bump.MAJOR,
                (o, n) -> {
                    changes.expression("constraint " + o.name(), o.condition(), n.condition());
                    changes.text("constraint " + o.name() + " rationale", o.rationale(), n.rationale(), Bump.PATCH);
                    changes.value("constraint " + o.name() + " citation", cites(o.citations()), cites(n.citations()),
                            Bump.PATCH);
                });
    }

    /**
     * Conflict declarations change no patient's outcome: adding, removing or restating one is a
     * minor release (what {@code guidec check} proves changes), its rationale and citations a patch.
     */
    void conflicts(List<Conflict> old, List<Conflict> now) {
        matched(old, now, Conflict::name, "conflict", c -> ExprText.of(c.condition()), Bump.MINOR, Bump.MINOR,
                (o, n) -> {
                    String subject = "conflict " + o.name();
                    String was = ExprText.of(o.condition());
                    String is = ExprText.of(n.condition());
                    if (!was.equals(is)) {
                        changes.changed(subject, was + " → " + is, Bump.MINOR);
                    }
                    changes.text(subject + " rationale", o.rationale(), n.rationale(), Bump.PATCH);
                    changes.value(subject + " citation", cites(o.citations()), cites(n.citations()), Bump.PATCH);
                });
    }

    /**
     * Matches two lists by key: reports what only the old one has as removed, what only the new
     * one has as added (with {@code describe} as the text), and hands pairs to {@code compare}.
     */
    <T> void matched(List<T> old, List<T> now, Function<T, String> key, String kind, Function<T, String> describe,
            Bump whenAdded, Bump whenRemoved, java.util.function.BiConsumer<T, T> compare) {
        Map<String, T> before = index(old, key);
        Map<String, T> after = index(now, key);
        for (Map.Entry<String, T> e : before.entrySet()) {
            if (after.containsKey(e.getKey())) {
                compare.accept(e.getValue(), after.get(e.getKey()));
            } else {
                changes.removed(kind + " " + e.getKey(), describe.apply(e.getValue()), whenRemoved);
            }
        }
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.added(kind + " " + e.getKey(), describe.apply(e.getValue()), whenAdded);
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.putIfAbsent(key.apply(i), i));
        return out;
    }

    static String describe(InputSpec spec) {
        return switch (spec.kind()) {
            case BOOLEAN -> "boolean";
            case CODE -> "code {" + String.join(", ", spec.codes()) + "}";
            default -> (spec.unit() == null ? spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                    : spec.unit().symbol()) + (spec.range() == null || spec.range().isUnbounded() ? ""
                    : " in " + spec.range());
        };
    }

    /** True when every value of {@code inner} lies in {@code outer}. */
    private static boolean covers(Range outer, Range inner) {
        boolean low = outer.lo() < inner.lo() || (outer.lo() == inner.lo() && (outer.loClosed() || !inner.loClosed()));
        boolean high = outer.hi() > inner.hi() || (outer.hi() == inner.hi() && (outer.hiClosed() || !inner.hiClosed()));
        return low && high;
    }

    static String cites(List<CitationRef> citations) {
        return citations.stream().map(CitationRef::toString).collect(Collectors.joining("; "));
    }

    private static String since(Integer year) {
        return year == null ? "" : " since " + year;
    }
}
