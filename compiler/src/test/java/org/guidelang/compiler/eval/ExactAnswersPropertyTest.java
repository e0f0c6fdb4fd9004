package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interpreter answers exactly, by brute force over the completions of random partial patients
 * of every NEN guideline ({@link ExactAnswersBruteForce}); the generated classes face the same
 * check in {@code GeneratedExactAnswersTest}. A patient whose given values break a constraint
 * between inputs must be refused by the interpreter (docs/language.md §5.1). {@code -Dguidelang.long=true} multiplies the patients.
 */
class ExactAnswersPropertyTest {
    private static final int PATIENTS = Boolean.getBoolean("guidelang.long") ? 2_000 : 60;
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    @TestFactory
    Stream<DynamicTest> nenGuidelinesAnswerExactly() throws Exception {
        assumeTrue(Files.isDirectory(NEN), "the NEN guidelines sit beside the compiler");
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(NEN)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.getFileName().toString(), Files.readString(path)));
            }
        }
        Compilation compilation = GuideCompiler.compile(files);
        assertTrue(!compilation.hasErrors(), "the NEN guidelines check clean");
        return compilation.guidelines().stream().map(g -> DynamicTest.dynamicTest(g.id(), () -> {
            Interpreter interpreter = new Interpreter(compilation.analysis(g.id()));
            ExactAnswersBruteForce.check(g, interpreter::evaluate,
                    patient -> !Interpreter.constraintErrors(g, patient).isEmpty(), PATIENTS);
        }));
    }
}
