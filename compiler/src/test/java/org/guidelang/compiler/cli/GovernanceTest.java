package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.Approval;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approvals and review dates (language.md §3) through every command that reads them: check
 * with today's date given, fmt, diff, and the site and Javadoc of build, which show the dates
 * and never whether they have passed.
 */
class GovernanceTest {
    private static final String GUIDELINE = """
            guideline governed version 1.0.0 {
              title "Ki-67 band"
              status active
              updated 2026-03-01
              approved "GEP-NEN guideline committee" role "guideline committee" on 2026-03-02
              approved "J. Jansen" role "chair, pathology" on 2026-03-04
              review by 2027-03-01
              input ki67 : percent in [0, 100]
              table band : code { LOW, HIGH } hit first {
                when ki67 < 20% -> LOW
                otherwise -> HIGH
              }
              example "low" {
                given ki67 = 3%
                expect band = LOW
              }
            }
            """;

    private static Compilation compile(String text, LocalDate today) {
        return GuideCompiler.compile(List.of(new SourceFile("governed.guide", text)), new Diagnostics(), today);
    }

    private static List<DiagnosticCode> codes(Compilation compilation) {
        return compilation.diagnostics().stream().map(d -> d.code()).toList();
    }

    @Test
    void theCheckedGuidelineCarriesItsApprovalsInOrderAndItsReviewDate() {
        CheckedGuideline g = compile(GUIDELINE, null).guideline("governed").orElseThrow();
        assertEquals(List.of(
                new Approval("GEP-NEN guideline committee", "guideline committee", LocalDate.of(2026, 3, 2)),
                new Approval("J. Jansen", "chair, pathology", LocalDate.of(2026, 3, 4))), g.approvals());
        assertEquals(LocalDate.of(2027, 3, 1), g.nextReview());
    }

    @Test
    void overdueOnlyAfterTheReviewDateAndNeverWithoutADate() {
        assertEquals(List.of(), codes(compile(GUIDELINE, LocalDate.of(2027, 3, 1))), "due on the day, not overdue");
        assertEquals(List.of(DiagnosticCode.REVIEW_OVERDUE), codes(compile(GUIDELINE, LocalDate.of(2027, 3, 2))));
        assertEquals(List.of(), codes(compile(GUIDELINE, null)), "without today's date the calendar is not read");
        String retired = GUIDELINE.replace("status active", "status retired");
        assertEquals(List.of(), codes(compile(retired, LocalDate.of(2030, 1, 1))), "a retired guideline is not reviewed");
    }

    @Test
    void activeNeedsAnApprovalAndADraftDoesNot() {
        String unapproved = GUIDELINE.lines().filter(l -> !l.contains("approved")).reduce("", (a, l) -> a + l + "\n");
        assertEquals(List.of(DiagnosticCode.ACTIVE_WITHOUT_APPROVAL), codes(compile(unapproved, null)));
        assertTrue(compile(unapproved, null).guidelines().isEmpty(), "an error: no checked guideline");
        assertEquals(List.of(), codes(compile(unapproved.replace("status active", "status draft"), null)));
    }

    @Test
    void aSecondReviewDateIsADuplicateHeader() {
        String twice = GUIDELINE.replace("review by 2027-03-01", "review by 2027-03-01\n  review by 2028-03-01");
        assertEquals(List.of(DiagnosticCode.DUPLICATE_HEADER), codes(compile(twice, null)));
    }

    @Test
    void governanceWordsStayUsableAsNames() {
        String names = GUIDELINE.replace("ki67", "review").replace("LOW, HIGH", "on, by");
        names = names.replace("-> LOW", "-> on").replace("-> HIGH", "-> by").replace("band = LOW", "band = on");
        assertEquals(List.of(), codes(compile(names, null)));
    }

    @Test
    void checkComparesWithTodayOrTheGivenDate(@TempDir Path dir) throws IOException {
        Path file = write(dir, "governed.guide", GUIDELINE);
        CliRun due = CliRun.of("check", file.toString(), "--today", "2027-03-02");
        assertEquals(0, due.exitCode(), due.all());
        assertTrue(due.out().contains("warning: guideline `governed` was due for review by 2027-03-01 [GL433]"),
                due.all());
        CliRun early = CliRun.of("check", file.toString(), "--today", "2026-12-31");
        assertTrue(early.out().endsWith("1 file checked: no problems\n"), early.all());
        CliRun bad = CliRun.of("check", file.toString(), "--today", "31-12-2026");
        assertEquals(Guidec.USAGE, bad.exitCode(), bad.all());
        assertTrue(bad.err().contains("--today"), bad.all());
    }

    /** A malformed --today once printed Java's DateTimeParseException; now the value and how to write it. */
    @Test
    void aMalformedTodayIsToldInTheGuidelinesWords(@TempDir Path dir) throws IOException {
        Path file = write(dir, "governed.guide", GUIDELINE);
        for (String date : List.of("2026-13-01", "2026-02-30")) {
            CliRun run = CliRun.of("check", file.toString(), "--today", date);
            assertEquals(Guidec.USAGE, run.exitCode(), run.all());
            assertTrue(run.err().startsWith("Invalid value for option '--today': `" + date + "` is no day of the "
                    + "calendar (the month has no such day, or there is no such month); write it YYYY-MM-DD, such as "
                    + "2027-03-01\n"), run.all());
        }
        for (String date : List.of("yesterday", "", "20260101", "2026-1-1", "+999999999-01-01", "2026-01-01 ",
                "2026-01-01\u001b[2J")) {
            CliRun run = CliRun.of("check", file.toString(), "--today", date);
            assertEquals(Guidec.USAGE, run.exitCode(), run.all());
            assertTrue(run.err().startsWith("Invalid value for option '--today': `"), run.all());
            assertTrue(run.err().contains("` is not a date; write it YYYY-MM-DD, such as 2027-03-01\n"), run.all());
            assertFalse(run.err().contains("Exception") || run.err().contains("\u001b"), run.all());
        }
    }

    @Test
    void fmtLaysTheClausesOutOnALineEachAndKeepsThem(@TempDir Path dir) throws IOException {
        String messy = GUIDELINE.replace("approved \"J. Jansen\" role", "approved   \"J. Jansen\"\n    role")
                .replace("review by", "review   by");
        Path file = write(dir, "governed.guide", messy);
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(0, run.exitCode(), run.all());
        String formatted = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(formatted.contains("\n  approved \"J. Jansen\" role \"chair, pathology\" on 2026-03-04\n"
                + "  review by 2027-03-01\n\n  input ki67"), formatted);
        assertEquals(0, CliRun.of("fmt", "--check", file.toString()).exitCode(), "formatting again changes nothing");
    }

    @Test
    void diffReportsApprovalsAndTheReviewDateAsPatchChanges(@TempDir Path dir) throws IOException {
        Path old = write(dir, "old.guide", GUIDELINE);
        String changed = GUIDELINE.replace("version 1.0.0", "version 1.0.1")
                .replace("  approved \"J. Jansen\" role \"chair, pathology\" on 2026-03-04\n", "")
                .replace("on 2026-03-02", "on 2026-03-03")
                .replace("review by 2027-03-01", "approved \"A. Arts\" role \"surgeon\" on 2026-03-05\n"
                        + "  review by 2028-03-01");
        Path now = write(dir, "now.guide", changed);
        CliRun run = CliRun.of("diff", old.toString(), now.toString());
        assertEquals(1, run.exitCode(), "1: the versions differ; " + run.all());
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("patch  removed approval \"J. Jansen\" (chair, pathology): on 2026-03-04"), run.out());
        assertTrue(lines.contains("patch  added approval \"A. Arts\" (surgeon): on 2026-03-05"), run.out());
        assertTrue(lines.contains(
                "patch  approval \"GEP-NEN guideline committee\" (guideline committee) date: 2026-03-02 → 2026-03-03"),
                run.out());
        assertTrue(lines.contains("patch  review date: 2027-03-01 → 2028-03-01"), run.out());
        assertFalse(run.out().contains("warning"), "a patch release is what these changes call for: " + run.out());
    }

    @Test
    void siteAndJavadocShowTheDatesAndNeverOverdue(@TempDir Path dir) throws IOException {
        // Past its review date on any day this test runs: the output must not say so.
        String overdue = GUIDELINE.replace("review by 2027-03-01", "review by 2026-03-05");
        Path file = write(dir, "governed.guide", overdue);
        CliRun run = CliRun.of("build", file.toString(), "--html", dir.resolve("site").toString(), "--java",
                dir.resolve("java").toString());
        assertEquals(0, run.exitCode(), run.all());
        String page;
        try (Stream<Path> pages = Files.walk(dir.resolve("site"))) {
            Path governed = pages.filter(p -> p.getFileName().toString().equals("governed.html")).findFirst()
                    .orElseThrow();
            page = Files.readString(governed, StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("<dt>Approved</dt><dd>J. Jansen (chair, pathology), "
                + "<time datetime=\"2026-03-04\">2026-03-04</time></dd>"), page);
        assertTrue(page.contains("<dt>Next review</dt><dd>by <time datetime=\"2026-03-05\">2026-03-05</time></dd>"),
                page);
        String javaSource;
        try (Stream<Path> sources = Files.walk(dir.resolve("java"))) {
            javaSource = Files.readString(sources.filter(p -> p.toString().endsWith("Governed.java")).findFirst()
                    .orElseThrow(), StandardCharsets.UTF_8);
        }
        assertTrue(javaSource.contains(" * <p>Approved by GEP-NEN guideline committee (guideline committee) on "
                + "2026-03-02. Approved by J. Jansen (chair, pathology) on 2026-03-04. Next review by 2026-03-05.\n"),
                javaSource);
        for (String output : List.of(page, javaSource)) {
            assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("overdue"), output);
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
