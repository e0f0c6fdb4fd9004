package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.html.GuidelineVars.CriteriaView;
import org.guidelang.compiler.html.GuidelineVars.CriterionRow;
import org.guidelang.compiler.html.GuidelineVars.OutcomeRow;
import org.guidelang.compiler.model.CriteriaSet;

/** Criteria sets as checklists: numbered criteria, relative ones marked, and the three outcomes. */
final class CriteriaSets {
    private final Notation notation;
    private final PageAnchors anchors;

    CriteriaSets(Notation notation, PageAnchors anchors) {
        this.notation = notation;
        this.anchors = anchors;
    }

    CriteriaView view(CriteriaSet set) {
        List<CriterionRow> rows = new ArrayList<>();
        for (int i = 0; i < set.criteria().size(); i++) {
            CriteriaSet.Criterion c = set.criteria().get(i);
            rows.add(new CriterionRow("criterion-" + set.name() + "-" + c.name(), i + 1, c.name(), c.label(),
                    c.relative(), notation.html(c.condition()), anchors.citations(c.citations())));
        }
        List<OutcomeRow> outcomes = new ArrayList<>();
        outcomes.add(outcome(set, "met", set.metCode()));
        if (set.exceptionCode() != null) {
            outcomes.add(outcome(set, "exception", set.exceptionCode()));
        }
        outcomes.add(outcome(set, "unmet", set.unmetCode()));
        return new CriteriaView(PageAnchors.outcomeAnchor(set.name()), set.name(), set.label(), requirement(set),
                rows, outcomes, anchors.citations(set.citations()), new FlowDiagram(notation).criteria(set));
    }

    private static OutcomeRow outcome(CriteriaSet set, String kind, String code) {
        return new OutcomeRow(kind, Notation.codeName(code), DecisionTables.label(set.codes(), code));
    }

    /** "All 4 required criteria must be met; the relative criterion decides between …". */
    static String requirement(CriteriaSet set) {
        long absolute = set.criteria().stream().filter(c -> !c.relative()).count();
        long relative = set.criteria().size() - absolute;
        String required = switch (set.requirement()) {
            case ALL -> absolute == 1 ? "The required criterion must be met"
                    : "All " + absolute + " required criteria must be met";
            case ANY -> "At least one of the " + absolute + " required criteria must be met";
            case AT_LEAST -> "At least " + set.atLeast() + " of the " + absolute + " required criteria must be met";
        };
        if (relative == 0) {
            return required + ".";
        }
        return required + ". " + (relative == 1 ? "The relative criterion" : "The " + relative + " relative criteria")
                + " then decide" + (relative == 1 ? "s" : "") + " between " + Notation.codeName(set.metCode())
                + " (" + (relative == 1 ? "met" : "all met") + ") and " + Notation.codeName(set.exceptionCode())
                + " (" + (relative == 1 ? "not met" : "one or more not met") + ").";
    }
}
