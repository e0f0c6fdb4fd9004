package org.guidelang.compiler.format;

import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.Token;
import org.guidelang.grammar.GuideLangLexer;

/**
 * The formatted text being written, line by line, with the source's comments carried along.
 * Layouts write tokens and ask for line breaks; the page places each comment where it was,
 * relative to the tokens: a comment at the end of a source line stays at the end of the line
 * holding the token before it, a comment on a line of its own stays on a line of its own.
 *
 * <p>Breaks are lazy: a break asked for is made only when the next token is written, so that
 * a trailing comment of the source can still join the line it trailed. A page in flat mode
 * answers how wide a piece is on one line, and whether it can be one line at all.
 */
final class Page {
    /** The line width the layouts aim for; a single word or text longer than that overflows. */
    static final int WIDTH = 100;
    /** Indentation of a block's contents and of a member's clauses. */
    static final int STEP = 2;
    /** Indentation of a line that continues a broken expression or list. */
    static final int CONTINUATION = 4;

    private static final int NONE = -1;

    private final List<Token> tokens;
    private final boolean flat;
    private final StringBuilder out = new StringBuilder();
    private int indent;
    /** Index in {@link #tokens} of the first token not yet written; comments before it are pending. */
    private int next;
    private boolean lineOpen;
    private int lineIndent;
    /** Indentation of the line on which the current statement (member, rule, step…) started. */
    private int statementIndent;
    private boolean space;
    /** Indentation of the line the next token must start, or NONE to continue the current line. */
    private int pendingBreak = NONE;
    private boolean statementBreak;
    /** A comment ended the current line: the next token starts a new one. */
    private boolean mustBreak;
    private boolean blankWanted;
    /** The last line written opens a block (or nothing is written): no blank line may follow. */
    private boolean afterOpen = true;
    /** Source line on which the last thing written (token or comment) ended. */
    private int lastSourceLine;
    private boolean broken;

    Page(List<Token> tokens) {
        this(tokens, false);
    }

    private Page(List<Token> tokens, boolean flat) {
        this.tokens = tokens;
        this.flat = flat;
    }

    /** Writes a token, preceded by a space unless it starts a line or follows {@link #glue}. */
    void word(Token token) {
        write(token, true);
    }

    /** Writes a token directly after the previous one, with no space: {@code ,} {@code )} {@code %}. */
    void tight(Token token) {
        write(token, false);
    }

    /** Writes text the source does not hold (a trailing comma of a list laid out one item a line). */
    void extra(String text) {
        if (flat) {
            out.append(text);
            return;
        }
        out.append(text);
        space = true;
    }

    /** The next token follows the previous one without a space: after {@code (}, {@code [}, unary {@code -}. */
    void glue() {
        space = false;
    }

    /** The next token starts a new statement line at the current indentation. */
    void newline() {
        pendingBreak = indent;
        statementBreak = true;
        broken = true;
    }

    /** The next token continues the current statement on a new line, {@link #CONTINUATION} deeper. */
    void wrap() {
        wrapTo(indent + CONTINUATION);
    }

    /** The next token continues the current statement on a new line starting at {@code column}. */
    void wrapTo(int column) {
        pendingBreak = column;
        statementBreak = false;
        broken = true;
    }

    /** A blank line before the next statement line (between groups of members). */
    void blank() {
        blankWanted = true;
    }

    void indent() {
        indent += STEP;
    }

    void dedent() {
        indent -= STEP;
    }

    /** Closes a block: comments before {@code brace} stay inside it, then {@code brace} starts a line. */
    void close(Token brace) {
        if (!flat) {
            flushComments(brace.getTokenIndex());
        }
        dedent();
        pendingBreak = indent;
        statementBreak = false;
        broken = true;
        write(brace, true);
    }

    /** Writes the comments left before the end of the file and ends the text with a newline. */
    String finish(Token eof) {
        flushComments(eof.getTokenIndex());
        trimLine();
        out.append('\n');
        return out.toString();
    }

    /** The column the next token would start at, were it written on the current line. */
    int column() {
        if (!lineOpen || pendingBreak != NONE || mustBreak) {
            return pendingBreak != NONE ? pendingBreak : indent;
        }
        return out.length() - (out.lastIndexOf("\n") + 1) + (space ? 1 : 0);
    }

    int indentation() {
        return indent;
    }

    /** True when {@code piece}, written on one line from the current column, fits the width. */
    boolean fits(Consumer<Page> piece) {
        int width = flatWidth(piece);
        return width != Integer.MAX_VALUE && column() + width <= WIDTH;
    }

    /**
     * The width of {@code piece} written on one line, or {@link Integer#MAX_VALUE} when it cannot
     * be: it holds a comment, a text spanning lines, or a break it always makes.
     */
    int flatWidth(Consumer<Page> piece) {
        Page probe = new Page(tokens, true);
        probe.next = next;
        probe.lineOpen = true;
        piece.accept(probe);
        return probe.broken ? Integer.MAX_VALUE : probe.out.length();
    }

    private void write(Token token, boolean spaced) {
        int index = token.getTokenIndex();
        if (flat) {
            if (index > next && out.length() > 0 && hasComment(next, index)) {
                broken = true;
            }
            next = index + 1;
            if (out.length() > 0 && spaced && space) {
                out.append(' ');
            }
            out.append(token.getText());
            broken |= token.getText().indexOf('\n') >= 0;
            space = true;
            return;
        }
        flushComments(index);
        next = index + 1;
        if (mustBreak || pendingBreak != NONE || !lineOpen) {
            int column = pendingBreak != NONE ? pendingBreak : (lineOpen ? indent + CONTINUATION : indent);
            boolean statement = statementBreak && pendingBreak != NONE;
            startLine(column, statement ? token.getLine() : NONE);
            if (statement) {
                statementIndent = column;
            }
        } else if (spaced && space) {
            out.append(' ');
        }
        String text = token.getType() == GuideLangLexer.STRING ? Reindent.string(token.getText(),
                Math.max(lineIndent, statementIndent + STEP))
                : token.getText();
        out.append(text);
        space = true;
        afterOpen = token.getType() == GuideLangLexer.LBRACE;
        lastSourceLine = lastLine(token);
    }

    private boolean hasComment(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isComment(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the comments before token {@code upTo} that are not written yet. */
    private void flushComments(int upTo) {
        for (int i = next; i < upTo; i++) {
            Token comment = tokens.get(i);
            if (!isComment(comment)) {
                continue;
            }
            boolean trailing = lineOpen && i > 0 && lastLine(tokens.get(i - 1)) == comment.getLine();
            if (trailing) {
                out.append(' ').append(text(comment));
            } else {
                int pending = pendingBreak;
                boolean statement = statementBreak;
                startLine(indent, comment.getLine());
                pendingBreak = pending; // the token after the comment still starts the line it asked for
                statementBreak = statement;
                out.append(text(comment));
            }
            mustBreak = comment.getType() == GuideLangLexer.LINE_COMMENT || comment.getText().indexOf('\n') >= 0
                    || !trailing;
            space = true;
            afterOpen = false;
            lastSourceLine = lastLine(comment);
        }
        next = Math.max(next, upTo);
    }

    /**
     * Ends the current line and starts one at {@code column}. When the new line starts a statement
     * or holds a comment ({@code sourceLine} given), a blank line of the source before it is kept,
     * as is a blank line asked for; never right after a line that opens a block.
     */
    private void startLine(int column, int sourceLine) {
        if (lineOpen) {
            trimLine();
            boolean sourceBlank = sourceLine != NONE && sourceLine - lastSourceLine >= 2;
            boolean blankHere = (sourceBlank || (blankWanted && sourceLine != NONE)) && !afterOpen;
            out.append('\n');
            if (blankHere) {
                out.append('\n');
            }
            if (sourceLine != NONE) {
                blankWanted = false;
            }
        }
        out.append(" ".repeat(Math.max(0, column)));
        lineOpen = true;
        lineIndent = column;
        pendingBreak = NONE;
        statementBreak = false;
        mustBreak = false;
        space = false;
    }

    private void trimLine() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /** A comment as written, with Windows line ends made plain: the output has one kind of line end. */
    private static String text(Token comment) {
        return comment.getText().replace("\r\n", "\n");
    }

    private static boolean isComment(Token token) {
        return token.getType() == GuideLangLexer.LINE_COMMENT || token.getType() == GuideLangLexer.BLOCK_COMMENT;
    }

    /** The source line a token ends on: texts and block comments may span lines. */
    private static int lastLine(Token token) {
        String text = token.getText();
        int line = token.getLine();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
