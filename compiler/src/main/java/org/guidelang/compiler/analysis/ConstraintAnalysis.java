package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.analysis.ConditionTranslator.Translation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.region.Region;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.source.SourceSpan;

/**
 * The constraints between inputs of a guideline (its imports' included), before its other
 * analyses: whether any patient within the inputs' declared domains satisfies them all (if none
 * does, the smallest set of them that no patient satisfies is an error), which of its own
 * constraints rule nothing out, and then the space restricted to the patients that satisfy them,
 * so that gaps, overlaps and witnesses are sought among those patients only.
 *
 * <p>A constraint the region algebra reads exactly restricts the space exactly. One beyond it
 * (arithmetic over two inputs, {@code is known}) does not restrict it: what the analysis proves
 * absent stays proven, since it looked at more patients than satisfy the constraints, and the
 * patients it finds are reported with the constraints they may break.
 */
final class ConstraintAnalysis {
    private ConstraintAnalysis() {}

    /** Analyses the constraints and restricts {@code space}; false when no patient satisfies them. */
    static boolean restrict(CheckedGuideline guideline, GuidelineVariables variables, ConditionTranslator translator,
            List<Finding> findings) {
        Space space = variables.space();
        Map<Constraint, Region> exact = new LinkedHashMap<>();
        List<String> beyond = new ArrayList<>();
        for (Constraint constraint : guideline.constraints()) {
            Translation translation = translator.translate(constraint.condition());
            boolean opaque = translation.variables().stream().anyMatch(i -> space.variable(i).isCondition());
            if (opaque || translation.readsMissingness()) {
                beyond.add(constraint.name());
            } else {
                exact.put(constraint, translation.region());
                if (isOwn(guideline, constraint) && translation.region().coversAll()) {
                    findings.add(new Finding.ConstraintAlwaysHolds(constraint, nameSpan(constraint)));
                }
            }
        }
        if (exact.isEmpty() && beyond.isEmpty()) {
            return true;
        }
        Region admissible = Region.everything(space);
        for (Region region : exact.values()) {
            admissible = admissible.and(region);
        }
        if (admissible.isEmpty()) {
            List<Constraint> core = unsatisfiableCore(space, exact);
            core.stream().filter(c -> isOwn(guideline, c)).findFirst().ifPresent(
                    first -> findings.add(new Finding.ContradictoryConstraints(core, nameSpan(first))));
            return false;
        }
        space.restrict(admissible, beyond);
        return true;
    }

    /**
     * A smallest set of the constraints that no patient satisfies together, found by leaving out
     * each constraint in turn and keeping it out when the rest still admit no patient.
     */
    private static List<Constraint> unsatisfiableCore(Space space, Map<Constraint, Region> regions) {
        List<Constraint> core = new ArrayList<>(regions.keySet());
        for (Constraint candidate : List.copyOf(core)) {
            List<Constraint> without = new ArrayList<>(core);
            without.remove(candidate);
            Region rest = Region.everything(space);
            for (Constraint other : without) {
                rest = rest.and(regions.get(other));
            }
            if (rest.isEmpty()) {
                core = without;
            }
        }
        return core;
    }

    private static boolean isOwn(CheckedGuideline guideline, Constraint constraint) {
        return constraint.guideline().equals(guideline.id());
    }

    /** The constraint's name, where it is declared. */
    private static SourceSpan nameSpan(Constraint constraint) {
        SourceSpan whole = constraint.span();
        int at = whole.text().indexOf(constraint.name(), "constraint".length());
        return at < 0 ? whole : whole.file().span(whole.start() + at, whole.start() + at + constraint.name().length());
    }
}
