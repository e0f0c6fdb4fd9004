package org.guidelang.compiler.model;

import java.util.Objects;
import org.guidelang.compiler.source.SourceSpan;

/** A named expression ({@code define}); label may be null. */
public record Definition(String name, String label, CExpr value, SourceSpan span) {
    /**
     * Consistent with {@code equals} and cheap: the interpreter keeps definitions' values in a map
     * keyed by definition, and the record's own hash walks the whole expression on every lookup.
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, span);
    }
}
