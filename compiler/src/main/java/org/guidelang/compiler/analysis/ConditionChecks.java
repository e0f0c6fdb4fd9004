package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.analysis.ConditionTranslator.Translation;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.region.Region;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.region.Variable;

/**
 * Conditions that can never hold, or always hold where that defeats their purpose: whole
 * criteria, recommendation conditions and definitions, and single comparisons anywhere (`ki67 >
 * 100%` over a Ki-67 declared in [0, 100]). Also the outcomes of a criteria set that no patient
 * can reach.
 */
final class ConditionChecks {
    private final GuidelineVariables variables;
    private final Space space;
    private final ConditionTranslator translator;
    private final List<Finding> findings;

    ConditionChecks(GuidelineVariables variables, ConditionTranslator translator, List<Finding> findings) {
        this.variables = variables;
        this.space = variables.space();
        this.translator = translator;
        this.findings = findings;
    }

    /**
     * Checks a whole condition both ways (unless {@code alwaysTrueMatters} is false), then its
     * comparisons when the whole raised nothing. Answers whether the whole raised a finding.
     */
    boolean condition(Outcome subject, String element, CExpr condition, String text, boolean alwaysTrueMatters) {
        if (condition instanceof CExpr.DefinitionRef) {
            return false; // the definition is checked on its own, once
        }
        Translation whole = translator.translate(condition);
        boolean reported = false;
        if (!whole.readsMissingness()) {
            if (whole.region().isEmpty()) {
                findings.add(new Finding.NeverTrue(subject, element, text, null, condition.span()));
                reported = true;
            } else if (alwaysTrueMatters && whole.region().coversAll()) {
                findings.add(new Finding.AlwaysTrue(subject, element, text, null, condition.span()));
                reported = true;
            }
        }
        if (!reported) {
            atoms(subject, condition, condition, alwaysTrueMatters);
        }
        return reported;
    }

    /** The comparisons of a table rule whose whole condition the table analysis checked. */
    void ruleAtoms(DecisionTable table, CExpr condition) {
        atoms(table, condition, condition, false);
    }

    /** The comparisons of {@code e}, not descending into definitions (checked on their own). */
    private void atoms(Outcome subject, CExpr e, CExpr root, boolean rootChecked) {
        e.accept(new Atoms(subject, root, rootChecked));
    }

    /**
     * Finds the comparisons of a condition through {@code and}, {@code or} and {@code not}, and
     * checks each; what is not a comparison ({@code is known}, a name, a constant) has none.
     */
    private final class Atoms implements CExpr.Visitor<Void> {
        private final Outcome subject;
        private final CExpr root;
        private final boolean rootChecked;

        Atoms(Outcome subject, CExpr root, boolean rootChecked) {
            this.subject = subject;
            this.root = root;
            this.rootChecked = rootChecked;
        }

        private Void operands(CExpr e) {
            for (CExpr child : e.children()) {
                child.accept(this);
            }
            return null;
        }

        private Void check(CExpr e) {
            atom(subject, e, e == root, rootChecked);
            return null;
        }

        @Override
        public Void constant(CExpr.Const e) {
            return null;
        }

        @Override
        public Void input(CExpr.InputRef e) {
            return null;
        }

        @Override
        public Void param(CExpr.ParamRef e) {
            return null;
        }

        @Override
        public Void definition(CExpr.DefinitionRef e) {
            return null; // checked on its own, once
        }

        @Override
        public Void outcome(CExpr.OutcomeRef e) {
            return null;
        }

        @Override
        public Void and(CExpr.And e) {
            return operands(e);
        }

        @Override
        public Void or(CExpr.Or e) {
            return operands(e);
        }

        @Override
        public Void not(CExpr.Not e) {
            return operands(e);
        }

        @Override
        public Void compare(CExpr.Compare e) {
            return check(e);
        }

        @Override
        public Void arithmetic(CExpr.Arithmetic e) {
            return null;
        }

        @Override
        public Void negate(CExpr.Negate e) {
            return null;
        }

        @Override
        public Void inRange(CExpr.InRange e) {
            return check(e);
        }

        @Override
        public Void inSet(CExpr.InSet e) {
            return check(e);
        }

        @Override
        public Void isKnown(CExpr.IsKnown e) {
            return null;
        }

        @Override
        public Void invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
        }
    }

    private void atom(Outcome subject, CExpr e, boolean isRoot, boolean rootChecked) {
        Translation t = translator.translate(e);
        if (t.readsMissingness() || t.variables().stream().anyMatch(i -> space.variable(i).isCondition())) {
            return;
        }
        String text = "`" + e.span().text() + "`";
        if (t.region().isEmpty() && !isRoot) {
            findings.add(new Finding.NeverTrue(subject, text, null, domains(t), e.span()));
        } else if (!t.region().isEmpty() && t.region().coversAll() && !(isRoot && rootChecked)) {
            findings.add(new Finding.AlwaysTrue(subject, text, null, domains(t), e.span()));
        }
    }

    /** "`ki67` is in [0%, 100%]": the declared values behind a constant comparison. */
    private String domains(Translation t) {
        List<String> parts = new ArrayList<>();
        for (int index : t.variables()) {
            Variable v = space.variable(index);
            if (v.isCondition()) {
                continue;
            }
            if (v.isNumeric()) {
                String range = v.describe(v.domain());
                parts.add("`" + v.name() + "` is" + range.substring(v.name().length())
                        + (v.isWholeNumber() ? " and a whole number" : ""));
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
            reported |= condition(set, element, criterion.condition(), criterion.text(), true);
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
        if (requirement.coversAll()) {
            unreachable(set, set.unmetCode(), "every patient meets the requirement");
        }
    }

    private void unreachable(CriteriaSet set, String code, String reason) {
        findings.add(new Finding.UnreachableOutcome(set, code, reason, set.span()));
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
