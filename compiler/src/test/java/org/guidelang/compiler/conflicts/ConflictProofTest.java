package org.guidelang.compiler.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.DiagnosticRenderer;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/**
 * The proof of {@code conflict} declarations: reached with a witness the interpreter confirms,
 * proven absent, or beyond exactness with the reason; and the NEN declarations, all proven absent
 * within the budget.
 */
class ConflictProofTest {
    private static final Path NEN = Path.of(System.getProperty("guidelang.repo", ".."))
            .resolve("guidelines/src/main/guide");

    /** Two small guidelines, {@code grading} and {@code surgery}, and {@code consistency}, which imports both. */
    private static final String GRADING = """
            guideline grading version 1.0.0 {
              title "Grading"
              source s "a source"
              input differentiation : code { WELL, POOR }
              input ki67 : percent in [0, 100]
              table grade : code { G1, G2, G3 } hit first {
                when differentiation = POOR or ki67 > 20% -> G3
                when ki67 >= 3% -> G2
                otherwise -> G1
              } cite s
            }
            """;

    private static String surgery(String debulkingRule) {
        return """
                guideline surgery version 1.0.0 {
                  title "Surgery"
                  source s "a source"
                  import grading as who
                  input fit : boolean
                  input debulking : percent in [0, 100]
                  table liverSurgery : code { SURGERY, NO_SURGERY } hit first {
                    when who.grade = G3 -> NO_SURGERY
                    when not fit -> NO_SURGERY
                    otherwise -> SURGERY
                  } cite s
                  recommend debulk "Debulk the liver." when %s cite s
                }
                """.formatted(debulkingRule);
    }

    private static String consistency(String condition) {
        return """
                guideline consistency version 1.0.0 {
                  title "Consistency"
                  source s "a source"
                  import grading as who
                  import surgery
                  conflict debulkingWithoutSurgery "Debulking is liver surgery." :
                    %s
                    cite s at "p. 1"
                }
                """.formatted(condition);
    }

    private static Compilation compile(String... texts) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new SourceFile("g" + i + ".guide", texts[i]));
        }
        return GuideCompiler.compile(files);
    }

    private static List<Diagnostic> conflictDiagnostics(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.CONFLICT_REACHED
                        || d.code() == DiagnosticCode.CONFLICT_BEYOND_EXACTNESS)
                .toList();
    }

    private static ConflictVerdict onlyVerdict(Compilation compilation) {
        CheckedGuideline consistency = compilation.guideline("consistency").orElseThrow(
                () -> new AssertionError(compilation.diagnostics().stream().map(DiagnosticRenderer::render).toList()));
        List<ConflictVerdict> verdicts = ConflictAnalysis.prove(compilation.analysis(consistency.id()),
                compilation::analysis);
        assertEquals(1, verdicts.size());
        return verdicts.get(0);
    }

    @Test
    void aReachedConflictGivesAWitnessThatTheInterpreterConfirms() {
        Compilation compilation = compile(GRADING, surgery("debulking > 70%"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        ConflictVerdict.Reached reached = assertInstanceOf(ConflictVerdict.Reached.class, onlyVerdict(compilation));
        Map<String, Object> patient = reached.patient();
        assertEquals(List.of("differentiation", "ki67", "fit", "debulking"), List.copyOf(patient.keySet()));
        assertTrue((Double) patient.get("debulking") > 70, patient.toString());
        assertTrue(patient.get("fit").equals(false) || patient.get("differentiation").equals("POOR")
                || (Double) patient.get("ki67") > 20, patient.toString());
        CheckedGuideline consistency = compilation.guideline("consistency").orElseThrow();
        Conflict conflict = consistency.conflicts().get(0);
        OutcomeResult again = new Interpreter(compilation.analysis("consistency"))
                .condition(conflict.name(), conflict.condition(), patient);
        assertEquals(true, again.value());
        assertEquals(List.of("surgery.debulk", "surgery.liverSurgery"),
                reached.answers().stream().map(ConflictVerdict.Answer::outcome).toList());
        assertEquals(List.of(true, "NO_SURGERY"), reached.answers().stream().map(ConflictVerdict.Answer::value).toList());
        assertFalse(reached.answers().get(1).steps().isEmpty());

        Diagnostic diagnostic = conflictDiagnostics(compilation).get(0);
        assertEquals(DiagnosticCode.CONFLICT_REACHED, diagnostic.code());
        assertTrue(diagnostic.isError());
        String rendered = DiagnosticRenderer.render(diagnostic);
        assertTrue(rendered.startsWith("g2.guide:6:12: error: conflict `debulkingWithoutSurgery` is reached: a patient "
                + "gets surgery.debulk = true and surgery.liverSurgery = NO_SURGERY [GL710]"), rendered);
        assertTrue(rendered.contains("    patient: differentiation = "), rendered);
        assertTrue(rendered.contains("    surgery.liverSurgery = NO_SURGERY (surgery)\n      held rule "), rendered);
    }

    @Test
    void aConflictNoPatientReachesGivesNothing() {
        Compilation compilation = compile(GRADING,
                surgery("debulking > 70% and fit and who.grade in {G1, G2}"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        assertInstanceOf(ConflictVerdict.Absent.class, onlyVerdict(compilation));
        assertEquals(List.of(), compilation.diagnostics());
    }

    @Test
    void anInputReadInArithmeticIsBeyondExactnessAndTheWarningSaysWhy() {
        // debulking * 2 has no cells: whether it exceeds 140% cannot be split into cases.
        Compilation compilation = compile(GRADING,
                surgery("debulking * 2 > 140% and fit and who.grade in {G1, G2}"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        // Absent: wherever debulk is undecided, liverSurgery is SURGERY already.
        assertInstanceOf(ConflictVerdict.Absent.class, onlyVerdict(compilation));

        Compilation blocked = compile(GRADING, surgery("debulking * 2 > 140%"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        ConflictVerdict.Beyond beyond = assertInstanceOf(ConflictVerdict.Beyond.class, onlyVerdict(blocked));
        assertTrue(beyond.reason().contains(": what decides it there, debulking, is read in arithmetic or compared with another input"),
                beyond.reason());
        Diagnostic warning = conflictDiagnostics(blocked).get(0);
        assertEquals(DiagnosticCode.CONFLICT_BEYOND_EXACTNESS, warning.code());
        assertFalse(warning.isError());
    }

    /** {@link #surgery} with a constraint between inputs inserted before its table. */
    private static String constrainedSurgery(String debulkingRule, String constraint) {
        return surgery(debulkingRule).replace("  table liverSurgery", "  constraint debulkedFit \"Only some patients "
                + "have more than 70% debulked.\" : " + constraint + " cite s\n  table liverSurgery");
    }

    @Test
    void patientsThatBreakAConstraintWitnessNothing() {
        // Reached without constraints (see above); a constraint of an imported guideline that
        // keeps more than 70% debulking for fit patients with a low grade leaves no witness.
        Compilation absent = compile(GRADING, constrainedSurgery("debulking > 70%",
                        "debulking <= 70% or fit and differentiation = WELL and ki67 <= 20%"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        assertEquals(List.of(), conflictDiagnostics(absent));
        assertInstanceOf(ConflictVerdict.Absent.class, onlyVerdict(absent));

        // Keeping it for fit patients only: the witness is fit, so high grade, and satisfies the constraint.
        Compilation reached = compile(GRADING, constrainedSurgery("debulking > 70%", "debulking <= 70% or fit"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        ConflictVerdict.Reached verdict = assertInstanceOf(ConflictVerdict.Reached.class, onlyVerdict(reached));
        Map<String, Object> patient = verdict.patient();
        assertEquals(true, patient.get("fit"), patient.toString());
        assertTrue(patient.get("differentiation").equals("POOR") || (Double) patient.get("ki67") > 20, patient.toString());
        assertEquals(List.of(), Interpreter.constraintErrors(reached.guideline("consistency").orElseThrow(), patient));
    }

    @Test
    void anExhaustedBudgetIsBeyondExactness() {
        Compilation compilation = compile(GRADING, surgery("debulking > 70% and fit and who.grade in {G1, G2}"),
                consistency("surgery.debulk and surgery.liverSurgery = NO_SURGERY"));
        ConflictVerdict verdict = ConflictAnalysis.prove(compilation.analysis("consistency"), compilation::analysis, 2)
                .get(0);
        ConflictVerdict.Beyond beyond = assertInstanceOf(ConflictVerdict.Beyond.class, verdict);
        assertTrue(beyond.reason().startsWith("the proof stopped after 2 evaluations"), beyond.reason());
    }

    @Test
    void isMissingIsReadAsACompletePatientReadsIt() {
        // For the record with `fit` missing, `fit is missing` holds; no complete patient has it missing,
        // so the conflict below is absent, and a proof that read the record as it is would find it.
        String surgery = """
                guideline surgery version 1.0.0 {
                  title "Surgery"
                  source s "a source"
                  import grading as who
                  input fit : boolean
                  recommend debulk "Debulk the liver." when fit is missing cite s
                }
                """;
        Compilation compilation = compile(GRADING, surgery, consistency("surgery.debulk"));
        assertInstanceOf(ConflictVerdict.Absent.class, onlyVerdict(compilation));
    }

    @Test
    void theNenDeclarationsAreAllProvenAbsent() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(NEN)) {
            for (Path path : listing.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                files.add(new SourceFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        Compilation compilation = GuideCompiler.compile(files);
        CheckedGuideline consistency = compilation.guideline("nen_consistency").orElseThrow();
        assertTrue(consistency.conflicts().size() >= 18, "declared: " + consistency.conflicts().size());
        int most = 0;
        for (ConflictVerdict verdict : ConflictAnalysis.prove(compilation.analysis(consistency.id()),
                compilation::analysis)) {
            assertInstanceOf(ConflictVerdict.Absent.class, verdict, verdict.toString());
            System.out.println(verdict.conflict().name() + ": " + verdict.evaluations() + " evaluations");
            most = Math.max(most, verdict.evaluations());
        }
        assertTrue(most < ConflictProof.BUDGET / 4, "the budget leaves too little room: " + most);
    }
}
