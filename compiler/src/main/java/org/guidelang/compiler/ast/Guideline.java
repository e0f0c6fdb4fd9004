package org.guidelang.compiler.ast;

import java.util.List;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;

/** A whole guideline file as written: its id, version and members in source order. */
public record Guideline(SourceFile file, Name id, Name version, List<Member> members, SourceSpan span)
        implements Node {
    public Guideline {
        members = List.copyOf(members);
    }
}
