package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.runtime.ExplanationStep;

/**
 * How a failed example is told, in {@code guidec test} and in the Maven plugin's {@code test}
 * goal alike: the example and where it is, each expectation with what came out, and the
 * explanation of the evaluation.
 */
public final class ExampleFailure {
    private ExampleFailure() {}

    /** {@code FAIL milan_nen: title (file:line:col)}. */
    public static String heading(ExampleRunner.Run run) {
        return "FAIL " + run.guideline().id() + ": " + run.example().title() + " ("
                + run.example().span().location() + ")";
    }

    /** One {@code expected …} and one {@code actual …} line per expectation not met, indented. */
    public static List<String> mismatches(ExampleRunner.Run run) {
        List<String> lines = new ArrayList<>();
        for (ExampleRunner.Mismatch mismatch : run.mismatches()) {
            lines.add("  expected " + mismatch.expected());
            lines.add("  actual   " + mismatch.actual());
        }
        return lines;
    }

    /** {@code why:} and one line per step of the explanation, indented. */
    public static List<String> explanation(ExampleRunner.Run run) {
        List<String> lines = new ArrayList<>();
        lines.add("  why:");
        for (ExplanationStep step : run.result().explanation()) {
            String values = step.values().isEmpty() ? "" : "  with " + step.valueText();
            lines.add("    " + step.outcome() + " " + step.element() + " " + step.status().name().toLowerCase()
                    + ": " + step.text() + values);
        }
        return lines;
    }

    /** The whole account: heading, mismatches and explanation, one line each. */
    public static List<String> lines(ExampleRunner.Run run) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(run));
        lines.addAll(mismatches(run));
        lines.addAll(explanation(run));
        return lines;
    }
}
