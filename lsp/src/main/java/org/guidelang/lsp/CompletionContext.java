package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.guidelang.grammar.GuideLangLexer;

/**
 * Where completion was asked, from the compiler's own lexer run over the text before the cursor:
 * the word being typed (its start), the tokens before it, and the blocks ({@code {...}}) still
 * open there. The file need not parse: what is being typed rarely does.
 */
final class CompletionContext {
    /** What a still open {@code {} opens, by the words before it. */
    enum Block {
        GUIDELINE, TABLE, CRITERIA, OUTCOME, EXAMPLE, CODES, SET, OTHER
    }

    private final List<Token> before;
    private final int wordStart;
    private final boolean inTextOrComment;
    private final boolean startsLine;
    private final boolean touchesNumber;
    private final List<Block> open;

    private CompletionContext(List<Token> before, int wordStart, boolean inTextOrComment, boolean startsLine,
            boolean touchesNumber, List<Block> open) {
        this.before = before;
        this.wordStart = wordStart;
        this.inTextOrComment = inTextOrComment;
        this.startsLine = startsLine;
        this.touchesNumber = touchesNumber;
        this.open = open;
    }

    static CompletionContext at(String text, int offset) {
        String prefix = text.substring(0, Math.max(0, Math.min(offset, text.length())));
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(prefix));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        boolean inTextOrComment = false;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            int type = token.getType();
            // Comments and texts count only when the cursor is in one: one that is closed before it is over.
            boolean touches = token.getStopIndex() + 1 >= prefix.codePointCount(0, prefix.length());
            if (type == GuideLangLexer.LINE_COMMENT || type == GuideLangLexer.UNTERMINATED_STRING
                    || type == GuideLangLexer.UNTERMINATED_COMMENT) {
                inTextOrComment |= touches;
                continue;
            }
            if (type == GuideLangLexer.BLOCK_COMMENT) {
                continue;
            }
            inTextOrComment = false;
            tokens.add(token);
        }
        int wordStart = prefix.length();
        if (!tokens.isEmpty() && isWord(tokens.get(tokens.size() - 1))
                && endOffset(prefix, tokens.get(tokens.size() - 1)) == prefix.length()) {
            Token word = tokens.remove(tokens.size() - 1);
            wordStart = prefix.offsetByCodePoints(0, word.getStartIndex());
        }
        int lineStart = prefix.lastIndexOf('\n', wordStart - 1) + 1;
        boolean startsLine = prefix.substring(lineStart, wordStart).isBlank();
        boolean touchesNumber = wordStart > 0 && Character.isDigit(prefix.charAt(wordStart - 1));
        return new CompletionContext(List.copyOf(tokens), wordStart, inTextOrComment, startsLine, touchesNumber,
                blocks(tokens));
    }

    private static int endOffset(String prefix, Token token) {
        return prefix.offsetByCodePoints(0, token.getStopIndex() + 1);
    }

    /** A word (identifier or keyword) that the cursor may be in the middle of. */
    private static boolean isWord(Token token) {
        return token.getText() != null && token.getText().matches("[A-Za-z_][A-Za-z_0-9]*");
    }

    private static List<Block> blocks(List<Token> tokens) {
        List<Block> open = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == GuideLangLexer.LBRACE) {
                open.add(opened(tokens, i));
            } else if (type == GuideLangLexer.RBRACE && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        return List.copyOf(open);
    }

    /** What the brace at {@code i} opens, from the nearest telling keyword before it. */
    private static Block opened(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            switch (tokens.get(j).getType()) {
                case GuideLangLexer.VERSION_NUMBER:
                    return Block.GUIDELINE;
                case GuideLangLexer.HIT:
                    return Block.TABLE;
                case GuideLangLexer.REQUIRE:
                    return Block.CRITERIA;
                case GuideLangLexer.OUTCOME:
                    return Block.OUTCOME;
                case GuideLangLexer.EXAMPLE:
                    return Block.EXAMPLE;
                case GuideLangLexer.CODE:
                    return j == i - 1 ? Block.CODES : Block.OTHER;
                case GuideLangLexer.IN:
                    return j == i - 1 ? Block.SET : Block.OTHER;
                case GuideLangLexer.LBRACE:
                case GuideLangLexer.RBRACE:
                case GuideLangLexer.HISTORY:
                case GuideLangLexer.MISSING:
                    return Block.OTHER;
                default:
                    break;
            }
        }
        return Block.OTHER;
    }

    /** Where the word being typed starts (the cursor, when none is). */
    int wordStart() {
        return wordStart;
    }

    /** Whether the word starts right after a digit, with no space between: {@code 60|}. */
    boolean touchesNumber() {
        return touchesNumber;
    }

    boolean inTextOrComment() {
        return inTextOrComment;
    }

    /** Whether nothing but blanks comes before the word on its line. */
    boolean startsLine() {
        return startsLine;
    }

    /** The innermost open block; null outside the guideline. */
    Block block() {
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** The type of the {@code back}-th token before the word (1 is the one just before); -1 when none. */
    int typeBefore(int back) {
        return back <= before.size() ? before.get(before.size() - back).getType() : -1;
    }

    /** The text of the {@code back}-th token before the word; empty when none. */
    String textBefore(int back) {
        return back <= before.size() ? before.get(before.size() - back).getText() : "";
    }

    /** Whether the {@code back}-th token before the word is a name (an identifier, or a keyword used as one). */
    boolean isNameBefore(int back) {
        return back <= before.size() && isWord(before.get(before.size() - back));
    }

    /**
     * The name written before an {@code =} or {@code in}: {@code who.grade} as {@code ["who", "grade"]},
     * {@code ki67} as {@code ["ki67"]}, from the {@code back}-th token back; empty when no name is there.
     */
    List<String> referenceEndingAt(int back) {
        if (!isNameBefore(back)) {
            return List.of();
        }
        if (typeBefore(back + 1) == GuideLangLexer.DOT && isNameBefore(back + 2)) {
            return List.of(textBefore(back + 2), textBefore(back));
        }
        return List.of(textBefore(back));
    }

    /** How many tokens back the still open {@code {} of the innermost block is; -1 when none. */
    int backToOpenBrace() {
        int depth = 0;
        for (int back = 1; back <= before.size(); back++) {
            int type = typeBefore(back);
            if (type == GuideLangLexer.RBRACE) {
                depth++;
            } else if (type == GuideLangLexer.LBRACE) {
                if (depth == 0) {
                    return back;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The name after the nearest {@code keyword} token before the word (a table's name after {@code table}). */
    String nameAfterLast(int keyword) {
        for (int back = 1; back <= before.size(); back++) {
            if (typeBefore(back) == keyword) {
                return back > 1 ? textBefore(back - 1) : "";
            }
        }
        return "";
    }
}
