package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pom and Java block of the downstream documentation is part of the project that {@code
 * DocsProjectIT} builds: a block without a marker would be a snippet nobody compiles.
 */
class DocBlocksTest {
    static final Path REPO = Path.of(System.getProperty("guidelang.repo", ".."));
    static final List<Path> PAGES = List.of(REPO.resolve("docs/maven-plugin.md"), REPO.resolve("docs/java.md"));

    @Test
    void everyXmlAndJavaBlockOfTheDownstreamDocsBecomesAFileOfTheProject() throws IOException {
        List<String> unmarked = new ArrayList<>();
        int files = 0;
        for (Path page : PAGES) {
            for (DocBlocks.Block block : DocBlocks.read(page).blocks()) {
                boolean code = block.language().equals("xml") || block.language().equals("java");
                if (code && !"file".equals(block.kind())) {
                    unmarked.add(block.where());
                }
                files += "file".equals(block.kind()) ? 1 : 0;
            }
        }
        assertEquals(List.of(), unmarked, "blocks of pom or Java that no test builds; mark each with"
                + " <!-- downstream file: PATH --> on the line before the fence");
        assertTrue(files >= 4, "the pom and the Java classes of the two pages: " + files);
    }

    @Test
    void readsTheMarkerOnTheLineBeforeTheFence(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "text\n<!-- downstream file: src/A.java -->\n```java\nclass A {}\n```\n\n"
                + "<!-- downstream output: A -->\n\n```\nnot marked: a blank line between\n```\n");

        List<DocBlocks.Block> blocks = DocBlocks.read(page).blocks();

        assertEquals(2, blocks.size());
        assertEquals(new DocBlocks.Block(page, 3, "java", "file", "src/A.java", "class A {}\n"), blocks.get(0));
        assertEquals(null, blocks.get(1).kind());
    }
}
