package org.guidelang.compiler.parse;

import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.grammar.GuideLangParser;

/**
 * The parse pass: source text to AST. Guarantees that when it returns a guideline, the file
 * had no syntax error; otherwise every syntax error it could find is reported.
 */
public final class GuidelineParser {
    /** Lexer tokens that are errors in themselves; the parser never sees them. */
    private static final int ERROR_CHANNEL = 2;

    private GuidelineParser() {}

    public static Optional<Guideline> parse(SourceFile file, Diagnostics diagnostics) {
        SyntaxReporter reporter = new SyntaxReporter(file, diagnostics);
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(file.text(), file.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!reportLexicalErrors(tokens, reporter)) {
            diagnostics.reportWithHint(DiagnosticCode.EMPTY_FILE, file.span(0, 0),
                    "a guideline file starts with `guideline my_id version 1.0.0 {`");
            return Optional.empty();
        }
        GuideLangParser parser = new GuideLangParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(reporter));
        GuideLangParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (StackOverflowError e) {
            diagnostics.reportWithHint(DiagnosticCode.TOO_DEEP, file.span(0, 0),
                    "split the expression into named definitions with `define`");
            return Optional.empty();
        }
        if (reporter.count() > 0 || parser.getNumberOfSyntaxErrors() > 0 || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return AstBuilder.build(file, tree, diagnostics);
    }

    /**
     * Reports bad characters and unterminated strings and comments, moves them off the parser's
     * channel, and tells whether the file holds any token at all.
     */
    private static boolean reportLexicalErrors(CommonTokenStream tokens, SyntaxReporter reporter) {
        boolean anyVisible = false;
        for (Token token : tokens.getTokens()) {
            switch (token.getType()) {
                case GuideLangLexer.UNEXPECTED_CHAR -> {
                    reporter.report(DiagnosticCode.BAD_CHARACTER, token, badCharacterHint(token.getText()),
                            describeChar(token.getText()));
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                case GuideLangLexer.UNTERMINATED_STRING -> {
                    reporter.report(DiagnosticCode.UNTERMINATED_STRING, token,
                            "the text opened here runs to the end of the file");
                    reporter.silenceFrom(token.getStartIndex());
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                case GuideLangLexer.UNTERMINATED_COMMENT -> {
                    reporter.report(DiagnosticCode.UNTERMINATED_COMMENT, token,
                            "the comment opened here runs to the end of the file");
                    reporter.silenceFrom(token.getStartIndex());
                    ((CommonToken) token).setChannel(ERROR_CHANNEL);
                }
                default -> {
                    if (token.getType() != Token.EOF && token.getChannel() == Token.DEFAULT_CHANNEL) {
                        anyVisible = true;
                        reporter.lastVisibleEnd(reporter.spanOf(token).end());
                    }
                }
            }
        }
        return anyVisible || reporter.count() > 0;
    }

    private static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || !Character.isDefined(cp)) {
            return String.format("U+%04X", cp);
        }
        return "`" + text + "` (U+" + String.format("%04X", cp) + ")";
    }

    private static String badCharacterHint(String text) {
        return switch (text) {
            case "≥" -> "write `>=`";
            case "≤" -> "write `<=`";
            case "≠" -> "write `!=`";
            case "“", "”" -> "write a straight quote `\"`";
            case "#" -> "comments start with `//`";
            case ";" -> "members are not separated by `;`: remove it";
            case "&" -> "write `and`";
            case "|" -> "write `or`";
            case "!" -> "write `not`, or `!=` for inequality";
            default -> null;
        };
    }
}
