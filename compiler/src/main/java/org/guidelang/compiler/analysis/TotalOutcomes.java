package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.guidelang.compiler.ast.Expr.BinaryOp;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * The outcomes of a guideline proven decided for every complete patient: a table the coverage
 * analysis proves has no gap (and, if unique, no overlap), a criteria set, or a recommendation,
 * whose conditions read only such outcomes, divide nothing (a division by zero is missing) and ask
 * no {@code is known} (which a partial patient answers from its record, not from a completion).
 * Only for these may an undetermined outcome narrow the codes it can still take: for any other, a
 * completion of the patient might leave it undetermined, so nothing is claimed.
 */
public final class TotalOutcomes {
    // Equal guidelines have equal total outcomes; weak keys so that tests' many guidelines go.
    private static final Map<CheckedGuideline, Set<String>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    // The interpreter asks once per outcome per patient, and a record's hashCode walks the whole
    // model: recent answers are kept by identity, so the hot path neither hashes nor locks.
    private static final int RECENT_SLOTS = 32;
    private static final AtomicReferenceArray<Answer> RECENT = new AtomicReferenceArray<>(RECENT_SLOTS);

    private record Answer(CheckedGuideline guideline, Set<String> total) {}

    private TotalOutcomes() {}

    /** Whether {@code outcome} of {@code guideline} is decided for every complete patient. */
    public static boolean isTotal(CheckedGuideline guideline, Outcome outcome) {
        return of(guideline).contains(outcome.name());
    }

    /** The names of the total outcomes of {@code guideline}. */
    public static Set<String> of(CheckedGuideline guideline) {
        int slot = System.identityHashCode(guideline) & (RECENT_SLOTS - 1);
        Answer recent = RECENT.get(slot);
        if (recent != null && recent.guideline() == guideline) {
            return recent.total();
        }
        Set<String> known = CACHE.get(guideline);
        if (known == null) {
            known = Collections.unmodifiableSet(compute(guideline));
            CACHE.put(guideline, known);
        }
        RECENT.set(slot, new Answer(guideline, known));
        return known;
    }

    private static Set<String> compute(CheckedGuideline guideline) {
        Set<String> unproven = new HashSet<>();
        for (Finding finding : CoverageAnalysis.analyze(guideline)) {
            if (finding instanceof Finding.Gap gap) {
                unproven.add(gap.table().name());
            } else if (finding instanceof Finding.Overlap overlap) {
                unproven.add(overlap.table().name());
            } else if (finding instanceof Finding.Inconclusive inconclusive) {
                for (Outcome outcome : guideline.outcomes()) {
                    if (outcome == inconclusive.table() || inconclusive.property().contains("`" + outcome.name() + "`")) {
                        unproven.add(outcome.name());
                    }
                }
            } else if (finding instanceof Finding.TooComplex tooComplex) {
                for (Outcome outcome : guideline.outcomes()) {
                    if (tooComplex.element().endsWith("`" + outcome.name() + "`")) {
                        unproven.add(outcome.name());
                    }
                }
            }
        }
        Map<String, Boolean> memo = new HashMap<>();
        Set<String> total = new HashSet<>();
        for (Outcome outcome : guideline.outcomes()) {
            if (total(guideline, outcome, unproven, memo)) {
                total.add(outcome.name());
            }
        }
        return total;
    }

    private static boolean total(CheckedGuideline guideline, Outcome outcome, Set<String> unproven,
            Map<String, Boolean> memo) {
        Boolean known = memo.get(outcome.name());
        if (known != null) {
            return known;
        }
        memo.put(outcome.name(), false); // outcomes are acyclic; this only guards the recursion
        boolean result = !unproven.contains(outcome.name());
        if (outcome instanceof DecisionTable table) {
            for (DecisionTable.Rule rule : table.rules()) {
                result = result && reads(guideline, rule.condition(), unproven, memo);
            }
        } else if (outcome instanceof CriteriaSet set) {
            for (CriteriaSet.Criterion criterion : set.criteria()) {
                result = result && reads(guideline, criterion.condition(), unproven, memo);
            }
        } else if (outcome instanceof Recommendation rec && rec.condition() != null) {
            result = result && reads(guideline, rec.condition(), unproven, memo);
        }
        memo.put(outcome.name(), result);
        return result;
    }

    /** Whether {@code expr} is known for every complete patient. */
    private static boolean reads(CheckedGuideline guideline, CExpr expr, Set<String> unproven,
            Map<String, Boolean> memo) {
        if (expr instanceof CExpr.OutcomeRef o) {
            if (o.guideline().equals(guideline.id())) {
                return total(guideline, o.outcome(), unproven, memo);
            }
            for (CheckedGuideline.ImportRef imported : guideline.imports()) {
                if (imported.guideline().id().equals(o.guideline())) {
                    return isTotal(imported.guideline(), o.outcome());
                }
            }
            return false;
        }
        if (expr instanceof CExpr.DefinitionRef d) {
            return reads(guideline, d.definition().value(), unproven, memo);
        }
        if (expr instanceof CExpr.Arithmetic a && a.op() == BinaryOp.DIV) {
            return false;
        }
        if (expr instanceof CExpr.IsKnown) {
            // Known for a complete patient, but a partial one answers from its record: with
            // histology missing, `histology is known` is false in every completion, so a table
            // total over complete patients can still fall through, and nothing may be narrowed.
            return false;
        }
        for (CExpr child : children(expr)) {
            if (!reads(guideline, child, unproven, memo)) {
                return false;
            }
        }
        return true;
    }

    private static List<CExpr> children(CExpr expr) {
        if (expr instanceof CExpr.And a) {
            return List.of(a.left(), a.right());
        } else if (expr instanceof CExpr.Or o) {
            return List.of(o.left(), o.right());
        } else if (expr instanceof CExpr.Not n) {
            return List.of(n.operand());
        } else if (expr instanceof CExpr.Compare c) {
            return List.of(c.left(), c.right());
        } else if (expr instanceof CExpr.Arithmetic a) {
            return List.of(a.left(), a.right());
        } else if (expr instanceof CExpr.Negate n) {
            return List.of(n.operand());
        } else if (expr instanceof CExpr.InRange r) {
            List<CExpr> all = new ArrayList<>();
            all.add(r.operand());
            if (r.low() != null) {
                all.add(r.low());
            }
            if (r.high() != null) {
                all.add(r.high());
            }
            return all;
        } else if (expr instanceof CExpr.InSet s) {
            List<CExpr> all = new ArrayList<>(s.items());
            all.add(s.operand());
            return all;
        }
        return List.of();
    }
}
