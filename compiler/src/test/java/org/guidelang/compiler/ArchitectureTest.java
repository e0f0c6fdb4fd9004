package org.guidelang.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                "diff")) {
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
    void theCheckerAsksNamingNotTheJavaBackEndForJavaNames() throws IOException {
        // check reports the names the Java back end would clash on; both read them from naming.
        assertEquals(List.of(), violations("check", "org.guidelang.compiler.java"));
        for (String pass : List.of("parse", "check", "model", "eval", "java", "html", "cli", "analysis", "diff")) {
            assertEquals(List.of(), violations("naming", "org.guidelang.compiler." + pass), pass);
        }
    }

    @Test
    void theModelDependsOnNoPass() throws IOException {
        for (String pass : List.of("parse", "check", "eval", "cli")) {
            assertEquals(List.of(), violations("model", "org.guidelang.compiler." + pass), pass);
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
}
