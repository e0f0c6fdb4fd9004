package org.guidelang.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** What the server compiles after an edit: the edited file and its imports first, then the folder, parses kept. */
class ProjectTest {
    private static final String WHO = Uris.uri(TestFiles.nen().resolve("who_grading.guide"));
    private static final String CONSISTENCY = Uris.uri(TestFiles.nen().resolve("nen_consistency.guide"));

    @Test
    void theEditedFileAndWhatItImportsComeFirstWithTheDiagnosticsOfTheWholeFolder() throws IOException {
        Project project = Project.of(WHO);
        OpenDocuments open = new OpenDocuments();
        String text = Files.readString(TestFiles.nen().resolve("who_grading.guide"));
        int end = text.lastIndexOf('}');
        open.open(WHO, text.substring(0, end) + "  define broken = noSuchInput > 3\n}\n");

        List<Snapshot> firsts = new ArrayList<>();
        Snapshot all = project.compile(open, WHO, firsts::add);
        assertEquals(1, firsts.size());
        Snapshot first = firsts.get(0);
        assertEquals(List.of("who_grading.guide"),
                first.compilation().files().stream().map(SourceFile::displayPath).toList());
        assertEquals(10, all.compilation().files().size());
        assertTrue(all.diagnostics(WHO).stream().anyMatch(d -> d.code().id().equals("GL200")), all.diagnostics(WHO)::toString);
        assertEquals(render(all, WHO), render(first, WHO));
    }

    @Test
    void aFileThatImportsEveryOtherHasNoFirstCompilation() {
        List<Snapshot> firsts = new ArrayList<>();
        Snapshot all = Project.of(CONSISTENCY).compile(new OpenDocuments(), CONSISTENCY, firsts::add);
        assertTrue(firsts.isEmpty());
        assertEquals(10, all.compilation().files().size());
    }

    @Test
    void anUnchangedFileKeepsItsParseFromOneCompilationToTheNext() {
        Project project = Project.of(WHO);
        OpenDocuments open = new OpenDocuments();
        Snapshot before = project.compile(open);
        open.open(WHO, before.file(WHO).orElseThrow().text());
        open.change(WHO, List.of(new TextDocumentContentChangeEvent("// edited\n" + before.file(WHO).orElseThrow().text())));
        Snapshot after = project.compile(open);
        String netlm = Uris.uri(TestFiles.nen().resolve("netlm_classification.guide"));
        SourceFile unchanged = after.file(netlm).orElseThrow();
        assertSame(before.file(netlm).orElseThrow(), unchanged);
        assertSame(before.compilation().syntax(unchanged).orElseThrow(), after.compilation().syntax(unchanged).orElseThrow());
    }

    private static List<String> render(Snapshot snapshot, String uri) {
        return snapshot.diagnostics(uri).stream().map(d -> d.headline()).toList();
    }
}
