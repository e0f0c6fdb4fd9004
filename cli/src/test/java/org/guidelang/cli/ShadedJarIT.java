package org.guidelang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The shaded guidec.jar holds every class of the runtime, the compiler and the language server
 * byte for byte as this build compiled them. {@code mvn package} without {@code clean} once
 * re-shaded the previous jar's compiler classes over the new ones, and guidec ran an old compiler.
 */
class ShadedJarIT {
    private static final Path REPO = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();

    @Test
    void theJarHoldsTheClassesThisBuildCompiled() throws IOException {
        Path jar = Path.of(System.getProperty("guidelang.cli.jar", "target/guidec.jar"));
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": run mvn package first");
        int compared = 0;
        try (JarFile shaded = new JarFile(jar.toFile())) {
            for (String module : List.of("runtime", "compiler", "lsp")) {
                Path classes = REPO.resolve(module).resolve("target/classes");
                assertTrue(Files.isDirectory(classes), "no " + classes + ": build with -am");
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = classes.relativize(file).toString().replace('\\', '/');
                        if (name.equals("module-info.class")) {
                            continue;
                        }
                        ZipEntry entry = shaded.getEntry(name);
                        assertNotNull(entry, jar + " lacks " + module + "'s " + name);
                        try (InputStream in = shaded.getInputStream(entry)) {
                            assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(),
                                    jar + " holds another " + name + " than " + file + " (a stale jar re-shaded?)");
                        }
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 100, "only " + compared + " classes compared");
    }
}
