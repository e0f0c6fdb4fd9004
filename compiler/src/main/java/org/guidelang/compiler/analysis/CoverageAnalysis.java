package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.region.Region;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.source.SourceSpan;

/**
 * The static analysis of a checked guideline: proves that its tables classify every patient
 * (and, for unique tables, at most one way), that every rule can apply, and that no condition is
 * trivially false or true; otherwise finds a witness patient. Patients range over the inputs'
 * declared ranges and codes with every value known, and satisfy the guideline's constraints
 * between inputs (see {@link ConstraintAnalysis}, which also finds contradictory ones); outcomes
 * read by a condition are independent variables over their codes.
 */
public final class CoverageAnalysis {
    private CoverageAnalysis() {}

    /**
     * Analyses {@code guideline}: its findings, and the facts they prove of its outcomes.
     * {@code imported} holds the analyses of the guidelines it imports, by id (analysed first).
     *
     * @throws IllegalArgumentException if an imported guideline's analysis is not given
     */
    public static GuidelineAnalysis analyze(CheckedGuideline guideline, Map<String, GuidelineAnalysis> imported) {
        List<Finding> findings = findings(guideline);
        Map<String, OutcomeFacts> facts = new HashMap<>();
        imported.forEach((id, analysis) -> facts.put(id, analysis.outcomes()));
        return new GuidelineAnalysis(guideline, findings, OutcomeFacts.of(guideline, findings, facts));
    }

    /** Reports the findings of an analysis as diagnostics. */
    public static void report(GuidelineAnalysis analysis, Diagnostics diagnostics) {
        FindingReporter.report(analysis.findings(), diagnostics);
    }

    /** The findings for {@code guideline}, in the order of its elements. */
    public static List<Finding> findings(CheckedGuideline guideline) {
        GuidelineVariables variables = new GuidelineVariables(guideline);
        ConditionTranslator translator = new ConditionTranslator(variables);
        List<Finding> findings = new ArrayList<>();
        boolean satisfiable;
        try {
            variables.space().newQuestion();
            satisfiable = ConstraintAnalysis.restrict(guideline, variables, translator, findings);
        } catch (Region.TooComplex e) {
            satisfiable = true; // the constraints are left out: what is proven absent stays proven
            findings.add(new Finding.TooComplex(null, "the constraints between inputs", guideline.span()));
        }
        if (!satisfiable) {
            return findings; // every patient is refused: nothing else is worth saying
        }
        ConditionChecks checks = new ConditionChecks(variables, translator, findings);
        Space space = variables.space();
        for (Definition definition : guideline.definitions()) {
            if (definition.value().type() instanceof Type.Bool) {
                String element = "definition `" + definition.name() + "`";
                guarded(space, findings, null, element, definition.value().span(),
                        () -> checks.condition(null, element,
                        definition.value(), definition.value().span().text(), true));
            }
        }
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable table) {
                guarded(space, findings, table, "table `" + table.name() + "`", table.span(),
                        () -> new TableAnalysis(variables, translator, checks, table, findings).run());
            } else if (outcome instanceof CriteriaSet set) {
                guarded(space, findings, set, "criteria set `" + set.name() + "`", set.span(), () -> checks.criteria(set));
            } else if (outcome instanceof Recommendation recommendation && recommendation.condition() != null) {
                String element = "the condition of recommendation `" + recommendation.name() + "`";
                guarded(space, findings, recommendation, element, recommendation.condition().span(),
                        () -> checks.condition(recommendation, element, recommendation.condition(),
                                recommendation.conditionText(), true));
            }
        }
        return findings;
    }

    /** Runs one element's analysis; if it grows too large, its findings give way to one saying so. */
    private static void guarded(Space space, List<Finding> findings, Outcome subject, String element, SourceSpan span,
            Runnable analysis) {
        int before = findings.size();
        try {
            space.newQuestion();
            analysis.run();
        } catch (Region.TooComplex e) {
            findings.subList(before, findings.size()).clear();
            findings.add(new Finding.TooComplex(subject, element, span));
        }
    }
}
