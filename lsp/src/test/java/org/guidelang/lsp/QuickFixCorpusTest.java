package org.guidelang.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.SourceLoader;
import org.junit.jupiter.api.Test;

/**
 * Every quick fix offered for the compiler's diagnostics corpus (one broken guideline per
 * diagnostic) really fixes its diagnostic: applied and compiled again, the file no longer has
 * that code at that place. And the fixes the hints promise are there.
 */
class QuickFixCorpusTest {
    private static final Path CORPUS = TestFiles.repo().resolve("compiler/src/test/resources/diagnostics");

    @Test
    void everyOfferedFixRemovesItsDiagnostic() throws Exception {
        List<String> fixed = new ArrayList<>();
        for (Path path : corpusFiles()) {
            // Read as guidec does: files that are not UTF-8 text (corpus cases of their own) are left out.
            List<SourceFile> read = new SourceLoader(CORPUS).load(List.of(path), new Diagnostics());
            if (read.isEmpty()) {
                continue;
            }
            SourceFile file = read.get(0);
            for (Diagnostic diagnostic : GuideCompiler.compile(List.of(file)).diagnostics()) {
                Optional<QuickFix> fix = QuickFix.of(diagnostic);
                if (fix.isEmpty() || diagnostic.span().file() != file) {
                    continue;
                }
                String text = file.text();
                String after = text.substring(0, diagnostic.span().start()) + fix.get().replacement()
                        + text.substring(diagnostic.span().end());
                Compilation again = GuideCompiler.compile(List.of(new SourceFile(file.displayPath(), after)));
                boolean remains = again.diagnostics().stream().anyMatch(d -> d.code() == diagnostic.code()
                        && d.span().start() == diagnostic.span().start());
                assertFalse(remains, () -> path.getFileName() + ": replacing `" + diagnostic.span().text() + "` with `"
                        + fix.get().replacement() + "` leaves " + diagnostic.headline());
                fixed.add(path.getFileName() + " " + diagnostic.code().id() + " `" + diagnostic.span().text() + "` -> `"
                        + fix.get().replacement() + "`");
            }
        }
        System.out.println("Quick fixes of the corpus:\n  " + String.join("\n  ", fixed));
        assertTrue(fixed.contains("unit-missing-on-percent.guide GL302 `20` -> `20%`"), fixed::toString);
        assertTrue(fixed.contains("unit-missing-on-age.guide GL302 `60` -> `60 years`"), fixed::toString);
        assertTrue(fixed.contains("name-undefined-with-did-you-mean.guide GL200 `ki76` -> `ki67`"), fixed::toString);
        assertTrue(fixed.contains("syntax-bad-character-greater-or-equal.guide GL104 `≥` -> `>=`"), fixed::toString);
    }

    @Test
    void hintsThatOfferAChoiceOrAWiderEditGiveNoFix() throws IOException {
        for (String name : List.of("type-per-on-percent.guide", "structure-unknown-status.guide",
                "syntax-status-without-value.guide", "structure-at-least-zero.guide")) {
            Path path = CORPUS.resolve(name);
            SourceFile file = new SourceFile(name, Files.readString(path));
            List<Diagnostic> diagnostics = GuideCompiler.compile(List.of(file)).diagnostics();
            assertFalse(diagnostics.isEmpty(), name);
            assertEquals(List.of(), diagnostics.stream().flatMap(d -> QuickFix.of(d).stream()).toList(), name);
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".guide")).sorted().toList();
        }
    }
}
