package org.guidelang.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.grammar.GuideLangLexer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One canonical layout: however the spaces within lines and the indentation of lines are
 * scrambled, the formatted text is the same. (Line breaks are left where they are: the
 * formatter keeps blank lines and whether a comment trails a line or stands on its own.)
 */
class LayoutIndependenceTest {

    static Stream<SourceFile> parsingFiles() {
        return FormatterTest.parsingFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void scrambledSpacingFormatsTheSame(SourceFile file) {
        String canonical = FormatterTest.format(file);
        Random random = new Random(file.displayPath().hashCode());
        for (int round = 0; round < 3; round++) {
            SourceFile scrambled = new SourceFile(file.displayPath(), scramble(file.text(), random));
            assertNotEquals(file.text(), scrambled.text(), "the scrambling changes the text");
            assertEquals(canonical, FormatterTest.format(scrambled), file.displayPath() + " scrambled:\n" + scrambled.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void commentsAnywhereAreKeptInOrderAndFormatStably(SourceFile file) {
        Random random = new Random(31L * file.displayPath().hashCode());
        for (int round = 0; round < 3; round++) {
            SourceFile commented = new SourceFile(file.displayPath(), insertComments(file.text(), random, round));
            String once = FormatterTest.format(commented);
            assertEquals(FormatterTest.comments(commented.text()), FormatterTest.comments(once), commented.text());
            assertEquals(once, FormatterTest.format(new SourceFile(file.displayPath(), once)), commented.text());
        }
    }

    /** The text with comments put between tokens at random: line comments, and block comments of one or two lines. */
    static String insertComments(String text, Random random, int round) {
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        StringBuilder out = new StringBuilder();
        int at = 0;
        int n = 0;
        for (Token token : stream.getTokens()) {
            if (token.getType() == Token.EOF) {
                break;
            }
            int end = text.offsetByCodePoints(0, token.getStopIndex() + 1);
            out.append(text, at, end);
            at = end;
            if (token.getType() != GuideLangLexer.LINE_COMMENT && random.nextInt(12) == 0) {
                n++;
                out.append(switch (random.nextInt(3)) {
                    case 0 -> " // note " + round + "." + n + "\n";
                    case 1 -> " /* note " + round + "." + n + " */ ";
                    default -> "\n/* note " + round + "." + n + "\n   continued */\n";
                });
            }
        }
        out.append(text.substring(at));
        return out.toString();
    }

    /** The text with the whitespace between tokens replaced: 0–3 spaces within a line, any indentation. */
    static String scramble(String text, Random random) {
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        StringBuilder out = new StringBuilder();
        int at = 0;
        Token previous = null;
        for (Token token : tokens) {
            if (token.getType() == Token.EOF) {
                break;
            }
            int start = text.offsetByCodePoints(0, token.getStartIndex());
            String gap = text.substring(at, start);
            int newline = gap.lastIndexOf('\n');
            if (newline >= 0) {
                out.append(gap.replaceAll("[ \\t]+", ""), 0, gap.replaceAll("[ \\t]+", "").lastIndexOf('\n') + 1);
                out.append(" ".repeat(random.nextInt(9)));
            } else if (previous != null) {
                // Words must stay apart; punctuation may touch its neighbours.
                int least = needsSpace(previous, token) ? 1 : 0;
                out.append(" ".repeat(least + random.nextInt(3)));
            }
            int end = text.offsetByCodePoints(0, token.getStopIndex() + 1);
            out.append(text, start, end);
            at = end;
            previous = token;
        }
        out.append(text.substring(at));
        return out.toString();
    }

    private static boolean needsSpace(Token a, Token b) {
        return wordy(a.getText()) && wordy(b.getText()) || a.getType() == GuideLangLexer.LINE_COMMENT
                || a.getType() == GuideLangLexer.NUMBER && b.getType() == GuideLangLexer.IDENTIFIER
                || a.getType() == GuideLangLexer.MINUS && b.getType() == GuideLangLexer.GT
                || a.getType() == GuideLangLexer.SLASH || b.getType() == GuideLangLexer.STAR
                || a.getType() == GuideLangLexer.STAR && b.getType() == GuideLangLexer.SLASH;
    }

    private static boolean wordy(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return Character.isLetterOrDigit(first) || first == '_' || Character.isLetterOrDigit(last) || last == '_';
    }
}
