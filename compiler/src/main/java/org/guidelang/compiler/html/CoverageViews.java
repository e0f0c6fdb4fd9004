package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.eval.RuleCoverage;
import org.guidelang.compiler.eval.RuleCoverage.CodeUse;
import org.guidelang.compiler.eval.RuleCoverage.Item;
import org.guidelang.compiler.eval.RuleCoverage.OutcomeCoverage;
import org.guidelang.compiler.html.GuidelineVars.CaseLink;
import org.guidelang.compiler.html.GuidelineVars.CoverageRow;
import org.guidelang.compiler.html.GuidelineVars.CoverageView;

/**
 * The page's account of rule coverage: for each outcome with rules, criteria or a condition, which
 * worked cases made each true and false, the ones no case exercises marked, and the codes no case
 * yields. Worked case {@code n} is the example numbered {@code n} by {@link RuleCoverage}.
 */
final class CoverageViews {
    private CoverageViews() {}

    /** The views of a guideline with examples; none for a guideline without any. */
    static List<CoverageView> of(RuleCoverage coverage) {
        List<CoverageView> views = new ArrayList<>();
        if (coverage.examples() == 0) {
            return views;
        }
        for (OutcomeCoverage outcome : coverage.outcomes()) {
            if (outcome.items().isEmpty() && outcome.codes().isEmpty()) {
                continue;
            }
            List<CoverageRow> rows = outcome.items().stream().map(CoverageViews::row).toList();
            List<String> never = outcome.codes().stream()
                    .filter(c -> c.producedBy().isEmpty())
                    .map(CodeUse::code)
                    .toList();
            views.add(new CoverageView(PageAnchors.outcomeAnchor(outcome.outcome().name()), outcome.kind(),
                    outcome.outcome().name(), rows, String.join(", ", never)));
        }
        return views;
    }

    private static CoverageRow row(Item item) {
        return new CoverageRow(item.name(), item.covered(), links(item.seen().whenTrue()),
                links(item.seen().whenFalse()), item.seen().whenUnknown().size());
    }

    private static List<CaseLink> links(List<Integer> examples) {
        return examples.stream().map(n -> new CaseLink("example-" + n, Integer.toString(n))).toList();
    }
}
