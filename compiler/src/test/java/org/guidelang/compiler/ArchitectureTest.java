package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's direction, enforced on the sources' imports: source → parse tree → AST →
 * checked model → back ends. (A text check rather than ArchUnit: the rules are few and about
 * imports only, and it keeps the test classpath small.)
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/guidelang/compiler");

    /** Files of {@code pkg} whose import lines mention {@code forbidden}. */
    private static List<String> violations(String pkg, String forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import") && line.contains(forbidden)) {
                        found.add(MAIN.relativize(file) + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theAstKnowsNothingOfAntlr() throws IOException {
        // Nothing past the AST builder may depend on the parse tree (the CQL maintainers' ADR 003).
        assertEquals(List.of(), violations("ast", "org.antlr"));
        assertEquals(List.of(), violations("ast", "org.guidelang.grammar"));
    }

    @Test
    void onlyTheParsePassSeesAntlr() throws IOException {
        for (String pkg : List.of("check", "model", "eval", "diagnostics", "source", "cli", "java", "html", "analysis",
                "diff", "conflicts")) {
            assertEquals(List.of(), violations(pkg, "org.antlr"), pkg);
            assertEquals(List.of(), violations(pkg, "org.guidelang.grammar"), pkg);
        }
    }

    @Test
    void backEndsReadTheCheckedModelNotTheSyntax() throws IOException {
        // The model may name the AST's operator enums; back ends read only the model.
        for (String pkg : List.of("eval", "java", "html")) {
            assertEquals(List.of(), violations(pkg, "org.guidelang.compiler.parse"), pkg);
            assertEquals(List.of(), violations(pkg, "org.guidelang.compiler.check"), pkg);
        }
    }

    @Test
    void theModelDependsOnNoPass() throws IOException {
        for (String pass : List.of("parse", "check", "eval", "cli")) {
            assertEquals(List.of(), violations("model", "org.guidelang.compiler." + pass), pass);
        }
    }

    @Test
    void theConflictProofReadsTheCheckedModel() throws IOException {
        // It proves declarations over the model with the interpreter; it never sees the syntax.
        for (String pass : List.of("parse", "check", "format", "diff", "cli", "java", "html")) {
            assertEquals(List.of(), violations("conflicts", "org.guidelang.compiler." + pass), pass);
        }
    }

    @Test
    void theFormatterIsABackEndOfTheSyntax() throws IOException {
        // It lays out the parse tree and tokens; meaning comes from neither the checker nor the model.
        for (String pass : List.of("check", "model", "eval", "diff", "cli")) {
            assertEquals(List.of(), violations("format", "org.guidelang.compiler." + pass), pass);
        }
    }

    @Test
    void theDifferReadsTheCheckedModel() throws IOException {
        // It compares what the checker resolved (and runs the interpreter for the impact), never the syntax.
        for (String pass : List.of("parse", "check", "format", "cli")) {
            assertEquals(List.of(), violations("diff", "org.guidelang.compiler." + pass), pass);
        }
    }

    @Test
    void onlyTheCommandLineUsesTheFormatterAndTheDiffer() throws IOException {
        for (String pkg : List.of("ast", "parse", "check", "model", "eval", "source", "diagnostics")) {
            assertEquals(List.of(), violations(pkg, "org.guidelang.compiler.format"), pkg);
            assertEquals(List.of(), violations(pkg, "org.guidelang.compiler.diff"), pkg);
        }
    }

    @Test
    void theRuntimeHasNoDependencies() throws IOException {
        // Generated evaluators ship with the runtime jar alone.
        String pom = Files.readString(Path.of("../runtime/pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        assertTrue(dependencies.split("<dependency>").length - 1 == 1 && dependencies.contains("<scope>test</scope>"),
                "runtime may depend on JUnit for tests only:\n" + dependencies);
    }

    @Test
    void everyFileIsWrittenThroughAtomicFile() throws IOException {
        // A file written in place is left cut off mid-word when the disk fills (issue 13); only
        // AtomicFile opens files for writing, in this module and in the Maven plugin.
        Pattern opensForWriting = Pattern.compile("Files\\.(write|writeString|newBufferedWriter|newOutputStream|copy|move)\\("
                + "|new (FileOutputStream|FileWriter|RandomAccessFile|PrintStream|PrintWriter)\\((new File|Path|[a-z]\\w*\\.to(File|Path))");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(MAIN, Path.of("../maven-plugin/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (file.endsWith("output/AtomicFile.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (opensForWriting.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
