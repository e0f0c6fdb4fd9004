package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.OutcomeResult;

/** Writes an evaluation for a clinician: the outcomes first, then why, then what is missing. */
final class ResultPrinter {
    private final CheckedGuideline guideline;
    private final PrintWriter out;

    ResultPrinter(CheckedGuideline guideline, PrintWriter out) {
        this.guideline = guideline;
        this.out = out;
    }

    void print(EvaluationResult result) {
        out.println((guideline.title() == null ? guideline.id() : guideline.title()) + " (" + guideline.id() + " "
                + guideline.version() + ")");
        out.println();
        for (OutcomeResult outcome : result.outcomes().values()) {
            out.println("  " + outcome.name() + ": " + value(outcome));
        }
        out.println();
        out.println("Why:");
        String current = null;
        for (ExplanationStep step : result.explanation()) {
            if (!step.outcome().equals(current)) {
                current = step.outcome();
                out.println("  " + current);
            }
            out.printf("    %-8s %s: %s%n", status(step), step.element(), step.text());
            if (!step.values().isEmpty()) {
                out.println("             with " + step.valueText());
            }
            if (step.citation() != null) {
                out.println("             source: " + step.citation());
            }
        }
        List<OutcomeResult> undetermined = result.outcomes().values().stream()
                .filter(o -> !o.isDetermined())
                .toList();
        out.println();
        if (undetermined.isEmpty()) {
            out.println("Missing: nothing; every outcome is decided.");
        } else {
            out.println("Missing:");
            for (OutcomeResult outcome : undetermined) {
                out.println("  " + outcome.name() + " needs "
                        + (outcome.missing().isEmpty() ? "a rule that applies: no rule covers this patient"
                                : String.join(", ", outcome.missing())));
            }
        }
    }

    private String value(OutcomeResult outcome) {
        if (!outcome.isDetermined()) {
            return "undetermined";
        }
        if (outcome.value() instanceof Boolean b) {
            return b ? "applies" : "does not apply";
        }
        String code = (String) outcome.value();
        Optional<String> label = guideline.outcome(outcome.name())
                .map(Outcome::type)
                .filter(Type.Code.class::isInstance)
                .flatMap(t -> ((Type.Code) t).codes().code(code))
                .map(CodeSet.Code::label)
                .filter(l -> !l.equals(code));
        return code + label.map(l -> " (" + l + ")").orElse("");
    }

    private static String status(ExplanationStep step) {
        return switch (step.status()) {
            case HELD -> "held";
            case FAILED -> "failed";
            case UNKNOWN -> "unknown";
            case SKIPPED -> "skipped";
        };
    }
}
