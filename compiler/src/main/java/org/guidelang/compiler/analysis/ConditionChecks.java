package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.analysis.ConditionTranslator.Translation;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CriteriaSet;

/**
 * Conditions that can never hold, or always hold where that defeats their purpose: whole
 * criteria, recommendation conditions and definitions, and single comparisons anywhere (`ki67 >
 * 100%` over a Ki-67 declared in [0, 100]). Also the outcomes of a criteria set that no patient
 * can reach.
 */
final class ConditionChecks {
    private final Space space;
    private final ConditionTranslator translator;
    private final List<Finding> findings;

    ConditionChecks(Space space, ConditionTranslator translator, List<Finding> findings) {
        this.space = space;
        this.translator = translator;
        this.findings = findings;
    }

    /**
     * Checks a whole condition both ways (unless {@code alwaysTrueMatters} is false), then its
     * comparisons when the whole raised nothing. Answers whether the whole raised a finding.
     */
    boolean condition(String element, CExpr condition, String text, boolean alwaysTrueMatters) {
        if (condition instanceof CExpr.DefinitionRef) {
            return false; // the definition is checked on its own, once
        }
        Translation whole = translator.translate(condition);
        boolean reported = false;
        if (!whole.readsMissingness()) {
            if (whole.region().isEmpty()) {
                findings.add(new Finding.NeverTrue(element, text, null, condition.span()));
                reported = true;
            } else if (alwaysTrueMatters && whole.region().not().isEmpty()) {
                findings.add(new Finding.AlwaysTrue(element, text, null, condition.span()));
                reported = true;
            }
        }
        if (!reported) {
            atoms(condition, condition, alwaysTrueMatters);
        }
        return reported;
    }

    /** The comparisons of a table rule whose whole condition the table analysis checked. */
    void ruleAtoms(CExpr condition) {
        atoms(condition, condition, false);
    }

    /** The comparisons of {@code e}, not descending into definitions (checked on their own). */
    private void atoms(CExpr e, CExpr root, boolean rootChecked) {
        if (e instanceof CExpr.And a) {
            atoms(a.left(), root, rootChecked);
            atoms(a.right(), root, rootChecked);
        } else if (e instanceof CExpr.Or o) {
            atoms(o.left(), root, rootChecked);
            atoms(o.right(), root, rootChecked);
        } else if (e instanceof CExpr.Not n) {
            atoms(n.operand(), root, rootChecked);
        } else if (e instanceof CExpr.Compare || e instanceof CExpr.InRange || e instanceof CExpr.InSet) {
            atom(e, e == root, rootChecked);
        }
    }

    private void atom(CExpr e, boolean isRoot, boolean rootChecked) {
        Translation t = translator.translate(e);
        if (t.readsMissingness() || t.variables().stream().anyMatch(i -> space.variable(i).isOpaque())) {
            return;
        }
        String text = "`" + e.span().text() + "`";
        if (t.region().isEmpty() && !isRoot) {
            findings.add(new Finding.NeverTrue(text, null, domains(t), e.span()));
        } else if (!t.region().isEmpty() && t.region().not().isEmpty() && !(isRoot && rootChecked)) {
            findings.add(new Finding.AlwaysTrue(text, null, domains(t), e.span()));
        }
    }

    /** "`ki67` is in [0%, 100%]": the declared values behind a constant comparison. */
    private String domains(Translation t) {
        List<String> parts = new ArrayList<>();
        for (int index : t.variables()) {
            Variable v = space.variable(index);
            if (v.isOpaque()) {
                continue;
            }
            if (v.isNumeric()) {
                String range = Witness.describe(v, v.domain());
                parts.add("`" + v.name() + "` is" + range.substring(v.name().length())
                        + (v.isInteger() ? " and a whole number" : ""));
            } else {
                parts.add("`" + v.name() + "` is one of " + String.join(", ", v.choices()));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        boolean narrowed = space.admissible() != null && t.variables().stream().anyMatch(space.admissible()::constrains);
        return String.join("; ", parts) + (narrowed ? ", as the constraints between inputs narrow it" : "");
    }

    /** The criteria, then the outcomes of the set that no patient reaches. */
    void criteria(CriteriaSet set) {
        boolean reported = false;
        List<Region> absolute = new ArrayList<>();
        List<Region> all = new ArrayList<>();
        Region relative = Region.all(space);
        boolean missingness = false;
        for (CriteriaSet.Criterion criterion : set.criteria()) {
            String element = (criterion.relative() ? "relative criterion `" : "criterion `") + criterion.name()
                    + "` of `" + set.name() + "`";
            reported |= condition(element, criterion.condition(), criterion.text(), true);
            Translation t = translator.translate(criterion.condition());
            missingness |= t.readsMissingness();
            all.add(t.region());
            if (criterion.relative()) {
                relative = relative.and(t.region());
            } else {
                absolute.add(t.region());
            }
        }
        if (reported || missingness) {
            return; // the criterion's finding already explains an unreachable outcome
        }
        Region requirement = atLeast(absolute, set.required());
        if (requirement.and(relative).isEmpty()) {
            String why = set.required() == absolute.size() ? conflict(set, all) : null;
            unreachable(set, set.metCode(), why != null ? why
                    : "no patient meets " + set.required() + " of its criteria"
                            + (set.exceptionCode() != null ? " and its relative criteria" : ""));
        }
        if (set.exceptionCode() != null && requirement.and(relative.not()).isEmpty()) {
            unreachable(set, set.exceptionCode(), "every patient who meets the requirement meets the relative "
                    + "criteria too");
        }
        if (requirement.not().isEmpty()) {
            unreachable(set, set.unmetCode(), "every patient meets the requirement");
        }
    }

    private void unreachable(CriteriaSet set, String code, String reason) {
        findings.add(new Finding.UnreachableOutcome(set.name(), code, reason, set.span()));
    }

    /** "criteria `young` and `old` cannot both hold", for the first such pair; null if none. */
    private static String conflict(CriteriaSet set, List<Region> regions) {
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                if (regions.get(i).and(regions.get(j)).isEmpty()) {
                    return "criteria `" + set.criteria().get(i).name() + "` and `" + set.criteria().get(j).name()
                            + "` cannot both hold";
                }
            }
        }
        return null;
    }

    /** Where at least {@code k} of the regions hold. */
    private Region atLeast(List<Region> regions, int k) {
        // holds[j]: at least j of the regions seen so far hold.
        Region[] holds = new Region[k + 1];
        holds[0] = Region.all(space);
        for (int j = 1; j <= k; j++) {
            holds[j] = Region.none(space);
        }
        for (Region region : regions) {
            for (int j = k; j >= 1; j--) {
                holds[j] = holds[j].or(holds[j - 1].and(region));
            }
        }
        return holds[k];
    }
}
