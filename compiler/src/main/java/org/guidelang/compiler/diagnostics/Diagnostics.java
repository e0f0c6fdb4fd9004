package org.guidelang.compiler.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidelang.compiler.source.SourceSpan;

/** Collects diagnostics during compilation; passes report and keep going rather than throw. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private int errorCount;

    /** Reports {@code code} at {@code span}, its template filled with {@code args}. */
    public void report(DiagnosticCode code, SourceSpan span, Object... args) {
        add(new Diagnostic(code, code.severity(), span, code.format(args), null));
    }

    /** Reports {@code code} with a hint on the fix ({@code hint} may be null). */
    public void reportWithHint(DiagnosticCode code, SourceSpan span, String hint, Object... args) {
        add(new Diagnostic(code, code.severity(), span, code.format(args), hint));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
        if (diagnostic.isError()) {
            errorCount++;
        }
    }

    /** Adds every diagnostic of {@code other}, in the order reported there. */
    public void addAll(Diagnostics other) {
        other.items.forEach(this::add);
    }

    public int errorCount() {
        return errorCount;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** All diagnostics, by file, then position, then code, so output does not depend on pass order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.span().file().displayPath())
                .thenComparingInt(d -> d.span().start())
                .thenComparing(d -> d.code().id())
                .thenComparing(Diagnostic::message));
        return List.copyOf(copy);
    }
}
