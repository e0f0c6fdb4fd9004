package org.guidelang.compiler.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceSpan} and {@link Declaration} write out the equality their records would have (the
 * records' own is linked through method handles, slow in a cold process): equal exactly when every
 * component is, with equal hashes, and a file told apart by identity, as {@link SourceFile} is.
 */
class ValueEqualityTest {
    private final SourceFile file = new SourceFile("a.guide", "input x : count \"X\"\n");
    private final SourceFile sameText = new SourceFile("a.guide", "input x : count \"X\"\n");

    @Test
    void spansAreEqualWhenEveryComponentIs() {
        SourceSpan span = new SourceSpan(file, 1, 7, 1, 7, 6, 7);
        SourceSpan same = new SourceSpan(file, 1, 7, 1, 7, 6, 7);
        assertEquals(span, same);
        assertEquals(span.hashCode(), same.hashCode());
        List<SourceSpan> others = List.of(new SourceSpan(sameText, 1, 7, 1, 7, 6, 7),
                new SourceSpan(file, 2, 7, 1, 7, 6, 7), new SourceSpan(file, 1, 8, 1, 7, 6, 7),
                new SourceSpan(file, 1, 7, 2, 7, 6, 7), new SourceSpan(file, 1, 7, 1, 8, 6, 7),
                new SourceSpan(file, 1, 7, 1, 7, 5, 7), new SourceSpan(file, 1, 7, 1, 7, 6, 8));
        for (SourceSpan other : others) {
            assertNotEquals(span, other, other.toString());
        }
        assertEquals(8, new HashSet<>(concat(span, same, others)).size());
        assertEquals(new SourceSpan(null, 1, 1, 1, 1, 0, 0), new SourceSpan(null, 1, 1, 1, 1, 0, 0));
    }

    @Test
    void declarationsAreEqualWhenEveryComponentIs() {
        SourceSpan name = file.span(6, 7);
        SourceSpan whole = file.span(0, 19);
        Declaration input = new Declaration(SymbolKind.INPUT, "x", null, "g", name, whole);
        Declaration same = new Declaration(SymbolKind.INPUT, "x", null, "g", file.span(6, 7), file.span(0, 19));
        assertEquals(input, same);
        assertEquals(input.hashCode(), same.hashCode());
        List<Declaration> others = List.of(new Declaration(SymbolKind.PARAM, "x", null, "g", name, whole),
                new Declaration(SymbolKind.INPUT, "y", null, "g", name, whole),
                new Declaration(SymbolKind.INPUT, "x", "t", "g", name, whole),
                new Declaration(SymbolKind.INPUT, "x", null, "h", name, whole),
                new Declaration(SymbolKind.INPUT, "x", null, "g", sameText.span(6, 7), whole),
                new Declaration(SymbolKind.INPUT, "x", null, "g", name, file.span(0, 18)));
        Set<Declaration> used = new HashSet<>(others);
        assertEquals(others.size(), used.size());
        used.add(input);
        used.add(same);
        assertEquals(others.size() + 1, used.size());
    }

    private static List<SourceSpan> concat(SourceSpan a, SourceSpan b, List<SourceSpan> rest) {
        List<SourceSpan> all = new ArrayList<>(List.of(a, b));
        all.addAll(rest);
        return all;
    }
}
