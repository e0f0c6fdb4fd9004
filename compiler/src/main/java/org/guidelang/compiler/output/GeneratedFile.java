package org.guidelang.compiler.output;

import java.util.Objects;

/**
 * One file a back end produced: its path relative to the output folder ({@code /}-separated,
 * such as {@code org/guidelang/nen/MilanNen.java} or {@code milan_nen.html}) and its text.
 */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
    }
}
