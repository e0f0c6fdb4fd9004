package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guidelang.compiler.output.GeneratedFile;
import org.junit.jupiter.api.Test;

/** The same sources give byte-identical sites, whatever the order their files are read in. */
class DeterminismTest {
    @Test
    void twoGenerationsAreByteIdentical() {
        for (java.nio.file.Path folder : List.of(Sites.SKETCH, Sites.NEN)) {
            List<GeneratedFile> first = Sites.generate(folder);
            List<GeneratedFile> second = Sites.generate(folder);
            assertEquals(first, second, folder.toString());
        }
    }

    @Test
    void theSourceOrderDoesNotMatter() {
        // The files of a folder may be listed in any order; the site is the same.
        var files = new java.util.ArrayList<>(Sites.compile(Sites.SKETCH).files());
        java.util.Collections.reverse(files);
        assertEquals(Sites.generate(Sites.SKETCH), HtmlBackend.generate(Sites.compileClean(files)));
    }
}
