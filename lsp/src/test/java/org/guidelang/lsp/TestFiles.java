package org.guidelang.lsp;

import java.nio.file.Path;

/** Where the tests find the repository's files: the build passes its root as guidelang.repo. */
final class TestFiles {
    private TestFiles() {}

    static Path repo() {
        return Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();
    }

    /** The folder of the NEN guidelines. */
    static Path nen() {
        return repo().resolve("guidelines/src/main/guide");
    }
}
