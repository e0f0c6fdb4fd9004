package org.guidelang.compiler.ast;

import org.guidelang.compiler.source.SourceSpan;

/** Any syntax node: everything in the AST knows where it came from. */
public interface Node {
    SourceSpan span();
}
