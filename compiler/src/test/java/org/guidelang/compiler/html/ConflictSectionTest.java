package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Each conflict declaration appears on the page of its guideline and on the pages of the guidelines it relates. */
class ConflictSectionTest {
    private static final String GRADING = """
            guideline grading version 1.0.0 {
              title "Grading"
              source s "Source S"
              input ki67 : percent in [0, 100]
              table grade : code { LOW, HIGH } hit first {
                when ki67 > 20% -> HIGH
                otherwise -> LOW
              } cite s
            }
            """;
    private static final String SURGERY = """
            guideline surgery version 1.0.0 {
              title "Surgery"
              source ms "Mahuron & Singh"
              import grading as who
              input fit : boolean
              table operate : code { YES, NO } hit first {
                when who.grade = HIGH or not fit -> NO
                otherwise -> YES
              } cite ms
              conflict highGradeOperated "A high grade is not operated on." :
                operate = YES and who.grade = HIGH
                cite ms at "section 6"
            }
            """;

    private static String page(List<GeneratedFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    private static List<GeneratedFile> site() {
        return HtmlBackend.generate(Sites.compileClean(List.of(new SourceFile("grading.guide", GRADING),
                new SourceFile("surgery.guide", SURGERY))));
    }

    @Test
    void theDeclaringPageShowsItWithLinksWithinThePage() {
        String surgery = page(site(), "guidelines/surgery.html");
        assertTrue(surgery.contains("<li><a href=\"#conflicts\">Consistency with other guidelines</a></li>"), surgery);
        assertTrue(surgery.contains("<article id=\"conflict-highGradeOperated\" class=\"conflict\">"), surgery);
        assertTrue(surgery.contains("<p class=\"conflict-rationale\">A high grade is not operated on.</p>"), surgery);
        assertTrue(surgery.contains("href=\"#outcome-operate\""), surgery);
        assertTrue(surgery.contains("href=\"grading.html#outcome-grade\""), surgery);
        assertTrue(surgery.contains("Declared here."), surgery);
        assertTrue(surgery.contains("<a href=\"grading.html\">Grading</a>"), surgery);
        assertTrue(surgery.contains("<a href=\"#ref-ms\">ms</a>, section 6"), surgery);
    }

    @Test
    void aRelatedPageShowsItWithLinksToTheDeclaringPage() {
        String grading = page(site(), "guidelines/grading.html");
        assertTrue(grading.contains("<article id=\"conflict-surgery-highGradeOperated\" class=\"conflict\">"), grading);
        assertTrue(grading.contains("href=\"surgery.html#outcome-operate\""), grading);
        assertTrue(grading.contains("Declared in <a href=\"surgery.html#conflict-highGradeOperated\">surgery</a>."),
                grading);
        assertTrue(grading.contains("<a href=\"surgery.html#ref-ms\">ms</a>, section 6"), grading);
        assertTrue(grading.contains("Relates to <ul class=\"relates\"><li><a href=\"surgery.html\">Surgery</a></li></ul>"),
                grading);
    }

    @Test
    void theNenPagesShowTheDeclarationsOfNenConsistency() {
        List<GeneratedFile> nen = Sites.generate(Sites.NEN);
        assertEquals(18, count(page(nen, "guidelines/nen_consistency.html"), "class=\"conflict\""));
        String netlm = page(nen, "guidelines/netlm_classification.html");
        assertTrue(netlm.contains("id=\"conflict-nen_consistency-debulkingAndTransplantation\""), netlm);
        assertFalse(page(nen, "guidelines/who_grading.html").contains("id=\"conflicts\""));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
