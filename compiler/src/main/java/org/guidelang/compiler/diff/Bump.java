package org.guidelang.compiler.diff;

/**
 * How far a change must move a guideline's semantic version. MAJOR: some patient can get a
 * different outcome, or data or outcomes that consumers rely on go away. MINOR: something is
 * added and no existing result changes. PATCH: wording, citations, metadata and examples.
 */
public enum Bump {
    PATCH,
    MINOR,
    MAJOR;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
