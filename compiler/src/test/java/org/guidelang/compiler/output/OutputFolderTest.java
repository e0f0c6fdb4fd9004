package org.guidelang.compiler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void writesNewFilesAndLeavesIdenticalOnesUntouched() throws Exception {
        OutputFolder folder = new OutputFolder(dir);
        List<GeneratedFile> files = List.of(new GeneratedFile("a/b/C.java", "class C {}\n"),
                new GeneratedFile("index.html", "<p>é</p>"));
        assertEquals(new OutputFolder.Written(2, 0), folder.write(files));
        Path c = dir.resolve("a/b/C.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(c, old);

        assertEquals(new OutputFolder.Written(0, 2), folder.write(files));
        assertEquals(old, Files.getLastModifiedTime(c));

        assertEquals(new OutputFolder.Written(1, 1),
                folder.write(List.of(new GeneratedFile("a/b/C.java", "class C { }\n"), files.get(1))));
        assertEquals("class C { }\n", Files.readString(c));
        assertEquals("<p>é</p>", Files.readString(dir.resolve("index.html")));
    }

    @Test
    void refusesPathsOutsideTheFolder() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("../x.java", ""));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("/etc/x", ""));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("", ""));
    }
}
