package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.analysis.ConditionTranslator.Translation;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.region.Box;
import org.guidelang.compiler.region.Region;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.region.Variable;

/**
 * The coverage, overlap and reachability of one decision table over the patients whose values
 * are all known: gaps (first and unique), overlaps of rules yielding different codes (unique),
 * rules shadowed by earlier ones and an {@code otherwise} that never applies (first), and rules
 * that never hold.
 */
final class TableAnalysis {
    private final GuidelineVariables variables;
    private final Space space;
    private final ConditionTranslator translator;
    private final ConditionChecks checks;
    private final DecisionTable table;
    private final List<Finding> findings;

    TableAnalysis(GuidelineVariables variables, ConditionTranslator translator, ConditionChecks checks,
            DecisionTable table, List<Finding> findings) {
        this.variables = variables;
        this.space = variables.space();
        this.translator = translator;
        this.checks = checks;
        this.table = table;
        this.findings = findings;
    }

    void run() {
        List<Translation> rules = new ArrayList<>();
        Set<Integer> read = new TreeSet<>();
        for (DecisionTable.Rule rule : table.rules()) {
            Translation translation = translator.translate(rule.condition());
            rules.add(translation);
            read.addAll(translation.variables());
        }
        List<Variable> shown = read.stream().map(space::variable).filter(v -> !v.isCondition())
                .sorted(Variable.SHOWN_ORDER).toList();
        neverTrue(rules);
        Region covered;
        if (table.policy() == DecisionTable.HitPolicy.FIRST) {
            covered = shadowed(rules);
        } else {
            overlaps(rules, shown);
            covered = union(rules);
        }
        coverage(covered, shown);
    }

    /** Rules that never hold; in the others, single comparisons that never or always hold. */
    private void neverTrue(List<Translation> rules) {
        for (int i = 0; i < rules.size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            if (rules.get(i).region().isEmpty() && !rules.get(i).readsMissingness()) {
                findings.add(new Finding.NeverTrue(table, element(rule), rule.text(), null, rule.condition().span()));
            } else {
                checks.ruleAtoms(table, rule.condition());
            }
        }
    }

    /**
     * Reports the rules the rules before them cover, and returns what all the rules cover: the
     * part of each rule that no earlier rule covers is cut once, for both.
     */
    private Region shadowed(List<Translation> rules) {
        Region covered = Region.none(space);
        for (int i = 0; i < rules.size(); i++) {
            Region region = rules.get(i).region();
            Region uncovered = region.minus(covered);
            if (!region.isEmpty() && !rules.get(i).readsMissingness() && uncovered.isEmpty()) {
                findings.add(new Finding.Unreachable(table, table.rules().get(i), hiding(rules, i)));
            }
            covered = covered.orDisjoint(uncovered);
        }
        return covered;
    }

    /** The patients some rule holds for. */
    private Region union(List<Translation> rules) {
        Region covered = Region.none(space);
        for (Translation rule : rules) {
            covered = covered.or(rule.region());
        }
        return covered;
    }

    /**
     * The earlier rules that hide rule {@code i}, which the rules before it cover: in order, each
     * that holds for some of its patients no rule listed before holds for, until none are left.
     * Stopping there keeps a table of many equal rules linear, and names no rule that hides
     * nothing the listed ones do not already hide.
     */
    private List<Integer> hiding(List<Translation> rules, int i) {
        List<Integer> hiding = new ArrayList<>();
        Region left = rules.get(i).region();
        for (int j = 0; j < i && !left.isEmpty(); j++) {
            Region earlier = rules.get(j).region();
            if (!left.and(earlier).isEmpty()) {
                hiding.add(table.rules().get(j).number());
                left = left.minus(earlier);
            }
        }
        return hiding;
    }

    private void overlaps(List<Translation> rules, List<Variable> shown) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                DecisionTable.Rule first = table.rules().get(i);
                DecisionTable.Rule second = table.rules().get(j);
                if (first.code().equals(second.code())) {
                    continue; // both yield the same code: the table is still decided
                }
                Region both = rules.get(i).region().and(rules.get(j).region());
                if (both.isEmpty()) {
                    continue;
                }
                Region definite = both.definite();
                if (!definite.isEmpty()) {
                    Witness witness = Witness.of(definite.merged().get(0), shown);
                    findings.add(new Finding.Overlap(table, first, second, witness, space.beyondConstraints()));
                } else {
                    inconclusive("rules " + first.number() + " and " + second.number() + " of table `" + table.name()
                            + "` may both hold", both, false);
                }
            }
        }
    }

    private void coverage(Region covered, List<Variable> shown) {
        if (table.otherwise() != null) {
            if (covered.coversAll()) {
                findings.add(new Finding.OtherwiseUnreachable(table));
            }
            return;
        }
        Region gap = covered.not();
        if (gap.isEmpty()) {
            return;
        }
        Region definite = gap.definite();
        if (definite.isEmpty()) {
            inconclusive("table `" + table.name() + "` may leave patients unclassified", gap, true);
            return;
        }
        List<Box> boxes = definite.merged();
        List<String> others = boxes.subList(1, boxes.size()).stream().map(b -> Witness.of(b, shown).region()).toList();
        findings.add(new Finding.Gap(table, Witness.of(boxes.get(0), shown), others, space.beyondConstraints()));
    }

    private void inconclusive(String property, Region region, boolean coverage) {
        Variable condition = region.conditionsConstrained().get(0);
        findings.add(new Finding.Inconclusive(table, coverage, property, condition.name(), condition.reason(),
                variables.conditionOf(condition).span()));
    }

    private String element(DecisionTable.Rule rule) {
        return "rule " + rule.number() + " of table `" + table.name() + "`";
    }
}
