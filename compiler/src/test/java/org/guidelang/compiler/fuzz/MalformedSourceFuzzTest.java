package org.guidelang.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.cli.Guidec;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: no source, however broken, makes the compiler throw, and every diagnostic points
 * inside the file. Mutants of the sketch and of the diagnostics corpus are compiled in
 * process, and a share of them (with byte-level damage among them) go through the real
 * {@code guidec check}, whose output must never show a stack trace or an internal error.
 * Seeded and deterministic; {@code -Dguidelang.long=true} runs twenty times as many, and
 * {@code -Dguidelang.fuzz.seed=N} picks another seed.
 */
class MalformedSourceFuzzTest {
    private static final boolean LONG = Boolean.getBoolean("guidelang.long");
    private static final int CASES = LONG ? 200_000 : 10_000;
    private static final long SEED = Long.getLong("guidelang.fuzz.seed", 20_261_201L);
    /**
     * One case in this many goes through the command line, byte-level damage among them; the
     * command line costs some milliseconds a run to set up, the compiler itself well under one.
     */
    private static final int CLI_SHARE = 20;
    private static final int MAX_REPORTED = 15;
    private static final Pattern HEADLINE = Pattern.compile("^case\\.guide:(\\d+):(\\d+): (error|warning): .*$",
            Pattern.MULTILINE);

    /**
     * Exponent notation, or a double that was too large to print: neither can be written in a
     * guideline. A name such as {@code q0e2022} (a mutated citation) is no number.
     */
    private static final Pattern UNREADABLE_NUMBER = Pattern.compile("(?<![A-Za-z0-9_])\\d+(?:\\.\\d+)?[eE][-+]?\\d|`null");

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int failureCount;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void noMalformedSourceMakesTheCompilerThrowOrMisplaceADiagnostic() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        SourceMutator mutator = new SourceMutator(random);
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        int viaCli = 0;
        for (int i = 0; i < CASES && failureCount < 100; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String text = special(i, seed, mutator);
            if (text == null) {
                text = mutator.mutate(seed);
            }
            if (i % CLI_SHARE == 0) {
                byte[] bytes = i % (CLI_SHARE * 3) == 0 ? mutator.damageBytes(text) : text.getBytes(StandardCharsets.UTF_8);
                checkThroughCli(i, bytes, i % (CLI_SHARE * 10) == 0);
                viaCli++;
            } else {
                compileInProcess(i, text);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf("fuzz: %d sources (%d through guidec check, %d in process free of syntax errors), seed %d, "
                + "%.1f s (%.1f s of CPU)%n", CASES, viaCli, pastTheParser, SEED, seconds, cpu);
        assertTrue(pastTheParser > CASES / 20, "only " + pastTheParser + " mutants reached the checker");
        assertTrue(failures.isEmpty(), failureCount + " failing sources (seed " + SEED + "), saved under "
                + failureFolder() + ":\n" + String.join("\n", failures));
    }

    /**
     * Fixed cases at fixed places in the run: empty, deep and huge files. Each comes at a
     * multiple of {@link #CLI_SHARE}, through the command line, and right after it in process.
     */
    private static String special(int i, String seed, SourceMutator mutator) {
        if (i % CLI_SHARE > 1) {
            return null;
        }
        return switch (i / CLI_SHARE) {
            case 1 -> "";
            case 2 -> "   \n\t\n";
            case 3, 4, 5, 6 -> mutator.deeplyNested(1_000);
            case 7, 8, 9, 10 -> mutator.deeplyNested(20_000);
            case 11 -> mutator.huge(seed, 1_000);
            case 12 -> mutator.huge(seed, 300);
            case 13 -> "\"" + "x".repeat(200_000);
            case 14 -> "/*" + "guideline x version 1.0.0 {\n".repeat(5_000);
            default -> null;
        };
    }

    private void compileInProcess(int index, String text) {
        SourceFile file = new SourceFile("case.guide", text);
        try {
            Compilation compilation = GuideCompiler.compile(List.of(file));
            if (compilation.diagnostics().stream().noneMatch(d -> d.code().id().startsWith("GL1"))) {
                pastTheParser++;
            }
            for (Diagnostic diagnostic : compilation.diagnostics()) {
                String misplaced = misplaced(diagnostic.span());
                if (misplaced != null) {
                    fail(index, text.getBytes(StandardCharsets.UTF_8), misplaced + " in " + diagnostic.headline());
                }
                if (diagnostic.hint() != null && UNREADABLE_NUMBER.matcher(diagnostic.hint()).find()) {
                    fail(index, text.getBytes(StandardCharsets.UTF_8), "a hint shows a number the language cannot read: "
                            + diagnostic.hint());
                }
                DiagnosticRenderer.render(diagnostic);
            }
        } catch (Throwable e) {
            fail(index, text.getBytes(StandardCharsets.UTF_8), "threw " + e + " at " + firstFrame(e));
        }
    }

    private void checkThroughCli(int index, byte[] bytes, boolean twice) throws IOException {
        Path file = dir.resolve("case.guide");
        Files.write(file, bytes);
        String output = run(file);
        int exit = lastExit;
        if (output.contains("Exception") || output.contains("\tat ") || output.contains("internal error")) {
            fail(index, bytes, "guidec check printed a stack trace or an internal error:\n" + output);
        } else if (exit != Guidec.OK && exit != Guidec.ERRORS) {
            fail(index, bytes, "guidec check exited " + exit + ":\n" + output);
        } else if (twice && !output.equals(run(file))) {
            fail(index, bytes, "guidec check printed something else the second time");
        } else {
            String lenient = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            SourceFile text = new SourceFile("case.guide", lenient);
            Matcher m = HEADLINE.matcher(output);
            while (m.find()) {
                int line = Integer.parseInt(m.group(1));
                int column = Integer.parseInt(m.group(2));
                if (line > text.lineCount() || column > text.line(line).length() + 1 || line < 1 || column < 1) {
                    fail(index, bytes, "diagnostic outside the file: " + m.group());
                }
            }
        }
    }

    private int lastExit;
    /** In-process cases that reached the checker: the mutants must test more than the parser. */
    private int pastTheParser;

    private String run(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        lastExit = Guidec.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        return out.toString() + err.toString();
    }

    /** CPU time of the whole test JVM: on a shared machine the wall clock says little. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Why a span does not lie inside its file, or null when it does. */
    static String misplaced(SourceSpan span) {
        SourceFile file = span.file();
        int length = file.text().length();
        if (span.start() < 0 || span.end() < span.start() || span.end() > length) {
            return "offsets " + span.start() + ".." + span.end() + " outside 0.." + length;
        }
        if (span.line() < 1 || span.line() > file.lineCount() || span.endLine() < span.line()
                || span.endLine() > file.lineCount()) {
            return "lines " + span.line() + ".." + span.endLine() + " outside 1.." + file.lineCount();
        }
        if (span.column() < 1 || span.column() > file.line(span.line()).length() + 1
                || span.endColumn() < 1 || span.endColumn() > file.line(span.endLine()).length() + 1) {
            return "columns " + span.column() + ".." + span.endColumn() + " outside their lines";
        }
        return null;
    }

    private void fail(int index, byte[] source, String why) {
        failureCount++;
        if (failures.size() >= MAX_REPORTED) {
            return;
        }
        Path saved = failureFolder().resolve("case-" + index + ".guide");
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, source);
        } catch (IOException e) {
            saved = null;
        }
        failures.add("case " + index + " (" + saved + "): " + why);
    }

    private static Path failureFolder() {
        return Path.of("target", "fuzz-failures").toAbsolutePath();
    }

    private static String firstFrame(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            b.append("\n    ").append(trace[i]);
        }
        return b.toString();
    }

    /** The sketch and every text file of the diagnostics corpus. */
    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String folder : List.of("src/test/resources/sketch", "src/test/resources/diagnostics")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                for (Path p : walk.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                    try {
                        seeds.add(StandardCharsets.UTF_8.newDecoder().decode(
                                java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString());
                    } catch (java.nio.charset.CharacterCodingException e) {
                        // not a text seed: byte-level damage is made by the mutator itself
                    }
                }
            }
        }
        return seeds;
    }
}
