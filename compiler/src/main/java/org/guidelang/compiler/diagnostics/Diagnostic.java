package org.guidelang.compiler.diagnostics;

import org.guidelang.compiler.source.SourceSpan;

/** One finding about a guideline source, located at a span, with an optional hint on the fix. */
public record Diagnostic(DiagnosticCode code, Severity severity, SourceSpan span, String message, String hint) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the rendered form: {@code file:line:col: error: message [GL201]}. */
    public String headline() {
        return span.location() + ": " + severity.label() + ": " + message + " [" + code.id() + "]";
    }
}
