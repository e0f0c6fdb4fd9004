package org.guidelang.compiler.java;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * The conditions of a guideline's rules, criteria and recommendations, numbered in declaration
 * order: the runtime's logic objects ask an evaluation for condition (element) {@code i}.
 */
final class NumberedConditions {
    private NumberedConditions() {}

    /** Condition {@code index}: a rule, criterion or recommendation of {@code outcome}. */
    record Condition(int index, Outcome outcome, String what, CExpr condition) {
        /** {@code grade, rule 1: differentiation = POOR and highProliferation → NEC_G3}, for a comment. */
        String describe() {
            return outcome.name() + ", " + what;
        }
    }

    static List<Condition> of(CheckedGuideline guideline) {
        List<Condition> elements = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable table) {
                for (DecisionTable.Rule rule : table.rules()) {
                    elements.add(new Condition(elements.size(), outcome,
                            "rule " + rule.number() + ": " + rule.text() + " → " + rule.code(), rule.condition()));
                }
            } else if (outcome instanceof CriteriaSet set) {
                for (CriteriaSet.Criterion criterion : set.criteria()) {
                    elements.add(new Condition(elements.size(), outcome, (criterion.relative() ? "relative criterion "
                            : "criterion ") + criterion.name() + ": " + criterion.text(), criterion.condition()));
                }
            } else {
                Recommendation rec = (Recommendation) outcome;
                if (rec.condition() != null) {
                    elements.add(new Condition(elements.size(), outcome, "recommendation: " + rec.conditionText(),
                            rec.condition()));
                }
            }
        }
        return List.copyOf(elements);
    }

    /** The conditions of one outcome, in order. */
    static List<Condition> of(List<Condition> all, Outcome outcome) {
        return all.stream().filter(e -> e.outcome() == outcome).toList();
    }
}
