package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file written in place is left cut off mid-word when the disk fills (issue 13): only
 * {@code output/AtomicFile} opens files for writing, in this module and in the Maven plugin. A
 * scan of the sources, since the plugin's classes are not on this module's class path.
 */
class AtomicWritesTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyFileIsWrittenThroughAtomicFile() throws IOException {
        Pattern opensForWriting = Pattern.compile("Files\\.(write|writeString|newBufferedWriter|newOutputStream|copy|move)\\("
                + "|new (FileOutputStream|FileWriter|RandomAccessFile|PrintStream|PrintWriter)\\((new File|Path|[a-z]\\w*\\.to(File|Path))");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(MAIN, Path.of("../maven-plugin/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (file.endsWith("output/AtomicFile.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (opensForWriting.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
