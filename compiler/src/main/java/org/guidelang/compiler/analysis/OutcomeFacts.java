package org.guidelang.compiler.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * What the analysis proved about the outcomes of one guideline, computed once when the
 * guideline is analysed and handed to the interpreter and the back ends; with it, the facts of
 * every guideline it imports, whose outcomes its evaluation decides too.
 *
 * <p>One fact so far: an outcome is <em>total</em> when it is decided for every complete
 * patient: a table the coverage analysis proves has no gap (and, if unique, no overlap), a
 * criteria set, or a recommendation, whose conditions read only total outcomes, divide nothing
 * (a division by zero is missing) and ask no {@code is known} (which a partial patient answers
 * from its record, not from a completion). Only a total outcome may narrow the codes it can
 * still take when undetermined: for any other, a completion of the patient might leave it
 * undetermined, so nothing is claimed.
 */
public final class OutcomeFacts {
    private final String guideline;
    private final Set<String> total;
    private final Map<String, OutcomeFacts> byGuideline = new HashMap<>();

    private OutcomeFacts(String guideline, Set<String> total, Map<String, OutcomeFacts> imported) {
        this.guideline = guideline;
        this.total = Set.copyOf(total);
        this.byGuideline.putAll(imported);
        this.byGuideline.put(guideline, this);
    }

    /**
     * The facts that {@code findings} prove of {@code guideline}'s outcomes; {@code imported}
     * holds the facts of the guidelines it imports, by id (others may be there too).
     *
     * @throws IllegalArgumentException if the facts of an imported guideline are not given
     */
    static OutcomeFacts of(CheckedGuideline guideline, List<Finding> findings, Map<String, OutcomeFacts> imported) {
        Map<String, OutcomeFacts> reachable = new LinkedHashMap<>();
        for (CheckedGuideline.ImportRef ref : guideline.imports()) {
            OutcomeFacts facts = imported.get(ref.guideline().id());
            if (facts == null) {
                throw new IllegalArgumentException(guideline.id() + " imports " + ref.guideline().id()
                        + ", which has not been analysed");
            }
            reachable.putAll(facts.byGuideline);
        }
        Set<String> unproven = new HashSet<>();
        for (Finding finding : findings) {
            boolean disproves = finding instanceof Finding.Gap || finding instanceof Finding.Overlap
                    || finding instanceof Finding.Inconclusive || finding instanceof Finding.TooComplex;
            if (disproves && finding.subject() != null) {
                unproven.add(finding.subject().name());
            }
        }
        return new OutcomeFacts(guideline.id(), new Totality(guideline, unproven, reachable).total(), reachable);
    }

    /** The id of the guideline these facts are about. */
    public String guideline() {
        return guideline;
    }

    /** Whether {@code outcome}, of this guideline, is decided for every complete patient. */
    public boolean isTotal(Outcome outcome) {
        return total.contains(outcome.name());
    }

    /** The names of the total outcomes of this guideline. */
    public Set<String> totalOutcomes() {
        return total;
    }

    /**
     * The facts of this guideline or of one it imports, directly or not.
     *
     * @throws IllegalArgumentException if {@code guidelineId} is neither
     */
    public OutcomeFacts of(String guidelineId) {
        OutcomeFacts facts = byGuideline.get(guidelineId);
        if (facts == null) {
            throw new IllegalArgumentException(guideline + " does not import " + guidelineId);
        }
        return facts;
    }

    /** Which outcomes of one guideline are total, given those the findings leave unproven. */
    private static final class Totality {
        private final CheckedGuideline guideline;
        private final Set<String> unproven;
        private final Map<String, OutcomeFacts> imported;
        private final Map<String, Boolean> memo = new HashMap<>();

        Totality(CheckedGuideline guideline, Set<String> unproven, Map<String, OutcomeFacts> imported) {
            this.guideline = guideline;
            this.unproven = unproven;
            this.imported = imported;
        }

        Set<String> total() {
            Set<String> total = new HashSet<>();
            for (Outcome outcome : guideline.outcomes()) {
                if (total(outcome)) {
                    total.add(outcome.name());
                }
            }
            return total;
        }

        private boolean total(Outcome outcome) {
            Boolean known = memo.get(outcome.name());
            if (known != null) {
                return known;
            }
            memo.put(outcome.name(), false); // outcomes are acyclic; this only guards the recursion
            boolean result = !unproven.contains(outcome.name());
            if (outcome instanceof DecisionTable table) {
                for (DecisionTable.Rule rule : table.rules()) {
                    result = result && reads(rule.condition());
                }
            } else if (outcome instanceof CriteriaSet set) {
                for (CriteriaSet.Criterion criterion : set.criteria()) {
                    result = result && reads(criterion.condition());
                }
            } else if (outcome instanceof Recommendation rec && rec.condition() != null) {
                result = result && reads(rec.condition());
            }
            memo.put(outcome.name(), result);
            return result;
        }

        /** Whether {@code expr} is known for every complete patient. */
        private boolean reads(CExpr expr) {
            return expr.accept(known);
        }

        private boolean operands(CExpr expr) {
            for (CExpr child : expr.children()) {
                if (!reads(child)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether each kind of node is known for every complete patient. */
        private final CExpr.Visitor<Boolean> known = new CExpr.Visitor<>() {
            @Override
            public Boolean constant(CExpr.Const e) {
                return true;
            }

            @Override
            public Boolean input(CExpr.InputRef e) {
                return true;
            }

            @Override
            public Boolean param(CExpr.ParamRef e) {
                return true;
            }

            @Override
            public Boolean definition(CExpr.DefinitionRef e) {
                return reads(e.definition().value());
            }

            @Override
            public Boolean outcome(CExpr.OutcomeRef e) {
                if (e.guideline().equals(guideline.id())) {
                    return total(e.outcome());
                }
                OutcomeFacts facts = imported.get(e.guideline());
                return facts != null && facts.isTotal(e.outcome());
            }

            @Override
            public Boolean and(CExpr.And e) {
                return operands(e);
            }

            @Override
            public Boolean or(CExpr.Or e) {
                return operands(e);
            }

            @Override
            public Boolean not(CExpr.Not e) {
                return operands(e);
            }

            @Override
            public Boolean compare(CExpr.Compare e) {
                return operands(e);
            }

            /** A quotient is missing where the divisor is zero, whatever the patient's values. */
            @Override
            public Boolean arithmetic(CExpr.Arithmetic e) {
                return e.op() != CExpr.ArithmeticOp.DIV && operands(e);
            }

            @Override
            public Boolean negate(CExpr.Negate e) {
                return operands(e);
            }

            @Override
            public Boolean inRange(CExpr.InRange e) {
                return operands(e);
            }

            @Override
            public Boolean inSet(CExpr.InSet e) {
                return operands(e);
            }

            /**
             * Known for a complete patient, but a partial one answers it from its record: with
             * histology missing, {@code histology is known} is false in every completion, so an
             * outcome total over complete patients can still fall through, and may narrow nothing.
             */
            @Override
            public Boolean isKnown(CExpr.IsKnown e) {
                return false;
            }

            @Override
            public Boolean invalid(CExpr.Invalid e) {
                throw new IllegalStateException("a checked guideline without errors has no invalid expression");
            }
        };
    }
}
