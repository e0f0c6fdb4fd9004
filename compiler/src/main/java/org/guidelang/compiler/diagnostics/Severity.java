package org.guidelang.compiler.diagnostics;

/**
 * How serious a diagnostic is: errors stop compilation, warnings do not (unless asked to), and
 * notes only inform: they never fail a check, not even with {@code --werror}.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
