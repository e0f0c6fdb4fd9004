package org.guidelang.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.parse.GuidelineParser;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.grammar.GuideLangLexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The formatter over every guideline of the repository: idempotent, meaning and comments kept. */
class FormatterTest {

    private static List<SourceFile> parsing;

    static synchronized Stream<SourceFile> parsingFiles() {
        if (parsing == null) {
            parsing = Corpus.files().stream().filter(f -> GuidelineParser.parse(f, new Diagnostics()).isPresent())
                    .toList();
        }
        return parsing.stream();
    }

    static String format(SourceFile file) {
        Formatter.Result result = Formatter.format(file);
        assertTrue(result.text().isPresent(), () -> file + " did not format: " + result.diagnostics());
        return result.text().get();
    }

    @Test
    void theCorpusIsNotEmpty() {
        // Guards the parameterized tests below against passing on nothing.
        assertTrue(parsingFiles().count() >= 10, "guideline texts found: " + parsingFiles().count());
        assertTrue(parsingFiles().anyMatch(f -> f.displayPath().endsWith("who_grading.guide")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void formattingIsIdempotent(SourceFile file) {
        String once = format(file);
        String twice = format(new SourceFile(file.displayPath(), once));
        assertEquals(once, twice, file.displayPath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void formattingKeepsTheSyntaxTree(SourceFile file) {
        SourceFile formatted = new SourceFile(file.displayPath(), format(file));
        var before = GuidelineParser.parse(file, new Diagnostics()).orElseThrow();
        var after = GuidelineParser.parse(formatted, new Diagnostics()).orElseThrow();
        assertEquals(List.of(), SameMeaning.differences(before, after));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void formattingKeepsEveryCommentInOrder(SourceFile file) {
        List<String> before = comments(file.text());
        assertEquals(before, comments(format(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsingFiles")
    void formattedLinesHaveNoTrailingSpaces(SourceFile file) {
        String formatted = format(file);
        assertFalse(formatted.lines().anyMatch(l -> l.endsWith(" ") || l.endsWith("\t")), formatted);
        assertTrue(formatted.endsWith("}\n") || formatted.endsWith("\n"));
    }

    @Test
    void formattingKeepsTheCheckedModelOfEveryFolder() {
        int compared = 0;
        for (List<SourceFile> folder : Corpus.folders()) {
            Compilation before = GuideCompiler.compile(folder);
            if (before.hasErrors()) {
                continue; // a folder of deliberately broken files (tests of diagnostics)
            }
            List<SourceFile> formatted = new ArrayList<>();
            for (SourceFile file : folder) {
                formatted.add(new SourceFile(file.displayPath(), format(file)));
            }
            Compilation after = GuideCompiler.compile(formatted);
            assertFalse(after.hasErrors(), () -> "formatted files have errors: " + after.diagnostics());
            assertEquals(List.of(), SameMeaning.differences(before.guidelines(), after.guidelines()));
            // The same findings; a message may name a line, which moves when the layout does.
            assertEquals(before.diagnostics().stream().map(FormatterTest::finding).toList(),
                    after.diagnostics().stream().map(FormatterTest::finding).toList());
            compared += before.guidelines().size();
        }
        assertTrue(compared >= 2, "checked guidelines compared: " + compared);
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormatted() {
        SourceFile broken = new SourceFile("broken.guide", "guideline x version 1.0.0 {\n  title \"T\n}\n");
        Formatter.Result result = Formatter.format(broken);
        assertTrue(result.text().isEmpty());
        assertFalse(result.diagnostics().isEmpty());
        assertEquals("GL102", result.diagnostics().get(0).code().id());
    }

    @Test
    void windowsLineEndsGiveTheSameLayout() {
        String text = "guideline w version 1.0.0 {\n\ttitle \"T\"\n\tdescription \"one\n\t\ttwo\"\n"
                + "  /* a block\n     comment */\n  input a : boolean // why\n}\n";
        String unix = format(new SourceFile("w.guide", text));
        assertEquals(unix, format(new SourceFile("w.guide", text.replace("\n", "\r\n"))));
        assertFalse(unix.contains("\r") || unix.contains("\t"), unix);
    }

    private static String finding(org.guidelang.compiler.diagnostics.Diagnostic d) {
        return d.code().id() + " " + d.message().replaceAll("line \\d+", "line N");
    }

    static List<String> comments(String text) {
        GuideLangLexer lexer = new GuideLangLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        return stream.getTokens().stream()
                .filter(t -> t.getType() == GuideLangLexer.LINE_COMMENT || t.getType() == GuideLangLexer.BLOCK_COMMENT)
                .map(Token::getText)
                .toList();
    }
}
