package org.guidelang.compiler.conflicts;

import java.util.List;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.StepStatus;

/**
 * The steps of a complete patient's explanation that decided one outcome, so that a witness reads
 * short: a table's rule that held (or its {@code otherwise}, or "no rule"), the criteria a set
 * failed on (or all it met), a recommendation's condition.
 */
final class DecidingSteps {
    private DecidingSteps() {}

    static List<ExplanationStep> of(List<ExplanationStep> explanation, Outcome outcome) {
        List<ExplanationStep> own = explanation.stream().filter(s -> s.outcome().equals(outcome.name())).toList();
        if (outcome instanceof DecisionTable) {
            List<ExplanationStep> held = with(own, StepStatus.HELD);
            return held.isEmpty() && !own.isEmpty() ? List.of(own.get(own.size() - 1)) : held;
        }
        if (outcome instanceof CriteriaSet) {
            List<ExplanationStep> failed = with(own, StepStatus.FAILED);
            return failed.isEmpty() ? with(own, StepStatus.HELD) : failed;
        }
        return own;
    }

    private static List<ExplanationStep> with(List<ExplanationStep> steps, StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).toList();
    }
}
