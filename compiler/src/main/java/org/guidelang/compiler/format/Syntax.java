package org.guidelang.compiler.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.grammar.GuideLangParser.AndExprContext;
import org.guidelang.grammar.GuideLangParser.CitationContext;
import org.guidelang.grammar.GuideLangParser.CitationsContext;
import org.guidelang.grammar.GuideLangParser.CriterionContext;
import org.guidelang.grammar.GuideLangParser.ExprContext;
import org.guidelang.grammar.GuideLangParser.ExpectUndeterminedStepContext;
import org.guidelang.grammar.GuideLangParser.LiteralBoundContext;
import org.guidelang.grammar.GuideLangParser.NegateExprContext;
import org.guidelang.grammar.GuideLangParser.NegativeBindingContext;
import org.guidelang.grammar.GuideLangParser.OrExprContext;
import org.guidelang.grammar.GuideLangParser.TextValueContext;
import org.guidelang.grammar.GuideLangParser.ValueSetContext;

/**
 * The layout of the small pieces every member is made of: tokens with their canonical
 * spacing, texts, citation lists and expressions. The member layouts build on it.
 *
 * <p>Spacing is one space between tokens, except none before {@code , ) ] . %}, none after
 * {@code ( [ .} and a unary minus, none inside the braces of a value set ({@code {A, B}})
 * and before the colon of a criterion.
 */
class Syntax {
    final Page page;

    Syntax(Page page) {
        this.page = page;
    }

    /** Writes every token of {@code node} on the current line, with canonical spacing. */
    static void flat(Page page, ParseTree node) {
        if (node instanceof TerminalNode terminal) {
            terminal(page, terminal);
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            flat(page, node.getChild(i));
        }
    }

    void flat(ParseTree node) {
        flat(page, node);
    }

    /** Writes {@code nodes} (null ones skipped) on the current line. */
    void flat(ParseTree... nodes) {
        for (ParseTree node : nodes) {
            if (node != null) {
                flat(page, node);
            }
        }
    }

    void token(TerminalNode node) {
        terminal(page, node);
    }

    void token(Token token) {
        page.word(token);
    }

    private static void terminal(Page page, TerminalNode node) {
        Token token = node.getSymbol();
        if (token.getType() == Token.EOF) {
            return;
        }
        ParseTree parent = node.getParent();
        boolean tightBraces = parent instanceof ValueSetContext || parent instanceof ExpectUndeterminedStepContext;
        switch (token.getType()) {
            case GuideLangLexer.COMMA, GuideLangLexer.RPAREN, GuideLangLexer.RBRACKET, GuideLangLexer.DOT,
                    GuideLangLexer.PERCENT -> page.tight(token);
            case GuideLangLexer.COLON -> {
                if (parent instanceof CriterionContext) {
                    page.tight(token);
                } else {
                    page.word(token);
                }
            }
            case GuideLangLexer.RBRACE -> {
                if (tightBraces) {
                    page.tight(token);
                } else {
                    page.word(token);
                }
            }
            default -> page.word(token);
        }
        boolean opens = switch (token.getType()) {
            case GuideLangLexer.LPAREN, GuideLangLexer.LBRACKET, GuideLangLexer.DOT -> true;
            case GuideLangLexer.LBRACE -> tightBraces;
            case GuideLangLexer.MINUS -> parent instanceof NegateExprContext || parent instanceof LiteralBoundContext
                    || parent instanceof NegativeBindingContext;
            default -> false;
        };
        if (opens) {
            page.glue();
        }
    }

    /** True when {@code piece} fits on the current line with {@code extra} more columns after it. */
    boolean fits(Consumer<Page> piece, int extra) {
        int width = page.flatWidth(piece);
        return width != Integer.MAX_VALUE && page.column() + width + extra <= Page.WIDTH;
    }

    /**
     * Writes a text that follows a keyword ({@code title}, {@code description}, {@code rationale}):
     * where it stands when it is one quoted part whose first line fits (with {@code extra}
     * columns after it); otherwise each part on a line of its own, one step deeper.
     */
    void text(TextValueContext text, int extra) {
        text(text, extra, true);
    }

    /**
     * Writes a text that follows a name (a source's citation, a label, a note): as {@link
     * #text(TextValueContext, int)}, except that a text spanning lines starts a line of its own.
     */
    void label(TextValueContext text, int extra) {
        text(text, extra, false);
    }

    void optionalLabel(TextValueContext text, int extra) {
        if (text != null) {
            label(text, extra);
        }
    }

    private void text(TextValueContext text, int extra, boolean afterKeyword) {
        List<Token> parts = text.parts;
        boolean spansLines = parts.get(0).getText().indexOf('\n') >= 0;
        if (parts.size() == 1 && (afterKeyword || !spansLines)) {
            String value = parts.get(0).getText();
            int newline = value.indexOf('\n');
            int first = newline < 0 ? value.length() + extra : newline;
            if (page.column() + 1 + first <= Page.WIDTH) {
                page.word(parts.get(0));
                return;
            }
        }
        page.indent();
        for (Token part : parts) {
            page.wrapTo(page.indentation());
            page.word(part);
        }
        page.dedent();
    }

    /** {@code cite a at "x", b}: citations fill the line, and continue aligned under the first. */
    void citations(CitationsContext cite) {
        token(cite.CITE());
        int column = page.column();
        List<CitationContext> refs = cite.refs;
        for (int i = 0; i < refs.size(); i++) {
            CitationContext ref = refs.get(i);
            int after = i + 1 < refs.size() ? 1 : 0;
            if (i > 0 && !fits(p -> flat(p, ref), after)) {
                page.wrapTo(column);
            }
            flat(ref);
            if (i + 1 < refs.size()) {
                token(cite.COMMA(i));
            }
        }
    }

    void optionalCitations(CitationsContext cite) {
        if (cite != null) {
            citations(cite);
        }
    }

    /**
     * An expression on the current line when it fits (with {@code extra} columns after it);
     * otherwise, when it is a chain of {@code and} or {@code or}, one operand a line, each
     * continuation line starting with its operator.
     */
    void expr(ExprContext expr, int extra) {
        if (fits(p -> flat(p, expr), extra)) {
            flat(expr);
            return;
        }
        List<ParseTree> chain = new ArrayList<>();
        chain(expr, expr.getClass(), chain);
        if (chain.size() == 1) {
            flat(expr);
            return;
        }
        flat(chain.get(0));
        for (int i = 1; i < chain.size(); i += 2) {
            page.wrap();
            flat(chain.get(i));
            flat(chain.get(i + 1));
        }
    }

    /** Flattens a left-nested chain of one logical operator into operand, operator, operand, …. */
    private static void chain(ParseTree node, Class<?> kind, List<ParseTree> out) {
        boolean logical = node instanceof AndExprContext || node instanceof OrExprContext;
        if (logical && node.getClass() == kind) {
            ParserRuleContext ctx = (ParserRuleContext) node;
            chain(ctx.getChild(0), kind, out);
            out.add(ctx.getChild(1));
            out.add(ctx.getChild(2));
        } else {
            out.add(node);
        }
    }
}
