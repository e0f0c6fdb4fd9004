package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.compiler.output.GeneratedFile;
import org.junit.jupiter.api.Test;

/** What the sketch site holds, page by page. */
class SiteShapeTest {
    private static final List<GeneratedFile> FILES = Sites.generate(Sites.SKETCH);

    private static String page(String path) {
        return FILES.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    @Test
    void oneIndexOnePagePerGuidelineAndAStylesheet() {
        assertEquals(List.of("index.html", "guidelines/milan_nen.html", "guidelines/who_grading.html", "style.css"),
                FILES.stream().map(GeneratedFile::path).toList());
    }

    @Test
    void theIndexListsEachGuidelineWithItsMetadata() {
        String index = page("index.html");
        assertTrue(index.contains("<a href=\"guidelines/who_grading.html\">WHO grading of gastroenteropancreatic"
                + " neuroendocrine neoplasms</a>"), index);
        assertTrue(index.contains("<td>2019.1.0</td>"), index);
        assertTrue(index.contains("<time datetime=\"2025-09-15\">2025-09-15</time>"), index);
        assertTrue(index.contains("<span class=\"summary\">Grades a GEP-NEN as NET G1, NET G2, NET G3 or NEC G3"
                + " from its differentiation, its Ki-67 index and its mitotic count, following Table 1 of the review"
                + " by Que et al., which reproduces the WHO 2019 classification.</span>"), index);
    }
}
