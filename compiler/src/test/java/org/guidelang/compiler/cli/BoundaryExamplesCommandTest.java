package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code guidec examples --boundary}: the values proposed at each threshold, and proposals that
 * check and pass once pasted into the guideline they were made for.
 */
class BoundaryExamplesCommandTest {
    private static final Path NEN = Path.of("../guidelines/src/main/guide");

    private static final String BANDS = """
            guideline bands version 1.0.0 {
              title "Bands"
              input ki67 : percent in [0, 100] "Ki-67 index"
              input mitoses : count in [0, *) "Mitotic count"
              input stableMonths : months in [0, *) "Stable disease"
              param stableLimit = 1 year cite src
              source src "A source"
              table band : code { LOW, MID, HIGH } hit first {
                when ki67 > 20% or mitoses > 20 -> HIGH cite src
                when ki67 >= 3% or mitoses >= 2 -> MID cite src
                otherwise -> LOW cite src
              }
              recommend followUp "Follow up" when stableMonths < stableLimit and ki67 in [0%, 2.5%] cite src
              example "mid" {
                given ki67 = 2.5%, mitoses = 2
                expect band = MID
              }
            }
            """;

    @Test
    void proposesEachThresholdAndAHairEitherSideWithTodaysOutcomes(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("bands.guide"), BANDS);
        CliRun run = CliRun.of("examples", "--boundary", file.toString());
        assertEquals(0, run.exitCode(), run.all());
        List<String> titles = run.out().lines().filter(l -> l.startsWith("  example ")).toList();
        assertEquals(List.of(
                // ki67 has one decimal in the guideline (2.5): the hair is 0.1; the example's mitoses = 2 stay.
                "  example \"boundary of ki67 > 20%: ki67 = 19.9%\" {",
                "  example \"boundary of ki67 > 20%: ki67 = 20%\" {",
                "  example \"boundary of ki67 > 20%: ki67 = 20.1%\" {",
                // mitoses are counts: whole numbers either side.
                "  example \"boundary of mitoses > 20: mitoses = 19\" {",
                "  example \"boundary of mitoses > 20: mitoses = 20\" {",
                "  example \"boundary of mitoses > 20: mitoses = 21\" {",
                "  example \"boundary of ki67 >= 3%: ki67 = 2.9%\" {",
                "  example \"boundary of ki67 >= 3%: ki67 = 3%\" {",
                "  example \"boundary of ki67 >= 3%: ki67 = 3.1%\" {",
                // mitoses = 2 with ki67 = 2.5% is the existing example: left out.
                "  example \"boundary of mitoses >= 2: mitoses = 1\" {",
                "  example \"boundary of mitoses >= 2: mitoses = 3\" {",
                // 1 year is 12 months; no example gives stableMonths, so it is the only input given.
                "  example \"boundary of stableMonths < stableLimit: stableMonths = 11.9 months\" {",
                "  example \"boundary of stableMonths < stableLimit: stableMonths = 12 months\" {",
                "  example \"boundary of stableMonths < stableLimit: stableMonths = 12.1 months\" {",
                // -0.1% is outside [0, 100]; 2.5% with mitoses 2 is the existing example.
                "  example \"boundary of ki67 in [0%, 2.5%]: ki67 = 0%\" {",
                "  example \"boundary of ki67 in [0%, 2.5%]: ki67 = 0.1%\" {",
                "  example \"boundary of ki67 in [0%, 2.5%]: ki67 = 2.4%\" {",
                "  example \"boundary of ki67 in [0%, 2.5%]: ki67 = 2.6%\" {"), titles);
        assertTrue(run.out().contains("""
                  example "boundary of ki67 > 20%: ki67 = 20%" {
                    given ki67 = 20%, mitoses = 2
                    expect band = MID
                    expect followUp = false
                  }
                """), run.out());
        assertTrue(run.out().contains("""
                  example "boundary of stableMonths < stableLimit: stableMonths = 11.9 months" {
                    given stableMonths = 11.9 months
                    expect followUp is undetermined missing {ki67}
                  }
                """), run.out());
        assertTrue(run.out().startsWith("  // 18 boundary examples for bands 1.0.0"), run.out());
        assertEquals(run.out(), CliRun.of("examples", "--boundary", file.toString()).out(), "deterministic");
    }

    @Test
    void theBandsProposalsCheckCleanAndPassOncePasted(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("bands.guide"), BANDS);
        assertEquals(18, pasteAndVerify(dir, file, "bands"));
    }

    @Test
    void aThresholdWithManyDecimalsIsProposedAsWrittenWithAHairInItsLastPlace(@TempDir Path dir) throws IOException {
        // The threshold was rounded to 3 decimals (3%) and the hair to 0.1: no proposal was on it.
        Path file = write(dir.resolve("precise.guide"), """
                guideline precise version 1.0.0 {
                  title "Precise"
                  input ki67 : percent in [0, 100] "Ki-67 index"
                  source src "A source"
                  recommend grade2 "Grade 2" when ki67 >= 2.999999999999% cite src
                }
                """);
        CliRun run = CliRun.of("examples", "--boundary", file.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(List.of(
                "  example \"boundary of ki67 >= 2.999999999999%: ki67 = 2.999999999998%\" {",
                "    expect grade2 = false",
                "  example \"boundary of ki67 >= 2.999999999999%: ki67 = 2.999999999999%\" {",
                "    expect grade2 = true",
                "  example \"boundary of ki67 >= 2.999999999999%: ki67 = 3%\" {",
                "    expect grade2 = true"),
                run.out().lines().filter(l -> l.startsWith("  example ") || l.startsWith("    expect ")).toList());
        assertEquals(3, pasteAndVerify(dir, file, "precise"));
    }

    @Test
    void hugeThresholdsProposeEveryPointAPatientCanHaveAndSayWhichNone(@TempDir Path dir) throws IOException {
        // A hair either side of 10^300 is 10^300 again as a double: the three collapsed into one
        // patient, proposed once as "below" (with on and above silently dropped as its repeats).
        String tenTo300 = "1" + "0".repeat(300);
        String largestDouble = "17976931348623157" + "0".repeat(292); // Double.MAX_VALUE, every digit
        Path file = write(dir.resolve("huge.guide"), """
                guideline huge version 1.0.0 {
                  title "Huge"
                  input ki67 : percent in [0, 100] "Ki-67 index"
                  input size : cm in [0, *) "Size"
                  input depth : mm in [0, *) "Depth"
                  source src "A source"
                  recommend tiny "Tiny" when ki67 >= 2.99999999999999999% cite src
                  recommend large "Large" when size > TEN_TO_300 cm cite src
                  recommend deep "Deep" when depth > LARGEST mm cite src
                }
                """.replace("TEN_TO_300", tenTo300).replace("LARGEST", largestDouble));
        CliRun run = CliRun.of("examples", "--boundary", file.toString());
        assertEquals(0, run.exitCode(), run.all());
        String size = "boundary of size > " + tenTo300 + " cm: ";
        String depth = "boundary of depth > " + largestDouble + " mm: ";
        assertEquals(List.of(
                // 2.99999999999999999 is read as 3: the nearest a patient can be below is the double before 3.
                "  example \"boundary of ki67 >= 2.99999999999999999%: ki67 = 2.9999999999999996%\" {",
                "  // boundary of ki67 >= 2.99999999999999999%: no example at ki67 = 2.99999999999999999%: a patient's "
                        + "value cannot be exactly that (a number keeps about 15 significant digits; this one reads as 3%)",
                "  example \"boundary of ki67 >= 2.99999999999999999%: ki67 = 3%\" {",
                // Either side of 10^300, the doubles next to it.
                "  example \"" + size + "size = 9999999999999999" + "0".repeat(284) + " cm\" {",
                "  example \"" + size + "size = " + tenTo300 + " cm\" {",
                "  example \"" + size + "size = 10000000000000002" + "0".repeat(284) + " cm\" {",
                "  example \"" + depth + "depth = 17976931348623155" + "0".repeat(292) + " mm\" {",
                "  example \"" + depth + "depth = " + largestDouble + " mm\" {",
                "  // " + depth + "no example above depth = " + largestDouble + " mm: a patient's value cannot be there "
                        + "(numbers go up to about 1.8 × 10^308 either way)"),
                run.out().lines().filter(l -> l.startsWith("  example ") || l.startsWith("  // boundary")).toList());
        assertTrue(run.out().contains("    expect large = true\n"), run.out());
        assertTrue(run.out().startsWith("  // 7 boundary examples for huge 1.0.0"), run.out());
        assertEquals(7, pasteAndVerify(dir, file, "huge"));
    }

    /** Whether each NEN guideline compares an input of its own outcomes with a number (the others read outcomes and codes). */
    @ParameterizedTest
    @CsvSource({"who_grading, true", "milan_nen, true", "netlm_classification, true", "hg_surgery_selection, true",
        "liver_metastasis_resection, false", "locally_advanced_pnen, false", "primary_tumour_resection, false",
        "neoadjuvant_prrt_conversion, true", "liver_transplantation, false", "nen_consistency, false"})
    void eachNenGuidelinesProposalsCheckCleanAndPassOncePasted(String id, boolean thresholds, @TempDir Path dir)
            throws IOException {
        try (Stream<Path> files = Files.list(NEN)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".guide")).toList()) {
                Files.copy(source, dir.resolve(source.getFileName()));
            }
        }
        long added = pasteAndVerify(dir, dir.resolve(id + ".guide"), id);
        assertEquals(thresholds, added > 0, id + ": " + added + " proposals");
    }

    /** Pastes the proposals before the guideline's closing brace; check then reports nothing new and test passes. */
    private static long pasteAndVerify(Path dir, Path file, String id) throws IOException {
        assertEquals(0, CliRun.of("fmt", file.toString()).exitCode(), "the guideline in its canonical layout first");
        CliRun before = CliRun.of("check", dir.toString(), "--today", "2026-12-03");
        CliRun proposed = CliRun.of("examples", "--boundary", dir.toString(), "--guideline", id);
        assertEquals(0, proposed.exitCode(), proposed.all());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int close = text.lastIndexOf('}');
        Files.writeString(file, text.substring(0, close) + "\n" + proposed.out() + text.substring(close),
                StandardCharsets.UTF_8);
        CliRun after = CliRun.of("check", dir.toString(), "--today", "2026-12-03");
        assertEquals(before.out(), after.out(), "pasting adds no diagnostic:\n" + proposed.out());
        CliRun test = CliRun.of("test", dir.toString());
        assertEquals(0, test.exitCode(), test.all());
        assertFalse(test.out().contains("FAIL"), test.out());
        long added = proposed.out().lines().filter(l -> l.startsWith("  example ")).count();
        CliRun formatted = CliRun.of("fmt", "--check", file.toString());
        assertEquals(0, formatted.exitCode(), "pasted as the formatter lays it out: " + formatted.all());
        return added;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
