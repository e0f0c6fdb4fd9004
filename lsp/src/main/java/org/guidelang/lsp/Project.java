package org.guidelang.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.ImportClosure;
import org.guidelang.compiler.ParsedSources;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.SourceLoader;

/**
 * The files compiled together: the {@code *.guide} files of one folder (imports name guidelines
 * by id, so a guideline's siblings are what it may import), each as the editor holds it when it
 * is open and as it is on disk otherwise. A document that is not a file ({@code untitled:}) is a
 * project of its own. Files on disk are read again at every compilation, so that changes made
 * outside the editor count too; a file whose text did not change keeps its parse ({@link
 * ParsedSources}). Used on the server's one compiler thread only.
 */
final class Project {
    private final Path folder;
    private final String soleUri;
    private final ParsedSources parses = new ParsedSources();
    /** The file object of each display path's latest text: the key {@link #parses} knows it by. */
    private final Map<String, SourceFile> latest = new java.util.HashMap<>();

    private Project(Path folder, String soleUri) {
        this.folder = folder;
        this.soleUri = soleUri;
    }

    /** The project a document belongs to. */
    static Project of(String uri) {
        return Uris.path(uri).map(Path::getParent).map(folder -> new Project(folder, null))
                .orElseGet(() -> new Project(null, uri));
    }

    /** What identifies the project: its folder, or the URI of its one document. */
    String key() {
        return folder != null ? Uris.uri(folder) : soleUri;
    }

    Snapshot compile(OpenDocuments open) {
        return compile(open, null, first -> {});
    }

    /**
     * Compiles every file of the project. Before that, when {@code edited} is one of its documents
     * and does not import every other file, hands {@code first} the compilation of it and what it
     * imports ({@link ImportClosure}), which gives the edited file its diagnostics soonest; only
     * the whole compilation finds what compares the file with guidelines it does not import. The
     * files are read once for both.
     */
    Snapshot compile(OpenDocuments open, String edited, Consumer<Snapshot> first) {
        Read read = read(open);
        if (edited != null) {
            try {
                read.files().stream().filter(f -> edited.equals(read.uris().get(f.displayPath()))).findFirst()
                        .map(file -> ImportClosure.of(file, read.files(), parses))
                        .filter(needed -> needed.size() < read.files().size())
                        .ifPresent(needed -> first.accept(new Snapshot(ImportClosure.compile(needed, parses), read.uris())));
            } catch (RuntimeException | StackOverflowError e) {
                // The whole compilation, next, meets the same problem, and its caller reports it.
            }
        }
        return new Snapshot(GuideCompiler.compile(read.files(), read.diagnostics(), parses), read.uris());
    }

    /** The project's files as they are now, the URI of each, and what reading them found. */
    private record Read(List<SourceFile> files, Map<String, String> uris, Diagnostics diagnostics) {}

    private Read read(OpenDocuments open) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = new ArrayList<>();
        Map<String, String> uris = new LinkedHashMap<>();
        if (folder == null) {
            SourceFile file = new SourceFile(Uris.lastSegment(soleUri), open.text(soleUri).orElse(""));
            files.add(file);
            uris.put(file.displayPath(), soleUri);
        } else {
            SourceLoader loader = new SourceLoader(folder);
            for (Path path : paths(open)) {
                String uri = uriOf(path, open);
                String name = path.getFileName().toString();
                uris.put(name, uri);
                Optional<String> text = open.text(uri);
                if (text.isPresent()) {
                    files.add(new SourceFile(name, text.get()));
                } else {
                    files.addAll(read(loader, path, diagnostics));
                }
            }
        }
        latest.keySet().retainAll(files.stream().map(SourceFile::displayPath).toList());
        return new Read(files.stream().map(this::latest).toList(), uris, diagnostics);
    }

    /** {@code file}, or the file object of the same name and text met before, whose parse is kept. */
    private SourceFile latest(SourceFile file) {
        SourceFile before = latest.get(file.displayPath());
        if (before != null && before.text().equals(file.text())) {
            return before;
        }
        latest.put(file.displayPath(), file);
        return file;
    }

    /** The guideline files of the folder and the open documents in it (saved or not), sorted. */
    private TreeSet<Path> paths(OpenDocuments open) {
        TreeSet<Path> paths = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> p.getFileName().toString().endsWith(SourceLoader.EXTENSION) && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize())
                    .forEach(paths::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unlistable folder leaves the open documents, which the editor holds.
        }
        for (String uri : open.uris()) {
            Uris.path(uri).filter(p -> folder.equals(p.getParent())).ifPresent(paths::add);
        }
        return paths;
    }

    /** The editor's own URI for an open document (its spelling may differ from ours), else the file's. */
    private static String uriOf(Path path, OpenDocuments open) {
        return open.uris().stream().filter(u -> Uris.path(u).filter(path::equals).isPresent()).findFirst()
                .orElseGet(() -> Uris.uri(path));
    }

    private static List<SourceFile> read(SourceLoader loader, Path path, Diagnostics diagnostics) {
        try {
            return loader.load(List.of(path), diagnostics);
        } catch (SourceLoader.UnreadablePathException e) {
            return List.of(); // deleted since the folder was listed
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
