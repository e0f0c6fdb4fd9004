package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.StepStatus;
import org.guidelang.runtime.Truth;

/**
 * Decides a decision table. First hit: rules are tried in order; the first that holds wins,
 * unless an earlier rule is unknown and would yield another code. Unique: the rule that holds
 * wins; with none known to hold, the unknown rules' codes (and the otherwise code) compete.
 * When the candidates agree the table is decided; otherwise it is undetermined and lacks the
 * inputs of the unknown rules.
 */
final class TableDecider {
    /** Stands for "no rule applies" among a table's candidate results. */
    private static final String NO_RULE = "\0no rule";

    private final Evaluator evaluator;
    private final String label;
    private final List<ExplanationStep> explanation;

    TableDecider(Evaluator evaluator, String label, List<ExplanationStep> explanation) {
        this.evaluator = evaluator;
        this.label = label;
        this.explanation = explanation;
    }

    Interpreter.Decision decide(DecisionTable table) {
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> missing = new TreeSet<>();
        List<String> holding = new ArrayList<>();
        for (DecisionTable.Rule rule : table.rules()) {
            Val condition = evaluator.eval(rule.condition());
            Truth truth = condition.truth();
            step(table, rule, truth);
            if (truth.isTrue()) {
                holding.add(rule.code());
                if (table.policy() == DecisionTable.HitPolicy.FIRST) {
                    candidates.add(rule.code());
                    return conclude(table, candidates, missing, rule);
                }
            } else if (truth.isUnknown()) {
                candidates.add(rule.code());
                missing.addAll(condition.missing());
            }
        }
        if (table.policy() == DecisionTable.HitPolicy.UNIQUE && !holding.isEmpty()) {
            if (new LinkedHashSet<>(holding).size() > 1) {
                explanation.add(new ExplanationStep(label, "conflict",
                        "several rules of a unique table hold: " + String.join(", ", holding), StepStatus.FAILED,
                        Map.of(), null));
                return new Interpreter.Decision(null, Set.of());
            }
            return new Interpreter.Decision(holding.get(0), Set.of());
        }
        if (table.otherwise() != null) {
            candidates.add(table.otherwise().code());
        } else {
            candidates.add(NO_RULE);
        }
        return conclude(table, candidates, missing, null);
    }

    private Interpreter.Decision conclude(DecisionTable table, Set<String> candidates, Set<String> missing,
            DecisionTable.Rule winner) {
        if (candidates.size() == 1) {
            String only = candidates.iterator().next();
            if (only.equals(NO_RULE)) {
                explanation.add(new ExplanationStep(label, "no rule", "no rule of the table applies",
                        StepStatus.FAILED, Map.of(), Citations.text(table.citations())));
                return new Interpreter.Decision(null, Set.of());
            }
            if (winner == null && table.otherwise() != null) {
                explanation.add(new ExplanationStep(label, "otherwise", "→ " + only, StepStatus.HELD, Map.of(),
                        Citations.firstOf(table.otherwise().citations(), table.citations())));
            }
            return new Interpreter.Decision(only, Set.of());
        }
        List<String> possible = candidates.stream().map(c -> c.equals(NO_RULE) ? "no rule" : c).toList();
        explanation.add(new ExplanationStep(label, "undetermined",
                "could be " + String.join(" or ", possible) + " until " + String.join(", ", missing) + " is known",
                StepStatus.UNKNOWN, Map.of(), null));
        return new Interpreter.Decision(null, missing);
    }

    private void step(DecisionTable table, DecisionTable.Rule rule, Truth truth) {
        explanation.add(new ExplanationStep(label, "rule " + rule.number(), rule.text() + " → " + rule.code(),
                StepStatus.of(truth), evaluator.values(rule.condition()),
                Citations.firstOf(rule.citations(), table.citations())));
    }
}
