package org.guidelang.compiler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.source.SourceFile;

/**
 * Reads guideline files from the paths a user gives: files as they are, folders by every
 * {@code *.guide} file below them, in a stable order. Bytes that are not UTF-8 text are
 * reported where they are, never decoded into noise; a file that cannot be read is reported
 * and the others are still read. The pipeline's first step, beside {@link GuideCompiler}: it
 * reports what it finds as diagnostics, which the source package (spans and files, that
 * diagnostics point at) must not depend on.
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
        // A file named twice (`guidec check guidelines/ guidelines/who.guide`) is read once, not
        // reported as a guideline defined twice.
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = guideFiles(path);
                if (found.isEmpty()) {
                    diagnostics.reportWithHint(DiagnosticCode.NO_GUIDELINE_FILES,
                            new SourceFile(display(path), "").span(0, 0),
                            "give the folder that holds the guidelines: its files and subfolders are searched for "
                                    + "names ending in " + EXTENSION,
                            display(path));
                }
                for (Path file : found) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        read(file, diagnostics).ifPresent(files::add);
                    }
                }
            } else if (Files.isRegularFile(path)) {
                if (seen.add(path.toAbsolutePath().normalize())) {
                    read(path, diagnostics).ifPresent(files::add);
                }
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
            throw new UnreadablePathException(display(folder) + ": cannot list the folder: "
                    + (e instanceof IOException io ? IoFailure.reason(io)
                            : IoFailure.reason(((java.io.UncheckedIOException) e).getCause())));
        }
    }

    private Optional<SourceFile> read(Path path, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            String why = e instanceof IOException io ? IoFailure.reason(io) : "it is too large";
            diagnostics.reportWithHint(DiagnosticCode.UNREADABLE_FILE, new SourceFile(display(path), "").span(0, 0),
                    "check that the file exists and that you may read it", why);
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Show the text up to the first bad byte, so the caret lands where an editor would show it.
            out.flip();
            SourceFile prefix = new SourceFile(display(path), out.toString());
            int bad = bytes[in.position()] & 0xFF;
            diagnostics.reportWithHint(DiagnosticCode.NOT_TEXT, prefix.span(prefix.text().length(), prefix.text().length()),
                    String.format("byte 0x%02X here is not UTF-8 (the file may be in Latin-1 or Windows-1252): "
                            + "save the guideline as UTF-8 text", bad));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            SourceFile prefix = new SourceFile(display(path), text.substring(0, nul));
            diagnostics.reportWithHint(DiagnosticCode.NOT_TEXT, prefix.span(nul, nul),
                    "the file holds a NUL byte here: is it a binary file?");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is not part of the guideline
        }
        return Optional.of(new SourceFile(display(path), text));
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
