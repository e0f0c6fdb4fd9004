package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.eval.RuleCoverage.Atom;
import org.guidelang.compiler.eval.RuleCoverage.CodeUse;
import org.guidelang.compiler.eval.RuleCoverage.Item;
import org.guidelang.compiler.eval.RuleCoverage.Kind;
import org.guidelang.compiler.eval.RuleCoverage.OutcomeCoverage;
import org.guidelang.compiler.eval.RuleCoverage.Seen;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Truth;

/**
 * Counts {@link RuleCoverage} from the runs of a guideline's examples: it reads the truths the
 * interpreter recorded and the outcomes it concluded, and evaluates nothing itself, so that
 * coverage can never disagree with what {@code guidec test} ran.
 */
final class CoverageCounter {
    private final List<ExampleRunner.Run> runs;

    private CoverageCounter(List<ExampleRunner.Run> runs) {
        this.runs = runs;
    }

    static RuleCoverage count(CheckedGuideline guideline, List<ExampleRunner.Run> runs) {
        for (ExampleRunner.Run run : runs) {
            if (!run.guideline().id().equals(guideline.id())) {
                throw new IllegalArgumentException("an example of " + run.guideline().id() + " is not one of "
                        + guideline.id());
            }
        }
        CoverageCounter counter = new CoverageCounter(runs);
        List<OutcomeCoverage> outcomes = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            outcomes.add(counter.outcome(outcome));
        }
        return new RuleCoverage(guideline, runs.size(), outcomes);
    }

    private OutcomeCoverage outcome(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return new OutcomeCoverage(table, "table", table(table), codes(table, table.codes().names()));
        }
        if (outcome instanceof CriteriaSet set) {
            List<Item> items = new ArrayList<>();
            for (CriteriaSet.Criterion criterion : set.criteria()) {
                items.add(item(criterion.relative() ? Kind.RELATIVE_CRITERION : Kind.CRITERION,
                        (criterion.relative() ? "relative criterion " : "criterion ") + criterion.name(), criterion.span(),
                        criterion.condition()));
            }
            return new OutcomeCoverage(set, "criteria set", items, codes(set, set.codes().names()));
        }
        Recommendation rec = (Recommendation) outcome;
        List<Item> items = rec.condition() == null ? List.of()
                : List.of(item(Kind.CONDITION, "condition", rec.condition().span(), rec.condition()));
        return new OutcomeCoverage(rec, "recommendation", items, List.of());
    }

    private List<Item> table(DecisionTable table) {
        List<Item> items = new ArrayList<>();
        for (DecisionTable.Rule rule : table.rules()) {
            items.add(item(Kind.RULE, "rule " + rule.number(), rule.span(), rule.condition()));
        }
        if (table.otherwise() != null) {
            items.add(new Item(Kind.OTHERWISE, "otherwise", table.otherwise().span(), otherwise(table), List.of()));
        }
        return items;
    }

    private Item item(Kind kind, String name, SourceSpan span, CExpr condition) {
        List<CExpr> leaves = new ArrayList<>();
        atoms(condition, leaves);
        List<Atom> atoms = new ArrayList<>();
        if (leaves.size() > 1) {
            for (CExpr leaf : leaves) {
                atoms.add(new Atom(leaf.span().text().strip().replaceAll("\\s+", " "), leaf.span(), seen(leaf)));
            }
        }
        return new Item(kind, name, span, seen(condition), atoms);
    }

    /** The atomic conditions of {@code condition}: what {@code and}, {@code or} and {@code not} combine. */
    private static void atoms(CExpr condition, List<CExpr> into) {
        if (condition instanceof CExpr.And and) {
            atoms(and.left(), into);
            atoms(and.right(), into);
        } else if (condition instanceof CExpr.Or or) {
            atoms(or.left(), into);
            atoms(or.right(), into);
        } else if (condition instanceof CExpr.Not not) {
            atoms(not.operand(), into);
        } else {
            into.add(condition);
        }
    }

    private Seen seen(CExpr condition) {
        List<Integer> whenTrue = new ArrayList<>();
        List<Integer> whenFalse = new ArrayList<>();
        List<Integer> whenUnknown = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Optional<Truth> truth = runs.get(i).conditions().of(condition);
            if (truth.isPresent()) {
                (truth.get() == Truth.TRUE ? whenTrue : truth.get() == Truth.FALSE ? whenFalse : whenUnknown)
                        .add(i + 1);
            }
        }
        return new Seen(whenTrue, whenFalse, whenUnknown);
    }

    /**
     * {@code otherwise} is true for an example whose every rule is false, false for one where a
     * rule holds, and unknown for the rest.
     */
    private Seen otherwise(DecisionTable table) {
        List<Integer> whenTrue = new ArrayList<>();
        List<Integer> whenFalse = new ArrayList<>();
        List<Integer> whenUnknown = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ConditionValues conditions = runs.get(i).conditions();
            boolean allFalse = true;
            boolean someTrue = false;
            for (DecisionTable.Rule rule : table.rules()) {
                Truth truth = conditions.of(rule.condition()).orElse(Truth.UNKNOWN);
                allFalse &= truth == Truth.FALSE;
                someTrue |= truth == Truth.TRUE;
            }
            (allFalse ? whenTrue : someTrue ? whenFalse : whenUnknown).add(i + 1);
        }
        return new Seen(whenTrue, whenFalse, whenUnknown);
    }

    private List<CodeUse> codes(Outcome outcome, List<String> codes) {
        List<CodeUse> uses = new ArrayList<>();
        for (String code : codes) {
            List<Integer> producedBy = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                OutcomeResult result = runs.get(i).result().outcome(outcome.name()).orElseThrow();
                if (result.isDetermined() && code.equals(result.value())) {
                    producedBy.add(i + 1);
                }
            }
            uses.add(new CodeUse(code, producedBy));
        }
        return uses;
    }
}
