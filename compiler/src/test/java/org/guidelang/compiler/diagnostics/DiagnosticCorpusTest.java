package org.guidelang.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidelang.compiler.cli.Guidec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken guidelines: each file (or folder, for mistakes that span files) under
 * {@code src/test/resources/diagnostics} is checked with {@code guidec check}, and the whole
 * output must equal its sibling {@code .expected} file, the exit code included. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations, then review the diff.
 */
class DiagnosticCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/diagnostics");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern CODE = Pattern.compile("\\[(GL\\d{3})]$", Pattern.MULTILINE);

    /**
     * Codes that no file can produce through {@code guidec check}, each with the reason and
     * where it is tested instead.
     */
    static final Map<DiagnosticCode, String> NOT_IN_CORPUS = unreachable();

    private static Map<DiagnosticCode, String> unreachable() {
        Map<DiagnosticCode, String> map = new EnumMap<>(DiagnosticCode.class);
        map.put(DiagnosticCode.UNREADABLE_FILE, "needs a file the operating system refuses to read, which cannot be "
                + "committed (and root reads any file); CheckCommandTest reads /proc/self/mem instead");
        return map;
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".guide"))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkPrintsExactlyTheExpectedDiagnostics(String name) throws IOException {
        String actual = check(CORPUS.resolve(name));
        Path expected = CORPUS.resolve(name.replaceFirst("\\.guide$", "") + ".expected");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) {
            fail("no " + expected.getFileName() + "; run with -Dgolden.update=true to write it. Output:\n" + actual);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }

    @Test
    void everyCodeIsInTheCorpusOrListedWithAReason() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String name : cases()) {
            Path expected = CORPUS.resolve(name.replaceFirst("\\.guide$", "") + ".expected");
            if (Files.exists(expected)) {
                Matcher m = CODE.matcher(Files.readString(expected, StandardCharsets.UTF_8));
                while (m.find()) {
                    covered.add(m.group(1));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            boolean inCorpus = covered.contains(code.id());
            boolean listed = NOT_IN_CORPUS.containsKey(code);
            if (!inCorpus && !listed) {
                problems.add(code.id() + " " + code + " is in no corpus file: add one, or list it with a reason");
            } else if (inCorpus && listed) {
                problems.add(code.id() + " " + code + " is in the corpus: remove it from the unreachable list");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void corpusIsLargeAndEachFileIsNamedForItsMistake() throws IOException {
        List<String> cases = cases();
        assertTrue(cases.size() >= 60, "the corpus has " + cases.size() + " cases");
        for (String name : cases) {
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)+(\\.guide)?"), "name the file for its mistake: " + name);
        }
    }

    /** What a user sees from {@code guidec check PATH}, file names relative to the corpus, and the exit code. */
    static String check(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String given = (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString();
        String prefix = (absolute.getParent().startsWith(cwd) ? cwd.relativize(absolute.getParent())
                : absolute.getParent()).toString() + File.separator;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Guidec.run(new String[] {"check", given}, new PrintWriter(out), new PrintWriter(err));
        return (out.toString() + err.toString()).replace(prefix, "") + "[exit " + exit + "]\n";
    }
}
