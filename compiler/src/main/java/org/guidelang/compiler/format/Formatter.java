package org.guidelang.compiler.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.parse.GuidelineParser;
import org.guidelang.compiler.parse.SyntaxTree;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.grammar.GuideLangLexer;

/**
 * The canonical formatter, a back end of the syntax: it lays a file out again from its parse
 * tree and tokens, keeps every comment, and changes nothing but spacing, line breaks and the
 * trailing comma of a code list. A file with syntax errors is not formatted.
 *
 * <p>Before answering, the formatter checks its own output: lexed again, it must hold the same
 * tokens (texts compared by their lines, which is what re-indenting may change) and the same
 * comments in the same order. A layout that failed this would be a bug; it is reported instead
 * of written.
 */
public final class Formatter {
    private Formatter() {}

    /** The formatted text, or the diagnostics that prevent formatting (syntax errors). */
    public record Result(Optional<String> text, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean changed(SourceFile file) {
            return text.isPresent() && !text.get().equals(file.text());
        }
    }

    /** Thrown when the formatter's output would not hold the tokens and comments of its input. */
    public static final class LayoutBug extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LayoutBug(String message) {
            super(message);
        }
    }

    public static Result format(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SyntaxTree> syntax = GuidelineParser.parseSyntax(file, diagnostics);
        if (syntax.isEmpty() || diagnostics.hasErrors()) {
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        String text = new GuidelineLayout(syntax.get().tokens()).file(syntax.get().tree());
        verify(file.displayPath(), syntax.get().tokens(), text);
        return new Result(Optional.of(text), diagnostics.sorted());
    }

    private static void verify(String path, List<Token> before, String formatted) {
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(formatted));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<String> was = signature(before);
        List<String> now = signature(stream.getTokens());
        if (!was.equals(now)) {
            int at = 0;
            while (at < Math.min(was.size(), now.size()) && was.get(at).equals(now.get(at))) {
                at++;
            }
            throw new LayoutBug(path + ": the formatted text would not hold the same tokens and comments (at token "
                    + at + ": " + (at < was.size() ? was.get(at) : "end") + " became "
                    + (at < now.size() ? now.get(at) : "end") + ")");
        }
    }

    private static Token next(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) {
                return tokens.get(j);
            }
        }
        return tokens.get(tokens.size() - 1);
    }

    /** Each token as type and text; a text with its lines stripped, since re-indenting moves them. */
    private static List<String> signature(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == GuideLangLexer.COMMA && i + 1 < tokens.size()
                    && next(tokens, i).getType() == GuideLangLexer.RBRACE) {
                continue; // the trailing comma of a code list is the formatter's to add or drop
            }
            String text = token.getText().replace("\r\n", "\n");
            if (token.getType() == GuideLangLexer.STRING) {
                text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
            }
            out.add(token.getType() + ":" + text);
        }
        return out;
    }
}
