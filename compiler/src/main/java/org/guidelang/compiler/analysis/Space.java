package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * The variables of one guideline's analysis, created as conditions mention them. Patients are
 * the points of the product of the variables' domains: every combination of known values is a
 * patient the guideline must handle.
 */
final class Space {
    static final List<String> BOOLEAN_CHOICES = List.of("true", "false");

    private final CheckedGuideline guideline;
    private final List<Variable> variables = new ArrayList<>();
    private final Map<Object, Variable> byKey = new LinkedHashMap<>();
    private Region admissible;
    private List<String> beyondConstraints = List.of();

    Space(CheckedGuideline guideline) {
        this.guideline = guideline;
    }

    /**
     * The patients that satisfy the guideline's constraints between inputs, as far as the analysis
     * reads them; null until {@link ConstraintAnalysis} has restricted the space, and for a
     * guideline without constraints. Once set, every region lies within it.
     */
    Region admissible() {
        return admissible;
    }

    /** The constraints beyond the analysis, by name: patients it finds may break them. */
    List<String> beyondConstraints() {
        return beyondConstraints;
    }

    void restrict(Region admissible, List<String> beyondConstraints) {
        this.admissible = admissible;
        this.beyondConstraints = List.copyOf(beyondConstraints);
    }

    Variable variable(int index) {
        return variables.get(index);
    }

    Variable input(InputDecl input) {
        return byKey.computeIfAbsent("input:" + input.name(), key -> {
            int order = guideline.inputs().indexOf(input);
            InputKind kind = input.spec().kind();
            if (kind == InputKind.CODE) {
                return add(order, input.name(), input.spec().codes(), null, null);
            }
            if (kind == InputKind.BOOLEAN) {
                return add(order, input.name(), BOOLEAN_CHOICES, null, null);
            }
            return addNumeric(order, input);
        });
    }

    /** An outcome (own or imported) read as an independent variable over its codes or true/false. */
    Variable outcome(CExpr.OutcomeRef ref) {
        return byKey.computeIfAbsent("outcome:" + ref.guideline() + "." + ref.outcome().name(), key -> {
            List<String> choices = ref.type() instanceof Type.Code code ? code.codes().names() : BOOLEAN_CHOICES;
            return add(10_000 + variables.size(), ref.display(), choices, null, null);
        });
    }

    /** A condition beyond the analysis, read as a free true/false value; equal conditions share one. */
    Variable opaque(CExpr condition, String reason) {
        return byKey.computeIfAbsent(condition, key -> add(20_000 + variables.size(), condition.span().text(),
                BOOLEAN_CHOICES, condition, reason));
    }

    private Variable addNumeric(int order, InputDecl input) {
        Range range = input.spec().range();
        // Counts are whole numbers, as integers are: the runtime rejects a fractional value of either.
        boolean integer = input.spec().isWholeNumber();
        Numbers domain = Numbers.of(new Interval(range.lo(), range.loClosed(), range.hi(), range.hiClosed()), integer);
        Variable variable = new Variable(variables.size(), order, input.name(), domain, input.spec().unit(),
                List.of(), null, null);
        variables.add(variable);
        return variable;
    }

    private Variable add(int order, String name, List<String> choices, CExpr opaque, String reason) {
        Variable variable = new Variable(variables.size(), order, name, Choices.all(choices.size()), Unit.NONE,
                choices, opaque, reason);
        variables.add(variable);
        return variable;
    }
}
