package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The page's coverage section, on the guideline of RuleCoverageTest: which worked cases make each
 * rule true and false (rule 2 of {@code band} none, so it is marked), and the code no case yields.
 */
class CoverageSectionTest {
    private static final Path COV = Path.of("src/test/resources/coverage/cov.guide");

    private static String page() throws IOException {
        List<GeneratedFile> files = HtmlBackend.generate(Sites.compileClean(
                List.of(new SourceFile("cov.guide", Files.readString(COV, StandardCharsets.UTF_8)))));
        return files.stream().filter(f -> f.path().equals("guidelines/cov.html")).findFirst().orElseThrow().content();
    }

    @Test
    void eachRuleNamesTheCasesThatMakeItTrueAndFalseAndAnUncoveredOneIsMarked() throws IOException {
        String page = page();
        assertTrue(page.contains("<li><a href=\"#coverage\">Coverage by the worked cases</a></li>"), page);
        assertTrue(page.contains("<tr class=\"covered\"><th scope=\"row\">rule 1</th><td><a href=\"#example-1\">1</a> "
                + "</td><td><a href=\"#example-2\">2</a> <a href=\"#example-3\">3</a> </td><td>1</td>"
                + "<td class=\"mark\">✓ covered</td></tr>"), page);
        assertTrue(page.contains("<tr class=\"uncovered\"><th scope=\"row\">rule 2</th><td></td><td><a href=\"#example-2\">"
                + "2</a> <a href=\"#example-3\">3</a> </td><td>1</td><td class=\"mark\">✗ not covered</td></tr>"), page);
        assertTrue(page.contains("<p class=\"uncovered\">No worked case yields MID.</p>"), page);
        assertTrue(page.contains("<caption><a href=\"#outcome-eligible\">criteria set <code>eligible</code></a>"
                + "</caption>"), page);
        assertTrue(page.contains("<th scope=\"row\">condition</th>"), page);
        assertEquals(1, page.split("No worked case yields", -1).length - 1, "only band leaves a code out");
    }

    @Test
    void theSectionIsTheSameOnEveryBuild() throws IOException {
        assertEquals(page(), page());
    }

    @Test
    void aGuidelineWithoutExamplesHasNoCoverageSection() throws IOException {
        String text = Files.readString(COV, StandardCharsets.UTF_8);
        String withoutExamples = text.substring(0, text.indexOf("  example ")) + "}\n";
        String page = HtmlBackend.generate(Sites.compileClean(List.of(new SourceFile("cov.guide", withoutExamples))))
                .stream().filter(f -> f.path().equals("guidelines/cov.html")).findFirst().orElseThrow().content();
        assertFalse(page.contains("id=\"coverage\""), page);
    }
}
