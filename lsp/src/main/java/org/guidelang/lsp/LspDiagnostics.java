package org.guidelang.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.guidelang.compiler.diagnostics.Severity;

/**
 * A compiler diagnostic as an editor shows it: the code ({@code GL302}) and message of {@code
 * guidec check}, its hint on a second line as {@code check} prints it, and the range of its span
 * in LSP's 0-based lines and UTF-16 columns.
 */
final class LspDiagnostics {
    static final String SOURCE = "guidec";

    private LspDiagnostics() {}

    static Diagnostic of(org.guidelang.compiler.diagnostics.Diagnostic diagnostic, Snapshot snapshot) {
        Diagnostic lsp = new Diagnostic();
        lsp.setRange(snapshot.lines(diagnostic.span().file()).range(diagnostic.span()));
        lsp.setSeverity(switch (diagnostic.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        });
        lsp.setCode(Either.forLeft(diagnostic.code().id()));
        lsp.setSource(SOURCE);
        lsp.setMessage(diagnostic.hint() == null ? diagnostic.message()
                : diagnostic.message() + "\nhint: " + diagnostic.hint());
        return lsp;
    }
}
