package org.guidelang.compiler.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in words a user can act on. Java's exceptions often carry only the
 * path as their message ({@code NoSuchFileException: x.json}), which printed after the path gave
 * "cannot write to x: x"; the operating system's reason (disk full, name too long) is in a field
 * of its own.
 */
public final class IoFailure {
    private IoFailure() {}

    /** The reason alone, without the path: "permission denied", "the disk is full", … */
    public static String reason(IOException e) {
        if (e instanceof CannotWrite c) {
            return c.reason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        String said = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (said == null || said.isBlank()) {
            return "input/output error (" + e.getClass().getSimpleName() + ")";
        }
        return fromOperatingSystem(said.strip());
    }

    /** The operating system's own words (strerror), said the way the rest of guidec speaks. */
    private static String fromOperatingSystem(String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full";
        } else if (lower.contains("file too large")) {
            return "the file would be larger than the file system or the limit on file size (ulimit -f) allows";
        } else if (lower.contains("quota")) {
            return "the disk quota is exceeded";
        } else if (lower.contains("file name too long") || lower.contains("filename too long")) {
            return "the file name is too long for the file system";
        } else if (lower.contains("is a directory")) {
            return "it is a folder";
        } else if (lower.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        } else if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        } else if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        } else if (lower.contains("no such file or directory")) {
            return "no such file or folder";
        } else if (lower.contains("too many levels of symbolic links")) {
            return "symbolic links form a loop";
        }
        // An unfamiliar reason is still the operating system's, so it is shown as given.
        return said;
    }
}
