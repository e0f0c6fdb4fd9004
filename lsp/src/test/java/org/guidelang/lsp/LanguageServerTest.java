package org.guidelang.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.format.Formatter;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server as an editor meets it: LSP4J's client launcher over real streams to the
 * server {@code guidec lsp} runs, on the NEN guidelines (read from their folder, never written)
 * and on broken guidelines in a folder of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {
    private static final Path NEN = TestFiles.nen();
    private static final String WHO = Uris.uri(NEN.resolve("who_grading.guide"));
    private static final String MILAN = Uris.uri(NEN.resolve("milan_nen.guide"));

    private static final String BROKEN = """
            // A bare number compared with a percentage.
            guideline unit_missing version 1.0.0 {
              title "Ki-67 band"
              input ki67 : percent in [0, 100]
              define high = ki67 > 20
            }
            """;

    private TestClient client;
    private int version;
    private String who;
    private String milan;
    private final java.util.Set<String> edited = new java.util.HashSet<>();

    /** One server for the class (each compilation of the NEN folder costs), with two NEN guidelines open. */
    @BeforeAll
    void initialize() throws Exception {
        client = new TestClient();
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        InitializeResult result = client.server.initialize(params).get(10, TimeUnit.SECONDS);
        assertTrue(result.getCapabilities().getHoverProvider().getLeft());
        assertNotNull(result.getCapabilities().getCompletionProvider());
        client.server.initialized(new InitializedParams());
        who = read(WHO);
        milan = read(MILAN);
        open(WHO, who);
        open(MILAN, milan);
    }

    /** A test that edits the NEN guidelines puts them back. */
    @AfterEach
    void restore() {
        if (edited.remove(WHO)) {
            replaceAll(WHO, who);
        }
        if (edited.remove(MILAN)) {
            replaceAll(MILAN, milan);
        }
        edited.clear();
    }

    @AfterAll
    void shutDown() throws Exception {
        client.server.shutdown().get(10, TimeUnit.SECONDS);
        client.server.exit();
        assertEquals(0, client.exitCode.get(10, TimeUnit.SECONDS), "exit code after shutdown and exit");
        client.close();
    }

    @Test
    void exitWithoutShutdownEndsWithExitCode1() throws Exception {
        try (TestClient other = new TestClient()) {
            other.server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
            other.server.exit();
            assertEquals(1, other.exitCode.get(10, TimeUnit.SECONDS));
        }
    }

    // ---- diagnostics ----

    @Test
    void theNenGuidelinesHaveNoDiagnostics() throws Exception {
        assertEquals(List.of(), client.diagnostics(WHO, d -> true));
        assertEquals(List.of(), client.diagnostics(MILAN, d -> true));
    }

    @Test
    void aBrokenGuidelineGetsTheDiagnosticOfCheckAndLosesItWhenFixed(@TempDir Path folder) throws Exception {
        String uri = write(folder, "unit_missing.guide", BROKEN);
        open(uri, BROKEN);
        List<Diagnostic> diagnostics = client.diagnostics(uri, d -> !d.isEmpty());
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        Diagnostic d = diagnostics.get(0);
        assertEquals("GL302", d.getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals("guidec", d.getSource());
        // guidec check: unit-missing.guide:5:24 ... `20`; LSP counts lines and columns from 0.
        assertEquals(new Range(new Position(4, 23), new Position(4, 25)), d.getRange());
        assertEquals("`20` has no unit, but `ki67` is in %\nhint: write `20%`", d.getMessage().getLeft());

        change(uri, new TextDocumentContentChangeEvent(new Range(new Position(4, 25), new Position(4, 25)), "%"));
        assertEquals(List.of(), client.diagnostics(uri, List::isEmpty));
    }

    @Test
    void aNoteIsInformation(@TempDir Path folder) throws Exception {
        String text = """
                guideline notes version 1.0.0 {
                  title "Notes"
                  input a : integer in [0, 10]
                  input b : integer in [0, 10]
                  table sum : code { HIGH, LOW } hit first {
                    when a + b > 10 -> HIGH
                    otherwise -> LOW
                  }
                }
                """;
        String uri = write(folder, "notes.guide", text);
        open(uri, text);
        List<Diagnostic> diagnostics = client.diagnostics(uri, d -> !d.isEmpty());
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        assertEquals("GL712", diagnostics.get(0).getCode().getLeft());
        assertEquals(DiagnosticSeverity.Information, diagnostics.get(0).getSeverity());
    }

    @Test
    void columnsCountUtf16CodeUnits(@TempDir Path folder) throws Exception {
        // U+1F9EC (🧬) is two UTF-16 code units, one code point; `²` one of each.
        String text = BROKEN.replace("  define high = ki67 > 20", "  /* 🧬 mm² */ define high = ki67 > 20");
        String uri = write(folder, "utf16.guide", text);
        open(uri, text);
        Diagnostic d = client.diagnostics(uri, l -> !l.isEmpty()).get(0);
        int column = "  /* 🧬 mm² */ define high = ki67 > ".length();
        assertEquals(36, column);
        assertEquals(new Range(new Position(4, column), new Position(4, column + 2)), d.getRange());
    }

    @Test
    void aSyntaxErrorIsReportedWhereItIs(@TempDir Path folder) throws Exception {
        String text = BROKEN.replace("ki67 > 20", "ki67 >");
        String uri = write(folder, "syntax.guide", text);
        open(uri, text);
        Diagnostic d = client.diagnostics(uri, l -> !l.isEmpty()).get(0);
        // Where guidec check puts it, 1-based; LSP's 0-based position is one less in each.
        org.guidelang.compiler.diagnostics.Diagnostic expected = GuideCompiler.compile(List.of(new SourceFile("syntax.guide",
                text))).diagnostics().get(0);
        assertEquals(expected.code().id(), d.getCode().getLeft());
        assertTrue(expected.code().id().startsWith("GL1"), expected::headline);
        assertEquals(new Position(expected.span().line() - 1, expected.span().column() - 1), d.getRange().getStart());
    }

    // ---- hover ----

    @Test
    void hoverOnAnInputShowsItsTypeUnitRangeAndDescription() throws Exception {
        String hover = hover(WHO, position(who, "input ki67", 6));
        assertTrue(hover.contains("input ki67 : percent in [0, 100]"), hover);
        assertTrue(hover.contains("**Unit:** %"), hover);
        assertTrue(hover.contains("**Range:** [0, 100]"), hover);
        assertTrue(hover.contains("Ki-67 proliferation index"), hover);
    }

    @Test
    void hoverOnAParameterShowsItsValueRationaleAndCitation() throws Exception {
        String hover = hover(MILAN, position(milan, "liverInvolvement < liverInvolvementLimit", 20));
        assertTrue(hover.contains("param liverInvolvementLimit = 50%"), hover);
        assertTrue(hover.contains("Liver involvement must stay below half of the liver volume."), hover);
        assertTrue(hover.contains("`que2022` at Table 2, criterion 3: Que QY, Zhang LC"), hover);
    }

    @Test
    void hoverOnAnImportedOutcomeSaysWhereItComesFrom() throws Exception {
        String hover = hover(MILAN, position(milan, "who.grade in {", 5));
        assertTrue(hover.contains("table grade"), hover);
        assertTrue(hover.contains("`NET_G2` — "), hover);
        assertTrue(hover.contains("*From guideline `who_grading` (who_grading.guide, line 90)*"), hover);
    }

    @Test
    void hoverOnASourceShowsItsReferenceAndDoi() throws Exception {
        String hover = hover(MILAN, position(milan, "cite que2022 at \"Table 2, criterion 1\"", 6));
        assertTrue(hover.contains("World J Gastrointest Surg 2022;14(5):397-408."), hover);
        assertTrue(hover.contains("[10.4240/wjgs.v14.i5.397](https://doi.org/10.4240/wjgs.v14.i5.397)"), hover);
    }

    @Test
    void noHoverOnAKeyword() throws Exception {
        assertNull(client.server.getTextDocumentService()
                .hover(new HoverParams(id(MILAN), position(milan, "criteria eligibility", 1))).get(10, TimeUnit.SECONDS));
    }

    // ---- navigation ----

    @Test
    void definitionOfAnImportedOutcomeIsInItsOwnFile() throws Exception {
        List<? extends Location> found = client.server.getTextDocumentService()
                .definition(new DefinitionParams(id(MILAN), position(milan, "who.grade in {", 6)))
                .get(10, TimeUnit.SECONDS).getLeft();
        Position table = position(who, "table grade", 6);
        assertEquals(List.of(new Location(WHO, new Range(table, new Position(table.getLine(), table.getCharacter() + 5)))),
                found);
    }

    @Test
    void referencesToAnOutcomeSpanTheFilesThatImportIt() throws Exception {
        ReferenceParams params = new ReferenceParams(id(WHO), position(who, "table grade", 7), new ReferenceContext(true));
        List<? extends Location> found = client.server.getTextDocumentService().references(params).get(10, TimeUnit.SECONDS);
        Map<String, Long> perFile = found.stream().collect(Collectors.groupingBy(l -> Path.of(java.net.URI.create(
                l.getUri())).getFileName().toString(), Collectors.counting()));
        Position inMilan = position(milan, "who.grade in {", 4);
        assertTrue(found.contains(new Location(MILAN, new Range(inMilan, new Position(inMilan.getLine(),
                inMilan.getCharacter() + 5)))), () -> found.toString());
        assertEquals(7, perFile.get("milan_nen.guide"), () -> perFile.toString()); // the criterion, six expectations
        assertTrue(perFile.get("hg_surgery_selection.guide") >= 10, () -> perFile.toString());
        assertTrue(perFile.get("who_grading.guide") >= 1, () -> perFile.toString()); // the declaration, and the examples
        assertTrue(found.stream().allMatch(l -> l.getRange().getEnd().getCharacter()
                - l.getRange().getStart().getCharacter() == "grade".length()), () -> found.toString());
    }

    @Test
    void renameEditsTheDeclarationAndEveryReferenceInEveryFile() throws Exception {
        WorkspaceEdit edit = client.server.getTextDocumentService()
                .rename(new RenameParams(id(WHO), position(who, "table grade", 8), "whoGrade"))
                .get(10, TimeUnit.SECONDS);
        Map<String, List<TextEdit>> changes = edit.getChanges();
        assertTrue(changes.keySet().containsAll(List.of(WHO, MILAN)), () -> changes.keySet().toString());
        assertTrue(changes.values().stream().flatMap(List::stream).allMatch(e -> e.getNewText().equals("whoGrade")));
        String renamed = apply(milan, changes.get(MILAN));
        assertTrue(renamed.contains("who.whoGrade in {NET_G1, NET_G2}"), renamed);
        assertFalse(renamed.contains("who.grade"), renamed);
        String whoRenamed = apply(who, changes.get(WHO));
        assertTrue(whoRenamed.contains("table whoGrade \"WHO 2019 grade\""), whoRenamed);
    }

    @Test
    void renameRefusesAKeywordAndATakenName() throws Exception {
        ExecutionException keyword = assertThrows(ExecutionException.class, () -> client.server
                .getTextDocumentService().rename(new RenameParams(id(WHO), position(who, "table grade", 1), "x"))
                .get(10, TimeUnit.SECONDS));
        ResponseErrorException error = (ResponseErrorException) keyword.getCause();
        assertEquals("`table` is a keyword of GuideLang, not a name the project declares",
                error.getResponseError().getMessage());
        ExecutionException taken = assertThrows(ExecutionException.class, () -> client.server
                .getTextDocumentService().rename(new RenameParams(id(WHO), position(who, "table grade", 8), "ki67"))
                .get(10, TimeUnit.SECONDS));
        assertTrue(taken.getCause().getMessage().contains("`ki67` is already declared"), taken.getCause()::getMessage);
    }

    @Test
    void theOutlineListsMembersWithTheirParts() throws Exception {
        List<DocumentSymbol> symbols = client.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(id(MILAN))).get(10, TimeUnit.SECONDS).stream()
                .map(e -> e.getRight()).toList();
        assertEquals(1, symbols.size());
        assertEquals("milan_nen", symbols.get(0).getName());
        List<String> members = symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList();
        assertTrue(members.containsAll(List.of("que2022", "who", "portalDrainage", "liverInvolvementLimit",
                "eligibility", "NET G2, all five criteria met: eligible")), members::toString);
        DocumentSymbol eligibility = symbols.get(0).getChildren().stream().filter(s -> s.getName().equals("eligibility"))
                .findFirst().orElseThrow();
        List<String> parts = eligibility.getChildren().stream().map(DocumentSymbol::getName).toList();
        assertEquals(List.of("lowGrade", "portalDrainageCleared", "limitedLiverInvolvement", "stableDisease",
                "belowAgeLimit", "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE"), parts);
    }

    // ---- completion ----

    @Test
    void completionOffersTheCodesOfACodeInputAfterEquals() throws Exception {
        client.diagnostics(MILAN, List::isEmpty); // compiled once: its names are known
        String line = "    given differentiation = WELL, ki67 = 5%, mitoticCount = 1\n";
        int at = milan.indexOf(line) + "    given differentiation = ".length();
        String typing = milan.substring(0, at) + milan.substring(at + "WELL".length());
        replaceAll(MILAN, typing);
        assertEquals(List.of("WELL", "POOR"), labels(complete(MILAN, typing, at)));
    }

    @Test
    void completionOffersUnitsAfterANumber() throws Exception {
        client.diagnostics(MILAN, List::isEmpty);
        String typing = milan.replace("  criteria eligibility", "  define old = age > 60 \n  criteria eligibility");
        replaceAll(MILAN, typing);
        List<String> labels = labels(complete(MILAN, typing, typing.indexOf("age > 60 ") + "age > 60 ".length()));
        assertTrue(labels.containsAll(List.of("years", "months", "%", "cm")), labels::toString);
        assertFalse(labels.contains("ki67"), labels::toString);

        // Right after the digits: `%` joins the number, a word unit gets its space; the number stays.
        String glued = milan.replace("  criteria eligibility", "  define old = age > 60\n  criteria eligibility");
        replaceAll(MILAN, glued);
        int at = glued.indexOf("age > 60\n") + "age > 60".length();
        Map<String, TextEdit> edits = complete(MILAN, glued, at).stream()
                .collect(Collectors.toMap(CompletionItem::getLabel, i -> i.getTextEdit().getLeft()));
        assertEquals(new TextEdit(new Range(position(glued, at), position(glued, at)), " years"), edits.get("years"));
        assertEquals("%", edits.get("%").getNewText());
    }

    @Test
    void completionOffersTheNamesInScopeAndTheImportedOutcomes() throws Exception {
        client.diagnostics(MILAN, List::isEmpty);
        String typing = milan.replace("  criteria eligibility", "  define young = \n  criteria eligibility");
        replaceAll(MILAN, typing);
        List<String> names = labels(complete(MILAN, typing, typing.indexOf("young = ") + "young = ".length()));
        assertTrue(names.containsAll(List.of("ki67", "differentiation", "age", "liverInvolvementLimit", "eligibility",
                "who", "not")), names::toString);
        assertFalse(names.contains("input"), names::toString);

        String qualified = milan.replace("  criteria eligibility", "  define g = who.\n  criteria eligibility");
        replaceAll(MILAN, qualified);
        List<String> outcomes = labels(complete(MILAN, qualified, qualified.indexOf("who.\n") + "who.".length()));
        assertEquals(List.of("grade", "pathologyReview"), outcomes);
    }

    @Test
    void completionOffersMemberKeywordsAtTheStartOfAMember() throws Exception {
        client.diagnostics(MILAN, List::isEmpty);
        String typing = milan.replace("  criteria eligibility", "  in\n  criteria eligibility");
        replaceAll(MILAN, typing);
        List<String> labels = labels(complete(MILAN, typing, typing.indexOf("  in\n") + "  in".length()));
        assertTrue(labels.containsAll(List.of("input", "param", "define", "table", "criteria", "example")),
                labels::toString);
    }

    @Test
    void completionOffersTheCodesOfAnImportedOutcomeInASet() throws Exception {
        client.diagnostics(MILAN, List::isEmpty);
        int at = milan.indexOf("who.grade in {") + "who.grade in {".length();
        assertEquals(List.of("NET_G1", "NET_G2", "NET_G3", "NEC_G3"), labels(complete(MILAN, milan, at)));
    }

    // ---- edits ----

    @Test
    void theQuickFixForAMissingUnitWritesIt(@TempDir Path folder) throws Exception {
        String uri = write(folder, "unit_missing.guide", BROKEN);
        open(uri, BROKEN);
        Diagnostic d = client.diagnostics(uri, l -> !l.isEmpty()).get(0);
        List<CodeAction> actions = client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(id(uri), d.getRange(), new CodeActionContext(List.of(d))))
                .get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
        assertEquals(1, actions.size(), actions::toString);
        CodeAction fix = actions.get(0);
        assertEquals("Replace `20` with `20%`", fix.getTitle());
        assertEquals("quickfix", fix.getKind());
        assertEquals(List.of(new TextEdit(d.getRange(), "20%")), fix.getEdit().getChanges().get(uri));
        assertEquals("GL302", fix.getDiagnostics().get(0).getCode().getLeft());

        // Elsewhere in the file there is nothing to fix.
        assertEquals(List.of(), client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(id(uri), new Range(new Position(2, 0), new Position(2, 3)),
                        new CodeActionContext(List.of())))
                .get(10, TimeUnit.SECONDS));
    }

    @Test
    void formattingReplacesTheDocumentWithWhatFmtWrites(@TempDir Path folder) throws Exception {
        String messy = BROKEN.replace("  input ki67", "input    ki67").replace("ki67 > 20", "ki67>20%");
        String uri = write(folder, "messy.guide", messy);
        open(uri, messy);
        List<? extends TextEdit> edits = format(uri);
        String expected = Formatter.format(new SourceFile("messy.guide", messy)).text().orElseThrow();
        assertEquals(1, edits.size());
        assertEquals(expected, apply(messy, edits));
        assertTrue(expected.contains("  input ki67 : percent in [0, 100]\n"), expected);

        replaceAll(uri, expected);
        assertEquals(List.of(), format(uri), "a formatted file needs no edit");
        String broken = expected.replace("ki67 > 20%", "ki67 >");
        replaceAll(uri, broken);
        assertEquals(List.of(), format(uri), "a file with syntax errors is not formatted");
    }

    @Test
    void closingADocumentGoesBackToTheFileOnDisk(@TempDir Path folder) throws Exception {
        String uri = write(folder, "unit_missing.guide", BROKEN);
        String fixed = BROKEN.replace("ki67 > 20", "ki67 > 20%");
        open(uri, fixed);
        assertEquals(List.of(), client.diagnostics(uri, d -> true));
        client.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(id(uri)));
        assertEquals("GL302", client.diagnostics(uri, d -> !d.isEmpty()).get(0).getCode().getLeft());
    }

    // ---- helpers ----

    private void open(String uri, String text) {
        client.server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "guidelang", ++version, text)));
    }

    private void change(String uri, TextDocumentContentChangeEvent change) {
        edited.add(uri);
        client.server.getTextDocumentService().didChange(
                new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
    }

    private void replaceAll(String uri, String text) {
        change(uri, new TextDocumentContentChangeEvent(text));
    }

    private String hover(String uri, Position position) throws Exception {
        Hover hover = client.server.getTextDocumentService().hover(new HoverParams(id(uri), position))
                .get(10, TimeUnit.SECONDS);
        assertNotNull(hover, () -> "no hover at " + position);
        assertEquals("markdown", hover.getContents().getRight().getKind());
        return hover.getContents().getRight().getValue();
    }

    private List<CompletionItem> complete(String uri, String text, int offset) throws Exception {
        return client.server.getTextDocumentService()
                .completion(new CompletionParams(id(uri), position(text, offset))).get(10, TimeUnit.SECONDS).getLeft();
    }

    private List<? extends TextEdit> format(String uri) throws Exception {
        return client.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(2, true)))
                .get(10, TimeUnit.SECONDS);
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    private static String write(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return Uris.uri(file);
    }

    private static String read(String uri) throws Exception {
        return Files.readString(Path.of(java.net.URI.create(uri)));
    }

    /** The position {@code after} characters into the first occurrence of {@code find}. */
    private static Position position(String text, String find, int after) {
        int at = text.indexOf(find);
        assertTrue(at >= 0, find);
        return position(text, at + after);
    }

    /** Counted here by hand, independently of the server's LineIndex. */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    private static int offset(String text, Position position) {
        int at = 0;
        for (int line = 0; line < position.getLine(); line++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + position.getCharacter();
    }

    /** Applies edits that do not overlap, last first so that earlier offsets stay valid. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        String result = text;
        List<? extends TextEdit> sorted = edits.stream().sorted((a, b) -> Integer.compare(offset(text,
                b.getRange().getStart()), offset(text, a.getRange().getStart()))).toList();
        for (TextEdit edit : sorted) {
            result = result.substring(0, offset(text, edit.getRange().getStart())) + edit.getNewText()
                    + result.substring(offset(text, edit.getRange().getEnd()));
        }
        return result;
    }
}
