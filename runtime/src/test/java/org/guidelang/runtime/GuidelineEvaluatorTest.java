package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-written evaluator in the shape the generator emits, exercising the runtime end to end. */
class GuidelineEvaluatorTest {
    private static final class Grading implements GuidelineEvaluator {
        private static final List<InputSpec> INPUTS = List.of(
                InputSpec.code("differentiation", List.of("WELL", "POOR"), "differentiation"),
                InputSpec.quantity("ki67", Unit.PERCENT, Range.closed(0, 100), "Ki-67 proliferation index"));
        private static final InputValidator VALIDATOR = InputValidator.of(INPUTS);

        @Override
        public String id() {
            return "who_grading";
        }

        @Override
        public String version() {
            return "2019.1.0";
        }

        @Override
        public List<InputSpec> inputs() {
            return INPUTS;
        }

        @Override
        public List<String> outcomes() {
            return List.of("grade");
        }

        @Override
        public EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException {
            Map<String, Object> values = VALIDATOR.validate(patient).valuesOrThrow();
            Object differentiation = values.get("differentiation");
            double ki67 = Ops.number(values.get("ki67"));
            List<ExplanationStep> steps = new ArrayList<>();
            Truth high = Ops.eq(differentiation, "WELL").and(Ops.gt(ki67, 20));
            steps.add(new ExplanationStep("grade", "rule 1", "differentiation = WELL and ki67 > 20%",
                    StepStatus.of(high), values, null));
            OutcomeResult grade = high.isTrue()
                    ? OutcomeResult.determined("grade", "NET_G3")
                    : high.isFalse() ? OutcomeResult.determined("grade", "OTHER")
                    : OutcomeResult.undetermined("grade", List.of("differentiation", "ki67"));
            return EvaluationResult.of(id(), version(), List.of(grade), steps);
        }
    }

    @Test
    void evaluatesValidPatients() throws InvalidInputException {
        Grading grading = new Grading();
        assertEquals("NET_G3", grading.evaluate(Map.of("differentiation", "WELL", "ki67", 25)).outcome("grade").orElseThrow().value());
        assertEquals("OTHER", grading.evaluate(Map.of("differentiation", "POOR")).outcome("grade").orElseThrow().value());
        assertEquals(List.of("differentiation", "ki67"),
                List.copyOf(grading.evaluate(Map.of("differentiation", "WELL")).outcome("grade").orElseThrow().missing()));
    }

    @Test
    void rejectsInvalidPatientsWithEveryError() {
        Grading grading = new Grading();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grading.evaluate(Map.of("differentiation", "well", "ki67", 120)));
        assertEquals(List.of("$.differentiation", "$.ki67"), e.errors().stream().map(InputError::path).toList());
        assertEquals(2, grading.validate(Map.of("differentiation", "well", "ki67", 120)).errors().size());
    }
}
