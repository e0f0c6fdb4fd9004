package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.OutcomeResult;

/** Runs a guideline's examples through the interpreter and compares with what they expect. */
public final class ExampleRunner {
    private ExampleRunner() {}

    /**
     * One example's run: the evaluation, the expectations it did not meet (empty: passed) and the
     * truth each condition took on the way (what {@link RuleCoverage} counts).
     */
    public record Run(CheckedGuideline guideline, ExampleCase example, EvaluationResult result,
            List<Mismatch> mismatches, ConditionValues conditions) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** An expectation not met: what was expected and what came out, both in words. */
    public record Mismatch(ExampleCase.Expectation expectation, String expected, String actual) {}

    /** Runs every example of the interpreter's guideline. */
    public static List<Run> run(Interpreter interpreter) {
        List<Run> runs = new ArrayList<>();
        for (ExampleCase example : interpreter.guideline().examples()) {
            runs.add(run(interpreter, example));
        }
        return runs;
    }

    public static Run run(Interpreter interpreter, ExampleCase example) {
        ConditionValues conditions = new ConditionValues();
        EvaluationResult result = interpreter.evaluate(example.patient(), conditions.recorder());
        List<Mismatch> mismatches = new ArrayList<>();
        for (ExampleCase.Expectation expectation : example.expectations()) {
            OutcomeResult actual = actual(interpreter, example, expectation, result);
            check(expectation, actual).ifPresent(mismatches::add);
        }
        return new Run(interpreter.guideline(), example, result, List.copyOf(mismatches), conditions);
    }

    /**
     * The outcome {@code expectation} is about: this guideline's, from {@code result}, or an
     * imported one's, evaluated on the same patient as this guideline reads it (with its
     * constraints between inputs).
     */
    public static OutcomeResult actual(Interpreter interpreter, ExampleCase example,
            ExampleCase.Expectation expectation, EvaluationResult result) {
        String name = expectation.outcome().outcome().name();
        if (expectation.outcome().alias() == null) {
            return result.outcome(name).orElseThrow();
        }
        return interpreter.importedOutcome(expectation.outcome().alias(), name, example.patient());
    }

    private static Optional<Mismatch> check(ExampleCase.Expectation expectation, OutcomeResult actual) {
        String target = expectation.target();
        if (expectation instanceof ExampleCase.ExpectValue value) {
            if (Objects.equals(value.value(), actual.value())) {
                return Optional.empty();
            }
            return Optional.of(new Mismatch(expectation, target + " = " + value.value(), describe(target, actual)));
        }
        ExampleCase.ExpectUndetermined undetermined = (ExampleCase.ExpectUndetermined) expectation;
        boolean matches = !actual.isDetermined()
                && (undetermined.missing() == null || undetermined.missing().equals(actual.missing()));
        if (matches) {
            return Optional.empty();
        }
        String expected = target + " is undetermined"
                + (undetermined.missing() == null ? "" : " missing {" + String.join(", ", undetermined.missing()) + "}");
        return Optional.of(new Mismatch(expectation, expected, describe(target, actual)));
    }

    static String describe(String target, OutcomeResult actual) {
        if (actual.isDetermined()) {
            return target + " = " + actual.value();
        }
        return target + " is undetermined missing {" + String.join(", ", actual.missing()) + "}";
    }
}
