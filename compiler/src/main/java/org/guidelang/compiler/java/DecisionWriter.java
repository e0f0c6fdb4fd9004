package org.guidelang.compiler.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.naming.JavaIdentifiers;

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
    private final ExpressionWriter expressions;
    private final List<NumberedConditions.Condition> elements;
    private final MemberNames names;

    DecisionWriter(MemberNames names, ExpressionWriter expressions, List<NumberedConditions.Condition> elements) {
        this.expressions = expressions;
        this.elements = elements;
        this.names = names;
    }

    // private int decideGrade() { long candidates = 0L; ... Truth rule1 = ...; if (rule1 == Truth.TRUE) { return gradeFrom(...); } ... }
    MethodSpec table(DecisionTable table) {
        boolean unique = table.policy() == DecisionTable.HitPolicy.UNIQUE;
        List<String> codes = table.codes().codes().stream().map(c -> c.name()).toList();
        int noRule = codes.size();
        String candidates = names.local("candidates");
        String missing = names.local("missing");
        String holding = names.local("holding");
        String conclude = names.concludeMethod(table);
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.decideMethod(table))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addJavadoc("Decides {@code $L} as {@link #$L} does ($L), without an explanation: each rule's "
                        + "truth once, and its missing inputs only when it is unknown. An explanation walks {@code $L} "
                        + "instead.\n", table.name(), names.logic(table), unique ? "unique hit" : "first hit",
                        names.logic(table))
                .addCode("// bits over the codes that may result; 1L << $L: no rule applies\n", noRule)
                .addStatement("long $L = 0L", candidates)
                .addStatement("long $L = 0L", missing);
        if (unique) {
            method.addStatement("long $L = 0L", holding);
        }
        List<NumberedConditions.Condition> rules = NumberedConditions.of(elements, table);
        for (int i = 0; i < rules.size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            String local = names.local("rule" + rule.number());
            int bit = codes.indexOf(rule.code());
            method.addCode("// rule $L: $L → $L\n", rule.number(), JavadocText.line(rule.text()), rule.code())
                    .addStatement("$T $L = $L", RuntimeTypes.TRUTH, local, expressions.value(rules.get(i).condition()));
            if (unique) {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("$L |= $L", holding, bits(bit));
            } else {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("return $L($L | $L, $L)", conclude, candidates, bits(bit), missing);
            }
            ExpressionWriter.Missing lacking = expressions.missingWhenUnknown(rules.get(i).condition(), Set.of());
            method.nextControlFlow("else if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                    .addStatement("$L |= $L", candidates, bits(bit))
                    .addCode(lacking.locals())
                    .addStatement("$L |= $L", missing, lacking.set())
                    .endControlFlow();
        }
        if (unique) {
            method.beginControlFlow("if ($L != 0L)", holding)
                    .addCode("// the rule that holds wins; several that hold conflict, and no code is possible\n")
                    .addStatement("return $L($T.bitCount($L) == 1 ? $L : 0L, 0L)", conclude, Long.class, holding,
                            holding)
                    .endControlFlow();
        }
        int last = table.otherwise() == null ? noRule : codes.indexOf(table.otherwise().code());
        return method.addCode(table.otherwise() == null ? CodeBlock.of("// no rule held: the table may have no code\n")
                        : CodeBlock.of("// no rule held: otherwise $L\n", table.otherwise().code()))
                .addStatement("return $L($L | $L, $L)", conclude, candidates, bits(last), missing)
                .build();
    }

    // private int gradeFrom(long candidates, long missing) { int grade = GRADE_LOGIC.outcomeOf(candidates); ... }
    MethodSpec tableConclusion(DecisionTable table) {
        String logic = names.logic(table);
        String candidates = names.local("candidates");
        String missing = names.local("missing");
        String code = names.local("code");
        return MethodSpec.methodBuilder(names.concludeMethod(table))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(long.class, candidates)
                .addParameter(long.class, missing)
                .addJavadoc("The code {@code $L} decide, or -1 (undetermined) with the inputs and codes still open.\n",
                        candidates)
                .addStatement("int $L = $L.outcomeOf($L)", code, logic, candidates)
                .addStatement("$L = $L < 0 ? $L : 0L", names.missingField(table), code, missing)
                .addStatement("$L = $L < 0 ? $L.possibleOf($L) : 0L", names.possibleField(table), code, logic,
                        candidates)
                .addStatement("return $L", code)
                .build();
    }

    // private int decideEligibility() { int held = 0; ... Truth lowGrade = ...; if (lowGrade == Truth.TRUE) { held++; } ... }
    MethodSpec criteria(CriteriaSet set) {
        String logic = names.logic(set);
        String held = names.local("held");
        String unknown = names.local("unknown");
        String missing = names.local("missing");
        String relative = names.local("relative");
        String relativeMissing = names.local("relativeMissing");
        String code = names.local("code");
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.decideMethod(set))
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addJavadoc("Decides {@code $L} as {@link #$L} does, without an explanation: each criterion's truth "
                        + "once, and its missing inputs only when it is unknown. An explanation walks {@code $L} "
                        + "instead.\n", set.name(), logic, logic)
                .addStatement("int $L = 0", held)
                .addStatement("int $L = 0", unknown)
                .addStatement("long $L = 0L", missing)
                .addStatement("$T $L = $T.TRUE", RuntimeTypes.TRUTH, relative, RuntimeTypes.TRUTH)
                .addStatement("long $L = 0L", relativeMissing);
        List<NumberedConditions.Condition> conditions = NumberedConditions.of(elements, set);
        for (int i = 0; i < conditions.size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            String local = local(set, criterion.name());
            method.addCode("// $L\n", JavadocText.line(conditions.get(i).what()))
                    .addStatement("$T $L = $L", RuntimeTypes.TRUTH, local,
                            expressions.value(conditions.get(i).condition()));
            ExpressionWriter.Missing lacking = expressions.missingWhenUnknown(conditions.get(i).condition(), Set.of());
            if (criterion.relative()) {
                method.addStatement("$L = $L.and($L)", relative, relative, local)
                        .beginControlFlow("if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                        .addCode(lacking.locals())
                        .addStatement("$L |= $L", relativeMissing, lacking.set())
                        .endControlFlow();
            } else {
                method.beginControlFlow("if ($L == $T.TRUE)", local, RuntimeTypes.TRUTH)
                        .addStatement("$L++", held)
                        .nextControlFlow("else if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH)
                        .addStatement("$L++", unknown)
                        .addCode(lacking.locals())
                        .addStatement("$L |= $L", missing, lacking.set())
                        .endControlFlow();
            }
        }
        return method.addStatement("int $L = $L.outcomeOf($L, $L, $L)", code, logic, held, unknown, relative)
                .addStatement("$L = $L < 0 ? $L.missingOf($L, $L, $L) : 0L", names.missingField(set), code, logic, held,
                        missing, relativeMissing)
                .addStatement("$L = $L < 0 ? $L.possibleOf($L, $L, $L) : 0L", names.possibleField(set), code, logic, held,
                        unknown, relative)
                .addStatement("return $L", code)
                .build();
    }

    /** {@code lowGrade}; a capitalised name gets a prefix, so that it reads as a local. */
    private String local(CriteriaSet set, String criterion) {
        String preferred = JavaIdentifiers.memberName(Character.isUpperCase(criterion.charAt(0)) ? "criterion"
                + criterion : criterion);
        return names.local("criterion:" + criterion, preferred);
    }

    private static String bits(int code) {
        return "1L << " + code;
    }
}
