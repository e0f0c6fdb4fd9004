package org.guidelang.compiler.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write is all or nothing: the original stays byte-identical when it fails, and no temporary file stays behind. */
class AtomicFileTest {
    private static final byte[] ORIGINAL = "guideline g version 1.0.0 {\n  title \"Original\"\n}\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path file = dir.resolve("g.guide");
        AtomicFile.write(file, "first");
        assertEquals("first", Files.readString(file));
        AtomicFile.write(file, "second, longer");
        assertEquals("second, longer", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void contentFailingHalfWayLeavesTheOriginalByteIdentical() throws IOException {
        Path file = original();
        CannotWrite failure = assertThrows(CannotWrite.class, () -> AtomicFile.write(file, out -> {
            out.write("guideline g version 1.0.0 {\n  title \"Tru".getBytes(StandardCharsets.UTF_8));
            out.flush(); // the half-written text reaches the temporary file
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + file + ": the disk is full", failure.getMessage());
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
        assertEquals(List.of(file), files(), "no temporary file stays behind");
    }

    @Test
    void aBugHalfWayLeavesTheOriginalToo() throws IOException {
        Path file = original();
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("a bug in the generator");
        }));
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aFullDiskIsReportedCleanlyAndChangesNothing() throws IOException {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        Path file = original();
        for (int size : new int[] {200_000, 10}) { // more than the buffer holds fails while writing; less, on commit
            CannotWrite failure = assertThrows(CannotWrite.class, () -> AtomicFile.write(file,
                    out -> out.write(new byte[size]), temp -> new FileOutputStream("/dev/full")));
            assertEquals("cannot write " + file + ": the disk is full", failure.getMessage());
            assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
            assertEquals(List.of(file), files());
        }
    }

    @Test
    void aStreamClosedWithoutCommitIsDiscarded() throws IOException {
        Path file = original();
        try (AtomicFile.Pending pending = AtomicFile.open(file)) {
            pending.stream().write("{\"line\":1}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertArrayEquals(ORIGINAL, Files.readAllBytes(file));
        assertEquals(List.of(file), files());

        try (AtomicFile.Pending pending = AtomicFile.open(file)) {
            pending.stream().write("{\"line\":1}\n".getBytes(StandardCharsets.UTF_8));
            pending.commit();
        }
        assertEquals("{\"line\":1}\n", Files.readString(file));
    }

    @Test
    void aMissingFolderOrAFolderInTheWayIsSaidOnce() throws IOException {
        Path missing = dir.resolve("no/such/out.jsonl");
        CannotWrite noFolder = assertThrows(CannotWrite.class, () -> AtomicFile.write(missing, "x"));
        assertEquals("cannot write " + missing + ": no such folder " + missing.getParent(), noFolder.getMessage());

        Files.createDirectory(dir.resolve("out"));
        CannotWrite folder = assertThrows(CannotWrite.class, () -> AtomicFile.write(dir.resolve("out"), "x"));
        assertEquals("cannot write " + dir.resolve("out") + ": it is a folder", folder.getMessage());
        assertTrue(Files.isDirectory(dir.resolve("out")));
    }

    @Test
    void aLinkStaysALinkAndTheFileKeepsItsPermissions() throws IOException {
        Path real = original();
        assumeTrue(real.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(real, mode);
        Path link = Files.createSymbolicLink(dir.resolve("link.guide"), real.getFileName());

        AtomicFile.write(link, "through the link");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through the link", Files.readString(real));
        assertEquals(mode, Files.getPosixFilePermissions(real));
    }

    @Test
    void aNameTooLongForTheFileSystemLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("x".repeat(300) + ".java");
        CannotWrite failure = assertThrows(CannotWrite.class, () -> AtomicFile.write(file, "class X {}"));
        assertEquals("cannot write " + file + ": the file name is too long for the file system", failure.getMessage());
        assertEquals(List.of(), files());
    }

    private Path original() throws IOException {
        Path file = dir.resolve("g.guide");
        Files.write(file, ORIGINAL);
        return file;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
    }
}
