package org.guidelang.compiler.diagnostics;

/** How serious a diagnostic is: errors stop compilation, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
