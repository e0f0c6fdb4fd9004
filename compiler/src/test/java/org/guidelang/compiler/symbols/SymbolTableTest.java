package org.guidelang.compiler.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.SourceLoader;
import org.guidelang.compiler.source.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * The symbol tables a compilation keeps: every reference with the span of the declaration it
 * resolves to, across an import, and what remains of them when checking fails.
 */
class SymbolTableTest {
    private static final String WHO = """
            guideline who_grading version 1.0.0 {
              title "WHO grading"
              source who2019 "WHO Classification of Tumours, 2019"
              input differentiation : code { WELL "Well", POOR "Poor" } "Differentiation"
              input ki67 : percent "Ki-67 index"
              param limit = 20% cite who2019
              define high "High proliferation" = ki67 > limit
              table grade "Grade" : code { G1 "Grade 1", G3 "Grade 3" } hit first {
                when differentiation = POOR or high -> G3
                otherwise -> G1
              } cite who2019
              example "poor" {
                given differentiation = POOR, ki67 = 5%
                expect grade = G3
              }
            }
            """;
    private static final String SURGERY = """
            guideline surgery version 1.0.0 {
              title "Surgery"
              import who_grading as who
              input size : cm "Size"
              criteria fit "Fit for surgery" require all {
                criterion small "Small": size < 2 cm
                relative criterion low "Low grade": who.grade = G1 and ki67 < 3%
              } outcome {
                met YES "Yes"
                exception MAYBE "Maybe"
                unmet NO "No"
              }
              recommend operate "Operate" when fit = YES
              example "small G1" {
                given size = 1 cm, differentiation = WELL, ki67 = 1%
                expect who.grade = G1
                expect fit = YES
              }
            }
            """;

    private final SourceFile who = new SourceFile("who_grading.guide", WHO);
    private final SourceFile surgery = new SourceFile("surgery.guide", SURGERY);

    @Test
    void aNameInADefinitionPointsToTheInputsDeclaration() {
        SymbolTable table = compile().symbols("who_grading").orElseThrow();
        Reference ki67 = at(table, who, "= ki67 >", 2);
        assertEquals(SymbolKind.INPUT, ki67.declaration().kind());
        assertEquals(spanOf(who, "input ki67", 6, "ki67"), ki67.declaration().nameSpan());
        assertEquals("input ki67 : percent \"Ki-67 index\"", ki67.declaration().span().text());
        assertEquals("limit", at(table, who, "> limit", 2).declaration().nameSpan().text());
        assertEquals(SymbolKind.PARAM, at(table, who, "> limit", 2).declaration().kind());
    }

    @Test
    void aConstraintIsDeclaredAndItsNamesAndSourcePointToTheirDeclarations() {
        SourceFile file = new SourceFile("constrained.guide", """
                guideline constrained version 1.0.0 {
                  source brief "Data dictionary"
                  input cleared : boolean
                  input metastases : boolean
                  define none = not metastases
                  constraint clearedMeansNone "Cleared means none." : not cleared or none cite brief at "p. 1"
                  recommend act "Act." when cleared cite brief
                }
                """);
        SymbolTable table = GuideCompiler.compile(List.of(file)).symbols("constrained").orElseThrow();
        Declaration constraint = table.declarations().stream().filter(d -> d.kind() == SymbolKind.CONSTRAINT)
                .findFirst().orElseThrow();
        assertEquals(spanOf(file, "constraint clearedMeansNone", 11, "clearedMeansNone"), constraint.nameSpan());
        assertEquals(SymbolKind.INPUT, at(table, file, "not cleared or", 4).declaration().kind());
        assertEquals(SymbolKind.DEFINITION, at(table, file, "or none", 3).declaration().kind());
        assertEquals(SymbolKind.SOURCE, at(table, file, "cite brief at", 5).declaration().kind());
    }

    @Test
    void codesOutputsCitationsAndExamplesPointToTheirDeclarations() {
        SymbolTable table = compile().symbols("who_grading").orElseThrow();
        Reference poor = at(table, who, "= POOR or", 2);
        assertEquals(SymbolKind.CODE, poor.declaration().kind());
        assertEquals("differentiation", poor.declaration().owner());
        assertEquals(spanOf(who, "POOR \"Poor\"", 0, "POOR"), poor.declaration().nameSpan());
        assertEquals(SymbolKind.DEFINITION, at(table, who, "or high", 3).declaration().kind());
        Reference output = at(table, who, "-> G3", 3);
        assertEquals(spanOf(who, "G3 \"Grade 3\"", 0, "G3"), output.declaration().nameSpan());
        assertEquals("grade", output.declaration().owner());
        assertEquals(spanOf(who, "G1 \"Grade 1\"", 0, "G1"), at(table, who, "otherwise -> G1", 13).declaration()
                .nameSpan());
        Reference cited = at(table, who, "} cite who2019", 7);
        assertEquals(SymbolKind.SOURCE, cited.declaration().kind());
        assertEquals(spanOf(who, "source who2019", 7, "who2019"), cited.declaration().nameSpan());
        assertEquals(SymbolKind.INPUT, at(table, who, "given differentiation", 6).declaration().kind());
        assertEquals(poor.declaration(), at(table, who, "differentiation = POOR, ki67", 18).declaration());
        assertEquals(SymbolKind.TABLE, at(table, who, "expect grade", 7).declaration().kind());
        assertEquals(output.declaration(), at(table, who, "grade = G3\n", 8).declaration());
    }

    @Test
    void anImportedOutcomePointsToTheTableInTheImportedFile() {
        Compilation compilation = compile();
        SymbolTable table = compilation.symbols("surgery").orElseThrow();
        Reference grade = at(table, surgery, "who.grade = G1 and", 4);
        assertEquals(SymbolKind.TABLE, grade.declaration().kind());
        assertEquals("who_grading", grade.declaration().guideline());
        assertSame(who, grade.declaration().file());
        assertEquals(spanOf(who, "table grade", 6, "grade"), grade.declaration().nameSpan());
        assertEquals(grade.declaration(), compilation.symbols("who_grading").orElseThrow().declaration("grade")
                .orElseThrow());

        Reference alias = at(table, surgery, "who.grade = G1 and", 0);
        assertEquals(SymbolKind.IMPORT, alias.declaration().kind());
        assertEquals(spanOf(surgery, "as who", 3, "who"), alias.declaration().nameSpan());
        Reference target = at(table, surgery, "import who_grading", 7);
        assertEquals(SymbolKind.GUIDELINE, target.declaration().kind());
        assertEquals(spanOf(who, "guideline who_grading", 10, "who_grading"), target.declaration().nameSpan());

        Reference code = at(table, surgery, "= G1 and ki67", 2);
        assertEquals(spanOf(who, "G1 \"Grade 1\"", 0, "G1"), code.declaration().nameSpan());
        Reference shared = at(table, surgery, "and ki67 <", 4);
        assertEquals(spanOf(who, "input ki67", 6, "ki67"), shared.declaration().nameSpan(),
                "an input shared through the import is declared in the imported file");
        assertEquals(spanOf(who, "WELL \"Well\"", 0, "WELL"), at(table, surgery, "= WELL, ki67", 2).declaration()
                .nameSpan());
        assertEquals(grade.declaration(), at(table, surgery, "expect who.grade", 11).declaration());
        assertEquals(spanOf(surgery, "met YES", 4, "YES"), at(table, surgery, "fit = YES\n  }", 6).declaration()
                .nameSpan());
    }

    @Test
    void declarationsAreListedInSourceOrderWithTheirOwners() {
        SymbolTable table = compile().symbols("surgery").orElseThrow();
        List<String> listed = table.declarations().stream()
                .map(d -> d.kind() + " " + (d.owner() == null ? "" : d.owner() + ".") + d.name())
                .toList();
        assertEquals(List.of("GUIDELINE surgery", "IMPORT who", "INPUT size", "CRITERIA_SET fit",
                "CRITERION fit.small", "CRITERION fit.low", "CODE fit.YES", "CODE fit.MAYBE", "CODE fit.NO",
                "RECOMMENDATION operate"), listed);
        Declaration size = table.declaration("size").orElseThrow();
        assertEquals(size, table.declarationAt(size.nameSpan().start() + 1).orElseThrow());
        assertEquals(List.of(spanOf(surgery, "size < 2", 0, "size"), spanOf(surgery, "given size", 6, "size")),
                table.referencesTo(size).stream().map(Reference::span).toList());
    }

    @Test
    void findingEveryReferenceToAnImportedOutcomeAsksEachTable() {
        Compilation compilation = compile();
        Declaration grade = compilation.symbols("who_grading").orElseThrow().declaration("grade").orElseThrow();
        List<String> places = compilation.symbols().stream()
                .flatMap(t -> t.referencesTo(grade).stream())
                .map(r -> r.span().location())
                .toList();
        assertEquals(List.of("who_grading.guide:14:12", "surgery.guide:7:45", "surgery.guide:16:16"), places);
    }

    @Test
    void everyReferenceOfACleanGuidelineResolvesToADeclarationOfTheSameName() {
        for (SymbolTable table : compile().symbols()) {
            assertFalse(table.references().isEmpty());
            for (Reference reference : table.references()) {
                assertEquals(reference.span().text(), reference.declaration().name(), reference.toString());
                assertEquals(reference.declaration().nameSpan().text(), reference.declaration().name());
            }
        }
    }

    @Test
    void theRepositorysGuidelinesReferToDeclarationsOfTheSameNameOnly() throws Exception {
        Path folder = Path.of(System.getProperty("guidelang.repo", "..")).resolve("guidelines/src/main/guide");
        assumeTrue(Files.isDirectory(folder), "no guidelines folder at " + folder);
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = new SourceLoader(Path.of("")).load(List.of(folder), diagnostics);
        Compilation compilation = GuideCompiler.compile(files, diagnostics);
        assertFalse(compilation.hasErrors());
        assertEquals(files.size(), compilation.symbols().size());
        int imported = 0;
        for (SymbolTable table : compilation.symbols()) {
            for (Reference reference : table.references()) {
                assertEquals(reference.span().text(), reference.declaration().name(), reference.toString());
                assertEquals(reference.declaration().name(), reference.declaration().nameSpan().text());
                imported += reference.declaration().file() == table.file() ? 0 : 1;
            }
        }
        assertTrue(imported > 0, "the repository's guidelines import one another");
    }

    @Test
    void aFileThatFailsToCheckKeepsItsSyntaxAndSymbols() {
        SourceFile broken = new SourceFile("broken.guide", """
                guideline broken version 1.0.0 {
                  title "Broken"
                  input age : years "Age"
                  define old = age > 70 years
                  table verdict "Verdict" : code { YES, NO } hit first {
                    when old and weight > 80 kg -> YES
                    otherwise -> NO
                  }
                }
                """);
        Compilation compilation = GuideCompiler.compile(List.of(broken));
        assertTrue(compilation.hasErrors());
        assertTrue(compilation.guidelines().isEmpty());
        assertEquals("broken", compilation.syntax(broken).orElseThrow().id().text());
        SymbolTable table = compilation.symbols(broken).orElseThrow();
        assertEquals(List.of("broken", "age", "old", "verdict", "YES", "NO"),
                table.declarations().stream().map(Declaration::name).toList());
        assertEquals(SymbolKind.INPUT, at(table, broken, "age > 70", 0).declaration().kind());
        assertEquals(SymbolKind.DEFINITION, at(table, broken, "when old", 5).declaration().kind());
        assertTrue(table.referenceAt(broken.text().indexOf("weight")).isEmpty(), "an undefined name refers to nothing");
    }

    @Test
    void aFileWithSyntaxErrorsHasNeitherSyntaxNorSymbols() {
        SourceFile broken = new SourceFile("nothing.guide", "guideline nothing version 1.0.0 {");
        Compilation compilation = GuideCompiler.compile(List.of(broken));
        assertTrue(compilation.syntax(broken).isEmpty());
        assertTrue(compilation.symbols(broken).isEmpty());
    }

    private Compilation compile() {
        Compilation compilation = GuideCompiler.compile(List.of(surgery, who));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        return compilation;
    }

    /** The reference at {@code offset} characters into the first occurrence of {@code context}. */
    private static Reference at(SymbolTable table, SourceFile file, String context, int offset) {
        int index = file.text().indexOf(context);
        assertTrue(index >= 0, context);
        return table.referenceAt(index + offset).orElseThrow(() -> new AssertionError("no reference at `" + context
                + "` + " + offset));
    }

    /** The span of {@code word}, {@code offset} characters into the first occurrence of {@code context}. */
    private static SourceSpan spanOf(SourceFile file, String context, int offset, String word) {
        int start = file.text().indexOf(context) + offset;
        assertEquals(word, file.text().substring(start, start + word.length()));
        return file.span(start, start + word.length());
    }
}
