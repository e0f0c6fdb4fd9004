package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtime's declared dependencies, beside ArchitectureTest's rule on its classes. */
class RuntimePomTest {
    @Test
    void theRuntimeDeclaresNoDependencies() throws IOException {
        // Generated evaluators ship with the runtime jar alone.
        String pom = Files.readString(Path.of("../runtime/pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        assertTrue(dependencies.split("<dependency>").length - 1 == 1 && dependencies.contains("<scope>test</scope>"),
                "runtime may depend on JUnit for tests only:\n" + dependencies);
    }
}
