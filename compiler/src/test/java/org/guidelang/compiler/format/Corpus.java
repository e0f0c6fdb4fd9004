package org.guidelang.compiler.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.guidelang.compiler.source.SourceFile;

/**
 * Every guideline text in the repository: the {@code .guide} files (outside build output) and
 * the {@code guidelang} code blocks of the Markdown documentation.
 */
final class Corpus {
    static final Path REPO = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```guidelang\\n(.*?)```", Pattern.DOTALL);

    private Corpus() {}

    private static List<List<SourceFile>> folders;

    /** The .guide files, grouped by folder (a folder's files may import each other). */
    static synchronized List<List<SourceFile>> folders() {
        if (folders != null) {
            return folders;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(REPO, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return name.equals("target") || name.startsWith(".") && !dir.equals(REPO)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.toString().endsWith(".guide")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            List<List<SourceFile>> out = new ArrayList<>();
            Path folder = null;
            for (Path file : files.stream().sorted().toList()) {
                Optional<SourceFile> source = read(file);
                if (source.isEmpty()) {
                    continue;
                }
                if (!file.getParent().equals(folder)) {
                    folder = file.getParent();
                    out.add(new ArrayList<>());
                }
                out.get(out.size() - 1).add(source.get());
            }
            folders = out;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SourceFile> files() {
        List<SourceFile> out = new ArrayList<>();
        folders().forEach(out::addAll);
        out.addAll(documentation());
        return out;
    }

    /** The guideline examples of docs/*.md, one source file per code block. */
    static List<SourceFile> documentation() {
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
                for (int n = 1; m.find(); n++) {
                    out.add(new SourceFile("docs/" + doc.getFileName() + "#" + n, m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The file as text; empty for the diagnostics corpus's deliberately non-UTF-8 files, which are no text to format. */
    private static Optional<SourceFile> read(Path file) throws IOException {
        try {
            return Optional.of(new SourceFile(REPO.relativize(file).toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
    }
}
