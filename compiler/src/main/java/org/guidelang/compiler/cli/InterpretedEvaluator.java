package org.guidelang.compiler.cli;

import java.util.List;
import java.util.Map;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;

/**
 * The reference interpreter behind the runtime's evaluator interface, so that {@code batch} runs
 * the interpreter and a compiled evaluator alike. Immutable and thread-safe.
 */
final class InterpretedEvaluator implements GuidelineEvaluator {
    private final CheckedGuideline guideline;
    private final Interpreter interpreter;
    private final List<InputSpec> inputs;
    private final InputValidator validator;

    InterpretedEvaluator(GuidelineAnalysis analysis) {
        this.guideline = analysis.guideline();
        this.interpreter = new Interpreter(analysis);
        this.inputs = guideline.inputs().stream().map(InputDecl::spec).toList();
        this.validator = InputValidator.of(inputs);
    }

    @Override
    public String id() {
        return guideline.id();
    }

    @Override
    public String version() {
        return guideline.version();
    }

    @Override
    public List<InputSpec> inputs() {
        return inputs;
    }

    @Override
    public List<String> outcomes() {
        return guideline.outcomes().stream().map(Outcome::name).toList();
    }

    /** The interpreter always explains; this leaves the explanation out, as the interface says. */
    @Override
    public EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException {
        EvaluationResult result = explain(patient);
        return new EvaluationResult(result.guideline(), result.version(), result.outcomes(), List.of());
    }

    /** A patient whose values break a constraint between inputs is refused, as the generated classes refuse it. */
    @Override
    public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
        Map<String, Object> values = validator.valuesOrThrow(patient);
        List<InputError> broken = Interpreter.constraintErrors(guideline, values);
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        return interpreter.evaluate(values);
    }
}
