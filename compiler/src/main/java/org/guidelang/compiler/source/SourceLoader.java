package org.guidelang.compiler.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;

/**
 * Reads guideline files from the paths a user gives: files as they are, folders by every
 * {@code *.guide} file below them, in a stable order. Bytes that are not UTF-8 text are
 * reported, never decoded into noise.
 */
public final class SourceLoader {
    public static final String EXTENSION = ".guide";

    private final Path base;

    /** Display paths are made relative to {@code base} where possible. */
    public SourceLoader(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** A problem that prevents reading the given paths at all (exit code 2 in the CLI). */
    public static final class UnreadablePathException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadablePathException(String message) {
            super(message);
        }
    }

    public List<SourceFile> load(List<Path> paths, Diagnostics diagnostics) throws UnreadablePathException {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = guideFiles(path);
                if (found.isEmpty()) {
                    diagnostics.report(DiagnosticCode.NO_GUIDELINE_FILES, new SourceFile(display(path), "").span(0, 0),
                            display(path));
                }
                for (Path file : found) {
                    read(file, diagnostics).ifPresent(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                read(path, diagnostics).ifPresent(files::add);
            } else {
                throw new UnreadablePathException(display(path) + ": no such file or folder");
            }
        }
        return files;
    }

    private List<Path> guideFiles(Path folder) throws UnreadablePathException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadablePathException(display(folder) + ": cannot list the folder: " + e.getMessage());
        }
    }

    private java.util.Optional<SourceFile> read(Path path, Diagnostics diagnostics) throws UnreadablePathException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadablePathException(display(path) + ": cannot read the file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            SourceFile empty = new SourceFile(display(path), "");
            diagnostics.reportWithHint(DiagnosticCode.NOT_TEXT, empty.span(0, 0),
                    "save the guideline as plain UTF-8 text");
            return java.util.Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            SourceFile empty = new SourceFile(display(path), "");
            diagnostics.reportWithHint(DiagnosticCode.NOT_TEXT, empty.span(0, 0),
                    "the file holds NUL bytes: is it a binary file?");
            return java.util.Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is not part of the guideline
        }
        return java.util.Optional.of(new SourceFile(display(path), text));
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            String relative = base.relativize(absolute).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }
}
