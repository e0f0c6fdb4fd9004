package org.guidelang.compiler.parse;

import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;

/**
 * Places syntax diagnostics in the file. It keeps one error per line, since recovery tends to
 * stumble twice over the same mistake, and stays silent past an unterminated string or
 * comment, where every later error is only an echo.
 */
final class SyntaxReporter {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Set<Integer> linesWithErrors = new HashSet<>();
    private int silentFrom = Integer.MAX_VALUE;
    private int lastVisibleEnd;
    private int attempts;

    SyntaxReporter(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Errors from this char offset on are echoes of a lexical error and not reported. */
    void silenceFrom(int offset) {
        silentFrom = Math.min(silentFrom, offset);
    }

    /** The end of the last token the parser sees, where end-of-file errors are placed. */
    void lastVisibleEnd(int offset) {
        lastVisibleEnd = offset;
    }

    /** How many errors were found, including those not reported as echoes of another. */
    int attempts() {
        return attempts;
    }

    /** Counts an error that is not reported because it echoes one already reported. */
    void countEcho() {
        attempts++;
    }

    void report(DiagnosticCode code, Token token, String hint, Object... args) {
        if (token.getType() == Token.EOF && silentFrom != Integer.MAX_VALUE) {
            attempts++;
            return;
        }
        report(code, spanOf(token), hint, args);
    }

    /** Reports at the place just after {@code token}, where something is missing. */
    void reportAfter(DiagnosticCode code, Token token, String hint, Object... args) {
        int end = spanOf(token).end();
        report(code, file.span(end, end), hint, args);
    }

    void report(DiagnosticCode code, SourceSpan span, String hint, Object... args) {
        attempts++;
        if (span.start() >= silentFrom || !linesWithErrors.add(span.line())) {
            return;
        }
        diagnostics.reportWithHint(code, span, hint, args);
    }

    SourceSpan spanOf(Token token) {
        if (token.getType() == Token.EOF) {
            return file.span(lastVisibleEnd, lastVisibleEnd);
        }
        return file.span(file.charOffset(token.getStartIndex()), file.charOffset(token.getStopIndex() + 1));
    }
}
