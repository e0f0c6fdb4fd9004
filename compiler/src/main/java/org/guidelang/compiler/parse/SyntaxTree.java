package org.guidelang.compiler.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.grammar.GuideLangParser;

/**
 * A file without syntax errors as the parser saw it: its parse tree, every token (comments
 * included, on the hidden channel) and its AST. Back ends of the syntax, such as the
 * formatter, read this; everything else reads the checked model.
 */
public record SyntaxTree(SourceFile file, List<Token> tokens, GuideLangParser.FileContext tree, Guideline ast) {
    public SyntaxTree {
        tokens = List.copyOf(tokens);
    }
}
