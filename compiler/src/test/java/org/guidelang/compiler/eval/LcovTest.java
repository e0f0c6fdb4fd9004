package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LCOV tracefile: its exact text for two small guidelines, worked out by hand from the
 * coverage in {@link RuleCoverageTest}, and every record checked by a strict reader of the format
 * geninfo(1) documents; read by the real {@code lcov} too where it is installed.
 */
class LcovTest {
    private static final Interpreter REACH = Guidelines.of("reach", """
            guideline reach version 1.0.0 {
              title "Reach"
              source s "A source"
              input ki67 : percent in [0, 100]
              table band : code { LOW, HIGH } hit first {
                when ki67 < 3% -> LOW
                when ki67 >= 3% -> HIGH
              } cite s
              example "low" {
                given ki67 = 1%
                expect band = LOW
              }
            }
            """);

    private static String lcov(Interpreter interpreter) {
        return Lcov.of(List.of(RuleCoverage.of(interpreter.guideline(), ExampleRunner.run(interpreter))),
                SourceFile::displayPath);
    }

    @Test
    void eachItemIsALineAndEachTruthABranch() {
        // Blocks in the order written: band's codes (LOW, MID, HIGH, NONE yielded by 1, 0, 1, 1
        // examples), rule 1, rule 2 and its two atoms, rule 3, otherwise, eligible's codes,
        // isFit, young, review's condition and its two atoms; branch 0 true, 1 false.
        String expected = """
                TN:cov
                SF:cov.guide
                BRDA:7,0,0,1
                BRDA:7,0,1,0
                BRDA:7,0,2,1
                BRDA:7,0,3,1
                BRDA:8,1,0,1
                BRDA:8,1,1,2
                BRDA:9,2,0,0
                BRDA:9,2,1,2
                BRDA:9,3,0,1
                BRDA:9,3,1,1
                BRDA:9,4,0,1
                BRDA:9,4,1,1
                BRDA:10,5,0,1
                BRDA:10,5,1,1
                BRDA:11,6,0,1
                BRDA:11,6,1,2
                BRDA:13,7,0,1
                BRDA:13,7,1,1
                BRDA:13,7,2,1
                BRDA:14,8,0,2
                BRDA:14,8,1,1
                BRDA:15,9,0,1
                BRDA:15,9,1,2
                BRDA:21,10,0,2
                BRDA:21,10,1,1
                BRDA:21,11,0,1
                BRDA:21,11,1,2
                BRDA:21,12,0,2
                BRDA:21,12,1,1
                BRF:29
                BRH:27
                DA:8,1
                DA:9,0
                DA:10,1
                DA:11,1
                DA:14,3
                DA:15,3
                DA:21,3
                LF:7
                LH:6
                end_of_record
                """;
        String actual = lcov(RuleCoverageTest.COV);
        assertEquals(expected, actual);
        assertWellFormed(actual);
    }

    @Test
    void aRuleNoExampleReachesHasNoBranchTaken() {
        String expected = """
                TN:reach
                SF:reach.guide
                BRDA:5,0,0,1
                BRDA:5,0,1,0
                BRDA:6,1,0,1
                BRDA:6,1,1,0
                BRDA:7,2,0,-
                BRDA:7,2,1,-
                BRF:6
                BRH:2
                DA:6,1
                DA:7,0
                LF:2
                LH:1
                end_of_record
                """;
        String actual = lcov(REACH);
        assertEquals(expected, actual);
        assertWellFormed(actual);
    }

    @Test
    void theRealLcovReadsItWhereInstalled(@TempDir Path dir) throws Exception {
        Path tool = Path.of("/usr/bin/lcov");
        Assumptions.assumeTrue(Files.isExecutable(tool), "lcov is not installed");
        Path info = dir.resolve("coverage.info");
        Files.writeString(info, lcov(RuleCoverageTest.COV) + lcov(REACH), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(tool.toString(), "--rc", "lcov_branch_coverage=1", "--summary",
                info.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("lines......: 77.8% (7 of 9 lines)"), output);
        assertTrue(output.contains("branches...: 82.9% (29 of 35 branches)"), output);
    }

    private static final Pattern TN = Pattern.compile("TN:\\w*");
    private static final Pattern SF = Pattern.compile("SF:.+");
    private static final Pattern BRDA = Pattern.compile("BRDA:(\\d+),(\\d+),(\\d+),(-|\\d+)");
    private static final Pattern DA = Pattern.compile("DA:(\\d+),(\\d+)");
    private static final Pattern COUNT = Pattern.compile("(BRF|BRH|LF|LH):(\\d+)");

    /**
     * The format as geninfo(1) documents it: records of {@code TN:<test name>} (letters, digits and
     * underscores), {@code SF:<file>}, then {@code BRDA:<line>,<block>,<branch>,<taken>} ({@code -}
     * when the block was never executed), {@code BRF}/{@code BRH} (branches found and hit),
     * {@code DA:<line>,<count>} (each line once), {@code LF}/{@code LH} (lines found and hit), and
     * {@code end_of_record}; in that order, the totals agreeing with the entries, lines from 1.
     */
    static void assertWellFormed(String tracefile) {
        List<String> lines = tracefile.lines().toList();
        assertTrue(tracefile.endsWith("end_of_record\n"), "a tracefile ends with end_of_record");
        int i = 0;
        while (i < lines.size()) {
            i = record(lines, i);
        }
    }

    private static int record(List<String> lines, int start) {
        int i = start;
        expect(TN, lines, i++);
        expect(SF, lines, i++);
        List<String> taken = new ArrayList<>();
        Set<String> branchIds = new HashSet<>();
        Matcher m;
        while ((m = BRDA.matcher(lines.get(i))).matches()) {
            assertTrue(Integer.parseInt(m.group(1)) >= 1, lines.get(i));
            assertTrue(branchIds.add(m.group(1) + "," + m.group(2) + "," + m.group(3)), "twice: " + lines.get(i));
            taken.add(m.group(4));
            i++;
        }
        assertEquals(taken.size(), count("BRF", lines, i++));
        assertEquals(taken.stream().filter(t -> !t.equals("-") && !t.equals("0")).count(), count("BRH", lines, i++));
        Set<Integer> lineNumbers = new HashSet<>();
        int hit = 0;
        while ((m = DA.matcher(lines.get(i))).matches()) {
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 1 && lineNumbers.add(line), "DA once per line from 1: " + lines.get(i));
            hit += Long.parseLong(m.group(2)) > 0 ? 1 : 0;
            i++;
        }
        assertEquals(lineNumbers.size(), count("LF", lines, i++));
        assertEquals(hit, count("LH", lines, i++));
        assertEquals("end_of_record", lines.get(i++));
        return i;
    }

    private static void expect(Pattern pattern, List<String> lines, int i) {
        if (i >= lines.size() || !pattern.matcher(lines.get(i)).matches()) {
            fail("line " + (i + 1) + " should match " + pattern + ": " + (i < lines.size() ? lines.get(i) : "EOF"));
        }
    }

    private static long count(String field, List<String> lines, int i) {
        Matcher m = COUNT.matcher(lines.get(i));
        assertTrue(m.matches() && m.group(1).equals(field), "line " + (i + 1) + " should be " + field + ": "
                + lines.get(i));
        return Long.parseLong(m.group(2));
    }
}
