package org.guidelang.compiler.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.guidelang.grammar.GuideLangLexer;

/**
 * Where the parser's tokens sit on the page: which token comes before another and whether a
 * token opens its line. Recovery uses it, because a committee writes one clause per line and
 * a word at the start of a line is the best guess at where the next clause begins.
 */
final class Layout {
    private final List<Token> tokens;

    Layout(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The parser-visible token before {@code token}, or null at the start of the file. */
    Token previous(Token token) {
        for (int i = Math.min(token.getTokenIndex(), tokens.size()) - 1; i >= 0; i--) {
            Token candidate = tokens.get(i);
            if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                return candidate;
            }
        }
        return null;
    }

    /** True when no parser-visible token precedes {@code token} on its line. */
    boolean firstOnLine(Token token) {
        Token previous = previous(token);
        return previous == null || lastLine(previous) < token.getLine();
    }

    /** Braces opened and not yet closed inside {@code ctx}, before the token at {@code index}. */
    int depthWithin(ParserRuleContext ctx, int index) {
        int depth = 0;
        for (int i = Math.max(0, ctx.getStart().getTokenIndex()); i < index && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (token.getType() == GuideLangLexer.LBRACE) {
                depth++;
            } else if (token.getType() == GuideLangLexer.RBRACE) {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The brace most likely left unclosed, judged by indentation: a {@code }} that starts a line
     * closes the brace opened on the line indented as it is, so braces opened on more indented
     * lines in between were not closed. Answers the brace and the token after which its
     * {@code }} is missing, or null when indentation tells nothing.
     */
    Token[] unclosedBrace() {
        List<Token> open = new java.util.ArrayList<>();
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (token.getType() == GuideLangLexer.LBRACE) {
                open.add(token);
            } else if (token.getType() == GuideLangLexer.RBRACE && !open.isEmpty()) {
                if (firstOnLine(token)) {
                    int column = token.getCharPositionInLine();
                    Token top = open.get(open.size() - 1);
                    boolean ownerBelow = open.stream().anyMatch(t -> indentation(t) <= column);
                    if (indentation(top) > column && ownerBelow) {
                        return new Token[] {top, previous(token)};
                    }
                }
                open.remove(open.size() - 1);
            }
        }
        return null;
    }

    /** The column of the first token on the line of {@code token}. */
    private int indentation(Token token) {
        Token first = token;
        for (Token p = previous(token); p != null && lastLine(p) == token.getLine(); p = previous(p)) {
            first = p;
        }
        return first.getLine() == token.getLine() ? first.getCharPositionInLine() : 0;
    }

    /** The line a token ends on: a text may span lines. */
    private static int lastLine(Token token) {
        String text = token.getText();
        int line = token.getLine();
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
        }
        return line;
    }
}
