package org.guidelang.compiler.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;

/**
 * Writes each outcome's decision as straight-line code for evaluations without an explanation:
 * every rule's or criterion's truth is computed once, into a local, and its missing inputs only
 * when it is unknown, so that deciding an outcome costs what hand-written code costs.
 *
 * <p>So a generated evaluator decides in two ways: this code for results, and the runtime's
 * {@code …Logic} objects, which walk the numbered conditions, for explanations. They share only the
 * last step (the {@code …Logic} object's {@code outcomeOf}, {@code missingOf} and {@code
 * possibleOf} turn candidates or counts into a code and the codes still possible); the walk over
 * the rules is written twice. {@code DifferentialTest} holds both to the interpreter on random
 * patients: a result's outcomes come from this code, its explanation from the {@code …Logic} walk.
 */
final class DecisionWriter {
    /** Locals of the decision methods, which no rule or criterion local may take. */
    private static final Set<String> LOCALS = Set.of("held", "unknown", "missing", "relative", "relativeMissing",
            "candidates", "holding", "code", "label");

    private final CheckedGuideline guideline;
    private final ExpressionWriter expressions;
    private final List<NumberedConditions.Condition> elements;
    private final Map<String, String> members;

    DecisionWriter(CheckedGuideline guideline, ExpressionWriter expressions, List<NumberedConditions.Condition> elements) {
        this.guideline = guideline;
        this.expressions = expressions;
        this.elements = elements;
        this.members = JavaTypes.evaluationNames(guideline);
    }

    /** {@code decideGrade}: the method that decides {@code outcome} without an explanation. */
    static String methodName(String member) {
        return "decide" + Character.toUpperCase(member.charAt(0)) + member.substring(1);
    }

    /** {@code gradeFrom}: sets a table's missing inputs and possible codes from its candidates. */
    static String concludeName(String member) {
        return member + "From";
    }

    // private int decideGrade() { long candidates = 0L; ... Truth rule1 = ...; if (rule1 == Truth.TRUE) { return gradeFrom(...); } ... }
    MethodSpec table(DecisionTable table) {
        String name = members.get(table.name());
        boolean unique = table.policy() == DecisionTable.HitPolicy.UNIQUE;
        List<String> codes = table.codes().codes().stream().map(c -> c.name()).toList();
        int noRule = codes.size();
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(name))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addJavadoc("Decides {@code $L} as {@link #$L} does ($L), without an explanation: each rule's "
                        + "truth once, and its missing inputs only when it is unknown. An explanation walks {@code $L} "
                        + "instead.\n", table.name(), GuidelineClassGenerator.logicName(table),
                        unique ? "unique hit" : "first hit", GuidelineClassGenerator.logicName(table))
                .addCode("// bits over the codes that may result; 1L << $L: no rule applies\n", noRule)
                .addStatement("long candidates = 0L")
                .addStatement("long missing = 0L");
        if (unique) {
            method.addStatement("long holding = 0L");
        }
        List<NumberedConditions.Condition> rules = NumberedConditions.of(elements, table);
        for (int i = 0; i < rules.size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            String local = "rule" + rule.number();
            int bit = codes.indexOf(rule.code());
            method.addCode("// rule $L: $L → $L\n", rule.number(), JavadocText.line(rule.text()), rule.code())
                    .addStatement("$T $L = $L", RuntimeTypes.TRUTH, local, expressions.value(rules.get(i).condition()));
            if (unique) {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("holding |= $L", bits(bit));
            } else {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("return $L(candidates | $L, missing)", concludeName(name), bits(bit));
            }
            ExpressionWriter.Missing lacking = expressions.missingWhenUnknown(rules.get(i).condition(), LOCALS);
            method.nextControlFlow("else if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                    .addStatement("candidates |= $L", bits(bit))
                    .addCode(lacking.locals())
                    .addStatement("missing |= $L", lacking.set())
                    .endControlFlow();
        }
        if (unique) {
            method.beginControlFlow("if (holding != 0L)")
                    .addCode("// the rule that holds wins; several that hold conflict, and no code is possible\n")
                    .addStatement("return $L($T.bitCount(holding) == 1 ? holding : 0L, 0L)", concludeName(name),
                            Long.class)
                    .endControlFlow();
        }
        int last = table.otherwise() == null ? noRule : codes.indexOf(table.otherwise().code());
        return method.addCode(table.otherwise() == null ? CodeBlock.of("// no rule held: the table may have no code\n")
                        : CodeBlock.of("// no rule held: otherwise $L\n", table.otherwise().code()))
                .addStatement("return $L(candidates | $L, missing)", concludeName(name), bits(last))
                .build();
    }

    // private int gradeFrom(long candidates, long missing) { int grade = GRADE_LOGIC.outcomeOf(candidates); ... }
    MethodSpec tableConclusion(DecisionTable table) {
        String name = members.get(table.name());
        String logic = GuidelineClassGenerator.logicName(table);
        return MethodSpec.methodBuilder(concludeName(name))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(long.class, "candidates")
                .addParameter(long.class, "missing")
                .addJavadoc("The code {@code candidates} decide, or -1 (undetermined) with the inputs and codes "
                        + "still open.\n")
                .addStatement("int code = $L.outcomeOf(candidates)", logic)
                .addStatement("$LMissing = code < 0 ? missing : 0L", name)
                .addStatement("$LPossible = code < 0 ? $L.possibleOf(candidates) : 0L", name, logic)
                .addStatement("return code")
                .build();
    }

    // private int decideEligibility() { int held = 0; ... Truth lowGrade = ...; if (lowGrade == Truth.TRUE) { held++; } ... }
    MethodSpec criteria(CriteriaSet set) {
        String name = members.get(set.name());
        String logic = GuidelineClassGenerator.logicName(set);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(name))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addJavadoc("Decides {@code $L} as {@link #$L} does, without an explanation: each criterion's truth "
                        + "once, and its missing inputs only when it is unknown. An explanation walks {@code $L} "
                        + "instead.\n", set.name(), logic, logic)
                .addStatement("int held = 0")
                .addStatement("int unknown = 0")
                .addStatement("long missing = 0L")
                .addStatement("$T relative = $T.TRUE", RuntimeTypes.TRUTH, RuntimeTypes.TRUTH)
                .addStatement("long relativeMissing = 0L");
        Set<String> taken = taken();
        List<NumberedConditions.Condition> conditions = NumberedConditions.of(elements, set);
        for (int i = 0; i < conditions.size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            String local = local(criterion.name(), taken);
            method.addCode("// $L\n", JavadocText.line(conditions.get(i).what()))
                    .addStatement("$T $L = $L", RuntimeTypes.TRUTH, local,
                            expressions.value(conditions.get(i).condition()));
            ExpressionWriter.Missing lacking = expressions.missingWhenUnknown(conditions.get(i).condition(), taken);
            if (criterion.relative()) {
                method.addStatement("relative = relative.and($L)", local)
                        .beginControlFlow("if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                        .addCode(lacking.locals())
                        .addStatement("relativeMissing |= $L", lacking.set())
                        .endControlFlow();
            } else {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("held++")
                        .nextControlFlow("else if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                        .addStatement("unknown++")
                        .addCode(lacking.locals())
                        .addStatement("missing |= $L", lacking.set())
                        .endControlFlow();
            }
        }
        return method.addStatement("int code = $L.outcomeOf(held, unknown, relative)", logic)
                .addStatement("$LMissing = code < 0 ? $L.missingOf(held, missing, relativeMissing) : 0L", name, logic)
                .addStatement("$LPossible = code < 0 ? $L.possibleOf(held, unknown, relative) : 0L", name, logic)
                .addStatement("return code")
                .build();
    }

    /** The names a criterion's local must not hide: the evaluation's fields and the method's own locals. */
    private Set<String> taken() {
        Set<String> taken = new HashSet<>(LOCALS);
        taken.addAll(JavaTypes.EVALUATION_MEMBERS);
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            taken.add(ExpressionWriter.aliasField(imported.alias()));
        }
        return taken;
    }

    /** {@code lowGrade}; a capitalised name gets a prefix, so that it cannot hide a type such as {@code Ops}. */
    private static String local(String criterion, Set<String> taken) {
        String name = JavaNames.memberName(Character.isUpperCase(criterion.charAt(0)) ? "criterion" + criterion
                : criterion, taken);
        taken.add(name);
        return name;
    }

    private static String bits(int code) {
        return "1L << " + code;
    }
}
