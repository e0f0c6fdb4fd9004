package org.guidelang.compiler.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The changes found so far, with the wording shared by every comparison. */
final class Changes {
    private static final int SHORT_TEXT = 70;
    private static final int CONTEXT_WORDS = 5;

    private final List<Change> items = new ArrayList<>();

    List<Change> list() {
        return List.copyOf(items);
    }

    void added(String subject, String text, Bump bump) {
        items.add(new Change(Change.Kind.ADDED, subject, abridged(text), bump));
    }

    void removed(String subject, String text, Bump bump) {
        items.add(new Change(Change.Kind.REMOVED, subject, abridged(text), bump));
    }

    /** What was added or removed, shortened to a line: the subject names it in full. */
    private static String abridged(String text) {
        String line = oneLine(text);
        if (line.length() <= SHORT_TEXT + 10) {
            return line;
        }
        return line.substring(0, SHORT_TEXT) + (line.startsWith("\"") ? "…\"" : "…");
    }

    void changed(String subject, String text, Bump bump) {
        items.add(new Change(Change.Kind.CHANGED, subject, text, bump));
    }

    /** Reports {@code subject} when the two values differ, as {@code old → new}. */
    void value(String subject, Object old, Object now, Bump bump) {
        if (!Objects.equals(old, now)) {
            changed(subject, shown(old) + " → " + shown(now), bump);
        }
    }

    /**
     * Reports a changed text: in full when short, else the words that differ with a few words of
     * context. Texts compare word by word, so a text that is only laid out anew (lines rewrapped,
     * paragraphs split) says so instead of showing all of itself.
     */
    void text(String subject, String old, String now, Bump bump) {
        if (Objects.equals(old, now)) {
            return;
        }
        if (old == null || now == null || (old.length() <= SHORT_TEXT && now.length() <= SHORT_TEXT)) {
            changed(subject, quoted(old) + " → " + quoted(now), bump);
            return;
        }
        List<String> was = words(old);
        List<String> is = words(now);
        if (was.equals(is)) {
            changed(subject, "laid out anew (lines or paragraphs), the same words", Bump.PATCH);
            return;
        }
        int prefix = 0;
        while (prefix < Math.min(was.size(), is.size()) && was.get(prefix).equals(is.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(was.size(), is.size()) - prefix
                && was.get(was.size() - 1 - suffix).equals(is.get(is.size() - 1 - suffix))) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT_WORDS);
        int to = Math.min(suffix, CONTEXT_WORDS);
        String before = (from > 0 ? "…" : "") + String.join(" ", was.subList(from, prefix));
        String removed = String.join(" ", was.subList(prefix, was.size() - suffix));
        String added = String.join(" ", is.subList(prefix, is.size() - suffix));
        String after = String.join(" ", was.subList(was.size() - suffix, was.size() - suffix + to))
                + (to < suffix ? "…" : "");
        changed(subject, "text changed: \"" + before + (before.isEmpty() ? "" : " ") + "[" + removed + " → " + added
                + "]" + (after.isEmpty() ? "" : " ") + after + "\"", bump);
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    static String quoted(String text) {
        return text == null ? "none" : "\"" + oneLine(text) + "\"";
    }

    /**
     * Reports a changed condition or expression. When only the names differ (a literal replaced by
     * a parameter of the same value), no patient is affected: a patch, said so.
     */
    void expression(String subject, org.guidelang.compiler.model.CExpr old, org.guidelang.compiler.model.CExpr now) {
        String was = ExprText.of(old);
        String is = ExprText.of(now);
        if (was.equals(is)) {
            return;
        }
        boolean same = ExprText.valued(old).equals(ExprText.valued(now));
        changed(subject, was + " → " + is + (same ? " (same values: the parameters stand for what was written)" : ""),
                same ? Bump.PATCH : Bump.MAJOR);
    }

    private static String shown(Object value) {
        return value == null || "".equals(value) ? "none" : String.valueOf(value);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
