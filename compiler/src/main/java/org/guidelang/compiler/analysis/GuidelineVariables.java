package org.guidelang.compiler.analysis;

import java.util.HashMap;
import java.util.Map;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.region.Space;
import org.guidelang.compiler.region.Variable;

/**
 * The region space of one guideline's analysis, read through the checked model: built from the
 * guideline's input declarations (known values only), with the outcomes its conditions read and
 * the conditions beyond the analysis added as they come, each condition remembered by the
 * expression it stands for.
 */
final class GuidelineVariables {
    private final Space space;
    private final Map<Integer, CExpr> conditions = new HashMap<>();

    GuidelineVariables(CheckedGuideline guideline) {
        this.space = Space.knownValues(guideline.inputs().stream().map(InputDecl::spec).toList());
    }

    Space space() {
        return space;
    }

    Variable variable(int index) {
        return space.variable(index);
    }

    Variable input(InputDecl input) {
        return space.input(input.name());
    }

    /** An outcome (own or imported) read as an independent variable over its codes or true/false. */
    Variable outcome(CExpr.OutcomeRef ref) {
        return space.outcome(ref.guideline() + "." + ref.outcome().name(), ref.display(),
                ref.type() instanceof Type.Code code ? code.codes().names() : Space.TRUTH_VALUES);
    }

    /** A condition beyond the analysis, read as a free true/false value; equal conditions share one. */
    Variable condition(CExpr condition, String reason) {
        Variable variable = space.condition(condition, condition.span().text(), reason);
        conditions.putIfAbsent(variable.index(), condition);
        return variable;
    }

    /** The expression a condition variable stands for. */
    CExpr conditionOf(Variable variable) {
        return conditions.get(variable.index());
    }
}
