package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;

/**
 * The static analysis of a checked guideline: proves that its tables classify every patient
 * (and, for unique tables, at most one way), that every rule can apply, and that no condition is
 * trivially false or true; otherwise finds a witness patient. Patients range over the inputs'
 * declared ranges and codes with every value known; outcomes read by a condition are
 * independent variables over their codes.
 */
public final class CoverageAnalysis {
    private CoverageAnalysis() {}

    /** Analyses {@code guideline} and reports its findings as diagnostics. */
    public static void report(CheckedGuideline guideline, Diagnostics diagnostics) {
        FindingReporter.report(analyze(guideline), diagnostics);
    }

    /** The findings for {@code guideline}, in the order of its elements. */
    public static List<Finding> analyze(CheckedGuideline guideline) {
        Space space = new Space(guideline);
        ConditionTranslator translator = new ConditionTranslator(space);
        List<Finding> findings = new ArrayList<>();
        ConditionChecks checks = new ConditionChecks(space, translator, findings);
        for (Definition definition : guideline.definitions()) {
            if (definition.value().type() instanceof Type.Bool) {
                guarded(findings, "definition `" + definition.name() + "`", definition.value(), () -> checks.condition(
                        "definition `" + definition.name() + "`", definition.value(), definition.value().span().text(),
                        true));
            }
        }
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable table) {
                guarded(findings, "table `" + table.name() + "`", null, () -> {
                    int before = findings.size();
                    new TableAnalysis(space, translator, table, findings).run();
                    for (DecisionTable.Rule rule : table.rules()) {
                        boolean reported = findings.subList(before, findings.size()).stream()
                                .anyMatch(f -> f instanceof Finding.NeverTrue n && n.span().equals(rule.condition().span()));
                        if (!reported) {
                            checks.ruleAtoms(rule.condition());
                        }
                    }
                }, table);
            } else if (outcome instanceof CriteriaSet set) {
                guarded(findings, "criteria set `" + set.name() + "`", null, () -> checks.criteria(set), set);
            } else if (outcome instanceof Recommendation recommendation && recommendation.condition() != null) {
                guarded(findings, "recommendation `" + recommendation.name() + "`", recommendation.condition(),
                        () -> checks.condition("the condition of recommendation `" + recommendation.name() + "`",
                                recommendation.condition(), recommendation.conditionText(), true));
            }
        }
        return findings;
    }

    private static void guarded(List<Finding> findings, String element, CExpr condition, Runnable analysis) {
        guarded(findings, element, condition, analysis, null);
    }

    private static void guarded(List<Finding> findings, String element, CExpr condition, Runnable analysis,
            Outcome outcome) {
        int before = findings.size();
        try {
            analysis.run();
        } catch (Region.TooComplex e) {
            findings.subList(before, findings.size()).clear();
            findings.add(new Finding.TooComplex(element, condition != null ? condition.span() : outcome.span()));
        }
    }
}
