package org.guidelang.compiler.model;

import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.InputSpec;

/**
 * A checked input: the runtime's description of it, its expression type, the guideline that
 * declares it (imports share inputs), and the label of its unit ("per 2 mm²"), which may be null.
 */
public record InputDecl(InputSpec spec, Type type, CodeSet codes, String perLabel, String guideline, SourceSpan span) {
    public String name() {
        return spec.name();
    }
}
