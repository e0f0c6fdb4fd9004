package org.guidelang.compiler.diff;

/**
 * One semantic difference between two versions of a guideline, in words a committee reads:
 * {@code subject} names the element ("parameter debulkingThreshold"), {@code text} says what
 * changed ("90% → 70%"), {@code bump} is the version change it calls for.
 */
public record Change(Kind kind, String subject, String text, Bump bump) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** {@code parameter debulkingThreshold: 90% → 70%}. */
    public String line() {
        return switch (kind) {
            case ADDED -> "added " + subject + (text.isEmpty() ? "" : ": " + text);
            case REMOVED -> "removed " + subject + (text.isEmpty() ? "" : ": " + text);
            case CHANGED -> subject + ": " + text;
        };
    }
}
