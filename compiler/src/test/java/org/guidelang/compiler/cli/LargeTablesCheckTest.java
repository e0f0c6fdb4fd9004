package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `guidec check` on generated tables of thousands of rules: it finishes with the findings a
 * reader can use, and at most {@value org.guidelang.compiler.diagnostics.DiagnosticListing#DEFAULT_LIMIT}
 * of one kind per file, the rest counted. (Its time is a benchmark's affair, not a test's: see
 * docs/benchmarks.md; before, a table of 10,000 thresholds took over a minute, 10,000 rules that
 * hide each other printed 292 MB, and 40,000 of them on one line never finished.)
 */
class LargeTablesCheckTest {
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^\\S+:\\d+:\\d+: (warning|error): .*\\[(GL\\d+)]$");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void aFirstHitTableOfThresholdsChecksClean(int rules) throws IOException {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rules; i++) {
            table.append("    when size > ").append(rules - i).append(" -> ").append(i % 2 == 0 ? "SMALL" : "LARGE")
                    .append('\n');
        }
        table.append("    otherwise -> SMALL\n");
        CliRun run = check(write(guideline(table.toString())));
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("1 file checked: no problems\n", run.all());
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void rulesThatHideEachOtherAreShownTwentyTimesAndCounted(int rules) throws IOException {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rules; i++) {
            table.append("    when size > 5 -> LARGE\n");
        }
        table.append("    otherwise -> SMALL\n");
        Path file = write(guideline(table.toString()));
        CliRun run = check(file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(20, count(run.out(), "GL702"));
        assertEquals(0, count(run.out(), "warning|error", "GL(?!702)\\d+"));
        // Each hidden rule names the one rule that hides it, not every rule before it.
        assertTrue(run.out().contains("rule 21 of table `band` never applies: rule 1 before it holds for every"),
                run.out());
        assertTrue(!run.out().contains("rule 22 of table"), run.out());
        assertTrue(run.out().endsWith(String.format(java.util.Locale.ROOT,
                "%s: … and %,d more GL702 warnings in this file%n1 file checked: 0 errors, %d warnings%n", file,
                rules - 1 - 20, rules - 1)), tail(run.out()));
        assertTrue(run.out().length() < 10_000, run.out().length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void manyFindingsOnOneLineAreShownTwentyTimes(int rules) throws IOException {
        StringBuilder line = new StringBuilder("    ");
        for (int i = 0; i < rules; i++) {
            line.append("when size > 5 -> LARGE ");
        }
        Path file = write(guideline(line + "otherwise -> SMALL\n"));
        CliRun run = check(file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(20, count(run.out(), "GL702"));
        // The source line is shown as a window around the caret, never whole.
        assertTrue(run.out().length() < 20 * 600, run.out().length() + " characters");
        assertTrue(run.out().endsWith(String.format(java.util.Locale.ROOT,
                "… and %,d more GL702 warnings in this file%n1 file checked: 0 errors, %d warnings%n",
                rules - 1 - 20, rules - 1)), tail(run.out()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000})
    void allPrintsEveryFinding(int rules) throws IOException {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rules; i++) {
            table.append("    when size > 5 -> LARGE\n");
        }
        CliRun run = CliRun.of("check", "--all", write(guideline(table.toString())).toString());
        assertEquals(rules - 1, count(run.out(), "GL702"));
        assertTrue(!run.out().contains("more GL702"), tail(run.out()));
    }

    /**
     * A constraint of 45 sums over ten inputs beside 500 simple constraints: the coverage analysis
     * once spent more than ten minutes joining boxes in one union. Each question now has a budget
     * of box operations ({@code Space.WORK_LIMIT}); past it, check says the question is beyond
     * the analysis (GL7xx, too complex) and goes on.
     */
    @org.junit.jupiter.api.Test
    void aConstraintOfManySumsEndsWithAFindingNotAHang() throws IOException {
        StringBuilder text = new StringBuilder("guideline sums version 1.0.0 {\n  title \"sums\"\n  source s \"S\"\n");
        for (int i = 0; i < 10; i++) {
            text.append("  input x").append(i).append(" : decimal in [0, 100]\n");
        }
        StringBuilder sums = new StringBuilder();
        for (int t = 0; t < 45; t++) {
            if (t > 0) {
                sums.append(t % 3 == 0 ? " and " : " or ");
            }
            sums.append("(x").append(t % 10).append(" + x").append((t + 3) % 10).append(" * 2 - x")
                    .append((t + 5) % 10).append(") / 4 < ").append(5 + t % 40);
        }
        text.append("  constraint many \"many sums\" : ").append(sums).append(" cite s\n");
        for (int k = 0; k < 500; k++) {
            text.append("  constraint k").append(k).append(" \"k\" : x").append(k % 10).append(" < ")
                    .append(90 + k % 10).append(" or x").append((k + 1) % 10).append(" > ").append(k % 7)
                    .append(" cite s\n");
        }
        text.append("  table t : code { A, B } hit first {\n    when x0 < 50 -> A\n    otherwise -> B\n  } cite s\n}\n");
        Path file = write(text.toString());
        CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(3),
                () -> check(file), "check of a constraint of many sums must end");
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.all());
    }

    private static String guideline(String rules) {
        return "guideline band version 1.0.0 {\n"
                + "  title \"Generated\"\n"
                + "  source s \"A source.\"\n"
                + "  input size : count in [0, *) \"Size\"\n"
                + "  table band : code { SMALL, LARGE } hit first {\n"
                + rules
                + "  } cite s\n"
                + "}\n";
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("band.guide");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static CliRun check(Path file) {
        return CliRun.of("check", file.toString());
    }

    private static int count(String out, String code) {
        return count(out, "warning|error", code);
    }

    /** Diagnostic headlines of a severity and code, each a pattern. */
    private static int count(String out, String severity, String code) {
        Matcher m = DIAGNOSTIC.matcher(out);
        int n = 0;
        while (m.find()) {
            if (m.group(1).matches(severity) && m.group(2).matches(code)) {
                n++;
            }
        }
        return n;
    }

    private static String tail(String out) {
        return out.substring(Math.max(0, out.length() - 600));
    }
}
