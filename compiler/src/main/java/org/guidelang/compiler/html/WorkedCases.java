package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.html.GuidelineVars.Given;
import org.guidelang.compiler.html.GuidelineVars.ResultRow;
import org.guidelang.compiler.html.GuidelineVars.Step;
import org.guidelang.compiler.html.GuidelineVars.WorkedCase;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.StepStatus;

/**
 * The examples as worked cases, computed by the interpreter while the site is built: the
 * patient, what the example expects, what the guideline concludes, and the steps that led there.
 * A case whose conclusion differs from its expectation is shown as failing, never hidden.
 */
final class WorkedCases {
    private WorkedCases() {}

    static List<WorkedCase> of(Interpreter interpreter) {
        return of(interpreter, ExampleRunner.run(interpreter));
    }

    /** The cases of {@code runs}, the runs of every example of the interpreter's guideline. */
    static List<WorkedCase> of(Interpreter interpreter, List<ExampleRunner.Run> runs) {
        CheckedGuideline guideline = interpreter.guideline();
        List<WorkedCase> cases = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ExampleRunner.Run run = runs.get(i);
            ExampleCase example = run.example();
            List<Given> givens = new ArrayList<>();
            for (InputDecl input : guideline.inputs()) {
                Object value = example.patient().get(input.name());
                givens.add(new Given(input.name(), ValueWords.of(input, value), value == null));
            }
            List<ResultRow> results = new ArrayList<>();
            for (ExampleCase.Expectation expectation : example.expectations()) {
                results.add(result(interpreter, run, expectation));
            }
            cases.add(new WorkedCase("example-" + (i + 1), example.title(), run.passed(), givens, results));
        }
        return cases;
    }

    private static ResultRow result(Interpreter interpreter, ExampleRunner.Run run,
            ExampleCase.Expectation expectation) {
        CheckedGuideline guideline = interpreter.guideline();
        String target = expectation.target();
        OutcomeResult actual = ExampleRunner.actual(interpreter, run.example(), expectation, run.result());
        boolean passed = run.mismatches().stream().noneMatch(m -> m.expectation() == expectation);
        return new ResultRow(target, expected(expectation), describe(actual), passed,
                why(guideline, expectation.outcome().outcome(), run.result().explanation(), target));
    }

    /**
     * The steps that decided {@code target}, in the page's notation. Of a table, the rules that
     * did not hold are one line ("rules 1, 2 do not hold"): the reader wants the rule that did.
     */
    private static List<Step> why(CheckedGuideline guideline, Outcome outcome, List<ExplanationStep> explanation,
            String target) {
        // Criteria are named by their number on the page, as the checklist numbers them.
        Map<String, String> elements = new HashMap<>();
        Map<String, String> texts = texts(new Notation(new PageAnchors(guideline)), outcome, elements);
        List<Step> why = new ArrayList<>();
        List<String> failedRules = new ArrayList<>();
        for (ExplanationStep step : explanation) {
            if (!step.outcome().equals(target) || step.status() == StepStatus.SKIPPED) {
                continue;
            }
            if (outcome instanceof DecisionTable && step.status() == StepStatus.FAILED
                    && step.element().startsWith("rule ")) {
                failedRules.add(step.element().substring("rule ".length()));
                continue;
            }
            why.add(new Step(step.status().name().toLowerCase(Locale.ROOT),
                    elements.getOrDefault(step.element(), step.element()),
                    texts.getOrDefault(step.element(), step.text()), values(guideline, step.values())));
        }
        if (!failedRules.isEmpty()) {
            String rules = failedRules.size() == 1 ? "rule " + failedRules.get(0) + " does not hold"
                    : "rules " + String.join(", ", failedRules) + " do not hold";
            why.add(0, new Step("failed", rules, "", ""));
        }
        return why;
    }

    /** Each element of an outcome, by the name explanations give it, as the page writes it. */
    private static Map<String, String> texts(Notation notation, Outcome outcome, Map<String, String> elements) {
        Map<String, String> texts = new HashMap<>();
        if (outcome instanceof DecisionTable table) {
            for (DecisionTable.Rule rule : table.rules()) {
                texts.put("rule " + rule.number(), notation.text(rule.condition()) + " → "
                        + Notation.codeName(rule.code()));
            }
        } else if (outcome instanceof CriteriaSet set) {
            for (CriteriaSet.Criterion c : set.criteria()) {
                texts.put((c.relative() ? "relative criterion " : "criterion ") + c.name(),
                        c.label() + ": " + notation.text(c.condition()));
                elements.put((c.relative() ? "relative criterion " : "criterion ") + c.name(),
                        (c.relative() ? "relative criterion " : "criterion ") + (set.criteria().indexOf(c) + 1));
            }
        } else if (outcome instanceof Recommendation rec && rec.condition() != null) {
            texts.put("recommendation", notation.text(rec.condition()));
        }
        return texts;
    }

    private static String expected(ExampleCase.Expectation expectation) {
        if (expectation instanceof ExampleCase.ExpectValue value) {
            return ValueWords.plain(value.value());
        }
        ExampleCase.ExpectUndetermined undetermined = (ExampleCase.ExpectUndetermined) expectation;
        return undetermined.missing() == null ? "undetermined"
                : "undetermined, for want of " + String.join(", ", undetermined.missing());
    }

    private static String describe(OutcomeResult actual) {
        if (actual.isDetermined()) {
            return ValueWords.plain(actual.value());
        }
        return actual.missing().isEmpty() ? "undetermined"
                : "undetermined, for want of " + String.join(", ", actual.missing());
    }

    /** "ki67 = 12%, mitoticCount = 3": inputs in their units, other names as plain values. */
    private static String values(CheckedGuideline guideline, Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> {
            Optional<InputDecl> input = guideline.input(name);
            String shown = input.map(i -> ValueWords.brief(i, value)).orElseGet(() -> parameter(guideline, name, value));
            out.append(out.length() == 0 ? "" : ", ").append(name).append(" = ").append(shown);
        });
        return out.toString();
    }

    private static String parameter(CheckedGuideline guideline, String name, Object value) {
        return guideline.params().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(p -> p.valueText())
                .orElseGet(() -> ValueWords.plain(value));
    }
}
