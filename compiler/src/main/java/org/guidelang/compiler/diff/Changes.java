package org.guidelang.compiler.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The changes found so far, with the wording shared by every comparison. */
final class Changes {
    private static final int SHORT_TEXT = 70;
    private static final int CONTEXT = 30;

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

    /** Reports a changed text: in full when short, else the part that differs with some context. */
    void text(String subject, String old, String now, Bump bump) {
        if (Objects.equals(old, now)) {
            return;
        }
        if (old == null || now == null || (old.length() <= SHORT_TEXT && now.length() <= SHORT_TEXT)) {
            changed(subject, quoted(old) + " → " + quoted(now), bump);
            return;
        }
        int prefix = 0;
        while (prefix < Math.min(old.length(), now.length()) && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(old.length(), now.length()) - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        String before = (from > 0 ? "…" : "") + old.substring(from, prefix);
        String was = old.substring(prefix, old.length() - suffix);
        String is = now.substring(prefix, now.length() - suffix);
        int to = Math.min(suffix, CONTEXT);
        String after = old.substring(old.length() - suffix, old.length() - suffix + to) + (to < suffix ? "…" : "");
        changed(subject, "text changed: \"" + oneLine(before) + "[" + oneLine(was) + " → " + oneLine(is) + "]"
                + oneLine(after) + "\"", bump);
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
