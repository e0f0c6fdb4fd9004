package org.guidelang.compiler.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.diagnostics.Diagnostic;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.ValueUnits;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.Unit;
import org.guidelang.runtime.ValueText;

/**
 * The conflict analysis of a checked guideline: proves each of its {@code conflict} declarations
 * (see {@link ConflictProof}) and reports a conflict reached as an error with the witness patient
 * and why each guideline answers it so, and one the proof cannot decide as a warning that says
 * why. A conflict proven absent gives nothing.
 */
public final class ConflictAnalysis {
    private ConflictAnalysis() {}

    /**
     * Proves the conflicts that the analysed guideline declares and reports what needs a
     * committee's attention; {@code analyses} gives the analysis of each guideline it imports.
     */
    public static void report(GuidelineAnalysis analysis, Function<String, GuidelineAnalysis> analyses,
            Diagnostics diagnostics) {
        for (ConflictVerdict verdict : prove(analysis, analyses)) {
            diagnostic(analysis.guideline(), verdict).ifPresent(diagnostics::add);
        }
    }

    /** The verdicts on the analysed guideline's conflicts, in the order declared. */
    public static List<ConflictVerdict> prove(GuidelineAnalysis analysis, Function<String, GuidelineAnalysis> analyses) {
        return prove(analysis, analyses, ConflictProof.BUDGET);
    }

    static List<ConflictVerdict> prove(GuidelineAnalysis analysis, Function<String, GuidelineAnalysis> analyses,
            int budget) {
        List<ConflictVerdict> verdicts = new ArrayList<>();
        for (Supplier<ConflictVerdict> proof : proofs(analysis, analyses, budget)) {
            verdicts.add(proof.get());
        }
        return verdicts;
    }

    /**
     * The proofs of the analysed guideline's conflicts, in the order declared, each giving the
     * diagnostic {@link #report} would add for it: independent of each other, so a caller may run
     * them on several threads.
     */
    public static List<Supplier<Optional<Diagnostic>>> reports(GuidelineAnalysis analysis,
            Function<String, GuidelineAnalysis> analyses) {
        List<Supplier<Optional<Diagnostic>>> reports = new ArrayList<>();
        for (Supplier<ConflictVerdict> proof : proofs(analysis, analyses, ConflictProof.BUDGET)) {
            reports.add(() -> diagnostic(analysis.guideline(), proof.get()));
        }
        return reports;
    }

    private static List<Supplier<ConflictVerdict>> proofs(GuidelineAnalysis analysis,
            Function<String, GuidelineAnalysis> analyses, int budget) {
        CheckedGuideline guideline = analysis.guideline();
        if (guideline.conflicts().isEmpty()) {
            return List.of();
        }
        // One interpreter per guideline of the closure, shared by the proofs (an interpreter keeps its
        // cells, and is thread-safe).
        Map<String, Interpreter> interpreters = new ConcurrentHashMap<>();
        Function<String, Interpreter> byId = id -> interpreters.computeIfAbsent(id,
                g -> new Interpreter(g.equals(guideline.id()) ? analysis : analyses.apply(g)));
        Completions cells = ConflictProof.cells(guideline); // computed once: they depend on the inputs alone
        List<Supplier<ConflictVerdict>> proofs = new ArrayList<>();
        for (Conflict conflict : guideline.conflicts()) {
            proofs.add(() -> ConflictProof.prove(byId, guideline.id(), conflict, cells, budget));
        }
        return proofs;
    }

    static Optional<Diagnostic> diagnostic(CheckedGuideline guideline, ConflictVerdict verdict) {
        Conflict conflict = verdict.conflict();
        if (verdict instanceof ConflictVerdict.Reached reached) {
            DiagnosticCode code = DiagnosticCode.CONFLICT_REACHED;
            return Optional.of(new Diagnostic(code, code.severity(), conflict.nameSpan(),
                    code.format(conflict.name(), "a patient gets " + answers(reached)), witness(guideline, reached)));
        }
        if (verdict instanceof ConflictVerdict.Beyond beyond) {
            DiagnosticCode code = DiagnosticCode.CONFLICT_BEYOND_EXACTNESS;
            return Optional.of(new Diagnostic(code, code.severity(), conflict.nameSpan(),
                    code.format(conflict.name(), beyond.reason()),
                    "check the combination with examples, or write the outcomes it reads as comparisons of one "
                            + "input with constants or parameters"));
        }
        return Optional.empty();
    }

    /** {@code netlm.hepaticCytoreduction = RECOMMENDED and lmr.liverMetastasisSurgery = NO_SURGERY}. */
    private static String answers(ConflictVerdict.Reached reached) {
        List<String> parts = new ArrayList<>();
        for (ConflictVerdict.Answer answer : reached.answers()) {
            parts.add(answer.outcome() + " = " + ValueText.of(answer.value(), Unit.NONE));
        }
        return String.join(" and ", parts);
    }

    /** The hint: what to do, the patient, and the steps that decided each outcome, a line each. */
    private static String witness(CheckedGuideline guideline, ConflictVerdict.Reached reached) {
        Function<String, Unit> units = ValueUnits.of(guideline);
        StringBuilder out = new StringBuilder("make the guidelines agree for this patient, or correct the "
                + "declaration; the patient, and why each guideline answers so:");
        out.append("\n    patient: ").append(ValueText.of(reached.patient(), units));
        for (ConflictVerdict.Answer answer : reached.answers()) {
            out.append("\n    ").append(answer.outcome()).append(" = ").append(ValueText.of(answer.value(), Unit.NONE))
                    .append(" (").append(answer.guideline()).append(')');
            for (ExplanationStep step : answer.steps()) {
                out.append("\n      ").append(status(step)).append(' ').append(step.element()).append(": ")
                        .append(oneLine(step.text()));
                if (!step.values().isEmpty()) {
                    out.append("\n        with ").append(step.valueText());
                }
            }
        }
        return out.toString();
    }

    private static String status(ExplanationStep step) {
        return switch (step.status()) {
            case HELD -> "held";
            case FAILED -> "failed";
            case UNKNOWN -> "unknown";
            case SKIPPED -> "skipped";
        };
    }

    /** A rule's text as written may span lines; a witness shows it on one. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
