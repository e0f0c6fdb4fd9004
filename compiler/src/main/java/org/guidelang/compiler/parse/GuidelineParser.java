package org.guidelang.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.grammar.GuideLangParser;
import org.guidelang.runtime.ControlCharacters;

/**
 * The parse pass: source text to AST. Guarantees that when it returns a guideline, the file
 * had no syntax error; otherwise every syntax error it could find is reported.
 *
 * <p>A text may span lines, so a forgotten closing quote does not show where it was
 * forgotten: the text runs on to the next quote and every quote after it flips. When a file
 * has syntax errors after a text that spans lines, the parser tries closing that text at the
 * end of its first line; if that explains the errors, it reports the unterminated text there
 * instead of the echoes.
 */
public final class GuidelineParser {
    /** Lexer tokens that are errors in themselves; the parser never sees them. */
    private static final int ERROR_CHANNEL = 2;
    /** How many forgotten quotes one file may be repaired for. */
    private static final int MAX_REPAIRS = 3;

    private GuidelineParser() {}

    public static Optional<Guideline> parse(SourceFile file, Diagnostics diagnostics) {
        Attempt attempt = Attempt.run(file);
        if (attempt.empty()) {
            diagnostics.reportWithHint(DiagnosticCode.EMPTY_FILE, file.span(0, 0),
                    "a guideline file starts with `guideline my_id version 1.0.0 {`");
            return Optional.empty();
        }
        if (attempt.clean()) {
            return AstBuilder.build(file, attempt.tree(), diagnostics);
        }
        repaired(file, attempt).forEach(diagnostics::add);
        return Optional.empty();
    }

    /**
     * The parse tree and tokens of {@code file}, for back ends of the syntax: present exactly
     * when {@link #parse} would return a guideline; otherwise the syntax errors are reported.
     */
    public static Optional<SyntaxTree> parseSyntax(SourceFile file, Diagnostics diagnostics) {
        Attempt attempt = Attempt.run(file);
        if (attempt.empty() || !attempt.clean()) {
            return parse(file, diagnostics).map(ast -> new SyntaxTree(file, attempt.tokens(), attempt.tree(), ast));
        }
        return AstBuilder.build(file, attempt.tree(), diagnostics)
                .map(ast -> new SyntaxTree(file, attempt.tokens(), attempt.tree(), ast));
    }

    /** The diagnostics of {@code first}, or of a repaired text when closing a text explains them. */
    private static List<Diagnostic> repaired(SourceFile file, Attempt first) {
        Attempt current = first;
        List<Integer> insertions = new ArrayList<>(); // offsets of inserted quotes, in the current text
        List<Diagnostic> unterminated = new ArrayList<>();
        for (int round = 0; round < MAX_REPAIRS && !current.clean() && !current.tooDeep(); round++) {
            Token candidate = current.firstMultiLineText();
            if (candidate == null) {
                break;
            }
            String text = current.file().text();
            int start = current.file().charOffset(candidate.getStartIndex());
            int lineEnd = endOfLine(text, start);
            SourceFile repairedFile = new SourceFile(file.displayPath(),
                    text.substring(0, lineEnd) + '"' + text.substring(lineEnd));
            Attempt next = Attempt.run(repairedFile);
            if (next.errorCount() >= current.errorCount()) {
                break;
            }
            int runsTo = current.file().span(current.file().charOffset(candidate.getStopIndex()),
                    current.file().charOffset(candidate.getStopIndex()) + 1).line();
            String hint = candidate.getType() == GuideLangLexer.UNTERMINATED_STRING
                    ? "add the closing `\"`; without it the text runs to the end of the file"
                    : "add the closing `\"`; without it the text runs on to the `\"` on line " + runsTo;
            SourceSpan where = originalSpan(file, insertions, start, lineEnd);
            unterminated.add(new Diagnostic(DiagnosticCode.UNTERMINATED_STRING,
                    DiagnosticCode.UNTERMINATED_STRING.severity(), where, DiagnosticCode.UNTERMINATED_STRING.format(),
                    hint));
            insertions.replaceAll(q -> q >= lineEnd ? q + 1 : q);
            insertions.add(lineEnd);
            current = next;
        }
        if (current == first) {
            return first.diagnostics();
        }
        List<Diagnostic> result = new ArrayList<>(unterminated);
        for (Diagnostic d : current.diagnostics()) {
            SourceSpan span = originalSpan(file, insertions, d.span().start(), d.span().end());
            result.add(new Diagnostic(d.code(), d.severity(), span, d.message(), d.hint()));
        }
        return result;
    }

    /** Maps offsets of a text with quotes inserted at {@code insertions} back to the original file. */
    private static SourceSpan originalSpan(SourceFile file, List<Integer> insertions, int start, int end) {
        return file.span(original(insertions, start), original(insertions, end));
    }

    private static int original(List<Integer> insertions, int offset) {
        int shift = 0;
        for (int q : insertions) {
            if (q < offset) {
                shift++;
            }
        }
        return offset - shift;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        end = end < 0 ? text.length() : end;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** One lexing and parsing of a text, with the diagnostics it gave, kept apart until chosen. */
    private record Attempt(
            SourceFile file,
            List<Token> tokens,
            GuideLangParser.FileContext tree,
            List<Diagnostic> diagnostics,
            boolean empty,
            boolean tooDeep,
            boolean failed) {

        static Attempt run(SourceFile file) {
            Diagnostics found = new Diagnostics();
            SyntaxReporter reporter = new SyntaxReporter(file, found);
            GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(file.text(), file.displayPath()));
            lexer.removeErrorListeners();
            CommonTokenStream stream = new CommonTokenStream(lexer);
            stream.fill();
            List<Token> tokens = stream.getTokens();
            reportControlCharacters(file, reporter);
            if (!reportLexicalErrors(file, tokens, reporter)) {
                return new Attempt(file, tokens, null, List.of(), true, false, true);
            }
            GuideLangParser parser = new GuideLangParser(stream);
            parser.removeErrorListeners();
            parser.setErrorHandler(new SyntaxErrorStrategy(reporter, new Layout(tokens)));
            GuideLangParser.FileContext tree;
            try {
                tree = parser.file();
            } catch (StackOverflowError e) {
                List<Diagnostic> tooDeep = new ArrayList<>(found.sorted());
                tooDeep.add(new Diagnostic(DiagnosticCode.TOO_DEEP, DiagnosticCode.TOO_DEEP.severity(),
                        deepestPlace(file, tokens), DiagnosticCode.TOO_DEEP.format(),
                        "split the expression into named definitions with `define`"));
                return new Attempt(file, tokens, null, tooDeep, false, true, true);
            }
            boolean failed = reporter.attempts() > 0 || parser.getNumberOfSyntaxErrors() > 0;
            return new Attempt(file, tokens, tree, found.sorted(), false, false, failed);
        }

        boolean clean() {
            return !failed;
        }

        long errorCount() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        /** The first text spanning lines that starts before the first error, if any. */
        Token firstMultiLineText() {
            int firstError = diagnostics.stream().mapToInt(d -> d.span().start()).min().orElse(Integer.MAX_VALUE);
            for (Token token : tokens) {
                int type = token.getType();
                if ((type == GuideLangLexer.STRING || type == GuideLangLexer.UNTERMINATED_STRING)
                        && token.getText().indexOf('\n') >= 0) {
                    return file.charOffset(token.getStartIndex()) <= firstError ? token : null;
                }
            }
            return null;
        }
    }

    /**
     * Reports bad characters and unterminated strings and comments, moves them off the parser's
     * channel, and tells whether the file holds any token at all.
     */
    private static boolean reportLexicalErrors(SourceFile file, List<Token> tokens, SyntaxReporter reporter) {
        Token lastVisible = null;
        for (Token token : tokens) {
            switch (token.getType()) {
                case GuideLangLexer.UNEXPECTED_CHAR -> {
                    reporter.report(DiagnosticCode.BAD_CHARACTER, token, badCharacterHint(token.getText()),
                            describeChar(token.getText()));
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                case GuideLangLexer.UNTERMINATED_STRING -> {
                    reporter.report(DiagnosticCode.UNTERMINATED_STRING, firstLine(file, token),
                            "add the closing `\"`; without it the text runs to the end of the file");
                    reporter.silenceFrom(file.charOffset(token.getStartIndex()));
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                case GuideLangLexer.UNTERMINATED_COMMENT -> {
                    reporter.report(DiagnosticCode.UNTERMINATED_COMMENT, firstLine(file, token),
                            "add `*/` where the comment ends; without it the comment runs to the end of the file");
                    reporter.silenceFrom(file.charOffset(token.getStartIndex()));
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                default -> {
                    if (token.getType() != Token.EOF && token.getChannel() == Token.DEFAULT_CHANNEL) {
                        lastVisible = token;
                    }
                }
            }
        }
        if (lastVisible != null) {
            // Only the last one counts: its span alone is computed, not one per token.
            reporter.lastVisibleEnd(reporter.spanOf(lastVisible).end());
        }
        return lastVisible != null || reporter.attempts() > 0;
    }

    /**
     * Reports every control character of the text, in texts and comments too: printed, it could
     * rewrite what a terminal shows (a title that prints "YES" over "NO") or display text in
     * another order than the compiler reads it. Tab, line feed, and carriage return before a line
     * feed are the only controls a guideline holds.
     */
    private static void reportControlCharacters(SourceFile file, SyntaxReporter reporter) {
        String text = file.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || !ControlCharacters.isControl(c)) {
                continue;
            }
            String hint;
            if (ControlCharacters.isBidirectional(c)) {
                hint = "remove it: it makes the text around it display in another order than it is read";
            } else if (c == '\r') {
                hint = "a carriage return without a line feed: save the file with LF or CRLF line ends";
            } else {
                hint = "remove it: control characters change what a terminal shows; to break a line in a text,"
                        + " write `\\n`";
            }
            reporter.report(DiagnosticCode.CONTROL_CHARACTER, file.span(i, i + 1), hint,
                    String.format("U+%04X (%s)", (int) c, Character.getName(c)));
        }
    }

    /**
     * Where nesting runs deepest: the parenthesis, `not` or minus sign that opens the deepest
     * level. Used when the parser ran out of stack, so it must not recurse itself.
     */
    private static SourceSpan deepestPlace(SourceFile file, List<Token> tokens) {
        int depth = 0;
        int prefixRun = 0;
        int best = -1;
        Token deepest = null;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
                continue;
            }
            int type = token.getType();
            if (type == GuideLangLexer.LPAREN) {
                depth++;
            } else if (type == GuideLangLexer.RPAREN) {
                depth = Math.max(0, depth - 1);
            }
            prefixRun = type == GuideLangLexer.NOT || type == GuideLangLexer.MINUS ? prefixRun + 1 : 0;
            if (depth + prefixRun > best) {
                best = depth + prefixRun;
                deepest = token;
            }
        }
        if (deepest == null) {
            return file.span(0, 0);
        }
        int start = file.charOffset(deepest.getStartIndex());
        return file.span(start, file.charOffset(deepest.getStopIndex() + 1));
    }

    /** The part of a token on its first line: where an unterminated text or comment opens. */
    private static SourceSpan firstLine(SourceFile file, Token token) {
        int start = file.charOffset(token.getStartIndex());
        int end = file.charOffset(token.getStopIndex() + 1);
        int newline = file.text().indexOf('\n', start);
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        while (end > start + 1 && Character.isWhitespace(file.text().charAt(end - 1))) {
            end--;
        }
        return file.span(start, end);
    }

    private static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || !Character.isDefined(cp)
                || Character.getType(cp) == Character.FORMAT || Character.isSurrogate(text.charAt(0))) {
            return String.format("U+%04X", cp);
        }
        if (cp < 0x80) {
            return "`" + text + "`";
        }
        return "`" + text + "` (U+" + String.format("%04X", cp) + ")";
    }

    private static String badCharacterHint(String text) {
        return switch (text) {
            case "≥" -> "write `>=`";
            case "≤" -> "write `<=`";
            case "≠" -> "write `!=`";
            case "“", "”" -> "write a straight quote `\"`";
            case "‘", "’", "'" -> "texts are written between double quotes `\"`";
            case "#" -> "comments start with `//`";
            case ";" -> "members are not separated by `;`: remove it";
            case "&" -> "write `and`";
            case "|" -> "write `or`";
            case "!" -> "write `not`, or `!=` for inequality";
            case "−", "–" -> "write the minus sign as `-`";
            case "×" -> "write `*`";
            case "÷" -> "write `/`";
            default -> null;
        };
    }
}
