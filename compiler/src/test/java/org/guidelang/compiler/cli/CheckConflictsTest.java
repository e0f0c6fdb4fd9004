package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `guidec check` proves the NEN conflict declarations (nen_consistency.guide); with one of the
 * issue-14 content fixes undone in a copy of the guidelines, it reports the conflict the fix
 * removed, with a witness patient and why each guideline answers it so.
 */
class CheckConflictsTest {
    private static final Path NEN = Path.of(System.getProperty("guidelang.repo", ".."))
            .resolve("guidelines/src/main/guide");

    /** The criterion of netlm_classification that keeps a NET G3 from being debulked (issue 14, item 3). */
    private static final String HIGH_GRADE_NET = """
                criterion highGradeNet "High-grade disease: well-differentiated NET G3":
                  who.grade = NET_G3
                  cite mahuron2023 at "section 6, paragraph after the four types",
                       que2022 at "Surgery for liver metastasis, paragraph 1",
                       que2022 at "Surgery for liver metastasis, paragraph 4"
            """;

    private static Path copy(Path into) throws IOException {
        try (Stream<Path> files = Files.list(NEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".guide")).toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        return into;
    }

    @Test
    void theNenDeclarationsAreProvenWithoutAWord() {
        CliRun run = CliRun.of("check", NEN.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.all().endsWith("files checked: no problems\n"), run.all());
    }

    @Test
    void undoingTheNetG3FixReportsTheConflictWithAWitness(@TempDir Path dir) throws IOException {
        Path folder = copy(dir);
        Path netlm = folder.resolve("netlm_classification.guide");
        String text = Files.readString(netlm, StandardCharsets.UTF_8);
        assertTrue(text.contains(HIGH_GRADE_NET), "netlm_classification no longer reads as this test expects");
        Files.writeString(netlm, text.replace(HIGH_GRADE_NET, ""), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", folder.toString());
        assertEquals(1, run.exitCode(), run.all());
        // A NET G3 patient debulked: what the declarations about debulking and liver surgery exclude.
        List<String> reached = run.all().lines().filter(l -> l.contains(": error: "))
                .map(l -> l.replaceAll(".*conflict `(\\w+)` is reached.*", "$1")).toList();
        assertEquals(List.of("debulkingWhereGradeExcludesSurgery", "debulkingWithoutLiverSurgery",
                "synchronousPrimaryResectionWithoutLiverSurgery", "cholecystectomyWithoutLiverSurgery"), reached,
                run.all());
        String first = run.all().substring(run.all().indexOf("nen_consistency.guide:"));
        first = first.substring(0, first.indexOf("\n/") + 1); // up to the next diagnostic
        assertTrue(first.matches("(?s)nen_consistency\\.guide:\\d+:12: error: conflict `debulkingWhereGradeExcludesSurgery` "
                + "is reached: a patient gets netlm\\.hepaticCytoreduction = (RECOMMENDED|PALLIATIVE_ONLY) and "
                + "resection\\.gradeAllowsLiverSurgery = GRADE_EXCLUDES_SURGERY \\[GL710\\]\n.*"), first);
        String witness = first.lines().filter(l -> l.startsWith("    patient: ")).findFirst().orElseThrow();
        assertTrue(witness.contains("differentiation = WELL") && witness.contains("extrahepaticMetastases = false"),
                witness);
        assertTrue(first.contains("""
                    resection.gradeAllowsLiverSurgery = GRADE_EXCLUDES_SURGERY (liver_metastasis_resection)
                      held rule 1: who.grade in {NET_G3, NEC_G3} → GRADE_EXCLUDES_SURGERY
                        with who.grade = NET_G3
                """), first);
        assertTrue(first.contains("(netlm_classification)\n      held rule "), first);
        // The declarations about transplantation and the NCCN gate do not depend on the criterion.
        assertTrue(run.all().endsWith("files checked: 4 errors, 0 warnings\n"), run.all());
    }
}
