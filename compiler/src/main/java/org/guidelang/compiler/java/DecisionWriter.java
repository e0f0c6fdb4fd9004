package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Recommendation;
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
    private final ClassName input;

    /** {@code input}: the guideline's input record, which the plain decisions take. */
    DecisionWriter(MemberNames names, ExpressionWriter expressions, List<NumberedConditions.Condition> elements,
            ClassName input) {
        this.input = input;
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

    /**
     * An outcome's plain decision: a static method of the evaluation, {@code gradeWhenGiven(input,
     * ...)}, whose parameters after the input are the outcomes its conditions read, in the order of
     * {@code reads}.
     */
    record Plain(MethodSpec method, List<CExpr.OutcomeRef> reads) {}

    // private static int gradeWhenGiven(Input input) { if (input.ki67() == null || ...) { return PENDING; } if (...) { return 3; } ... }
    /**
     * The table in plain two-valued Java for a patient who gives every input its rules read (see
     * {@link GivenConditions}), or null when some rule has no plain form. It answers {@code pending}
     * when an input it reads is missing or an outcome it reads has no value, for the three-valued
     * decision; otherwise it concludes as that decision does, which, with no rule unknown, sees only
     * the codes of the rules that held: a code, or -1 when no rule gives one (and then no input is
     * missing and no code is possible, as that decision would record).
     */
    Plain tableWhenGiven(DecisionTable table, String pending) {
        boolean unique = table.policy() == DecisionTable.HitPolicy.UNIQUE;
        List<String> codes = table.codes().codes().stream().map(c -> c.name()).toList();
        String holding = names.local("holding");
        GivenConditions given = new GivenConditions(expressions, names);
        CodeBlock.Builder rules = CodeBlock.builder();
        if (unique) {
            rules.addStatement("long $L = 0L", holding);
        }
        for (DecisionTable.Rule rule : table.rules()) {
            CodeBlock condition = given.condition(rule.condition());
            if (condition == null) {
                return null;
            }
            int code = codes.indexOf(rule.code());
            rules.add("// rule $L: $L → $L\n", rule.number(), JavadocText.line(rule.text()), rule.code())
                    .beginControlFlow("if ($L)", condition)
                    .addStatement("$L", unique ? CodeBlock.of("$L |= $L", holding, bits(code)) : CodeBlock.of("return $L", code))
                    .endControlFlow();
        }
        // With no rule unknown, the three-valued decision concludes from the rules that held alone.
        String logic = names.logic(table);
        int last = table.otherwise() == null ? codes.size() : codes.indexOf(table.otherwise().code());
        if (unique) {
            rules.add("// the rule that holds wins; several that hold conflict; none: $L\n",
                            table.otherwise() == null ? "no code" : "otherwise " + table.otherwise().code())
                    .addStatement("return $L.outcomeOf($L == 0L ? $L : $T.bitCount($L) == 1 ? $L : 0L)", logic, holding,
                            bits(last), Long.class, holding, holding);
        } else {
            rules.add("// no rule held: $L\n", table.otherwise() == null ? "the table has no code"
                            : "otherwise " + table.otherwise().code())
                    .addStatement("return $L.outcomeOf($L)", logic, bits(last));
        }
        return whenGiven(table.name(), names.givenMethod(table), TypeName.INT, given, CodeBlock.of("$L", pending),
                rules.build());
    }

    // private static int eligibilityWhenGiven(Input input, WhoGrading.Grade whoGrade) { if (...) { return PENDING; } int held = 0; ... }
    /** The criteria set as {@link #tableWhenGiven} writes a table: the count of criteria held, in plain Java. */
    Plain criteriaWhenGiven(CriteriaSet set, String pending) {
        String held = names.local("held");
        String relative = names.local("relative");
        String code = names.local("code");
        GivenConditions given = new GivenConditions(expressions, names);
        CodeBlock.Builder criteria = CodeBlock.builder()
                .addStatement("int $L = 0", held)
                .addStatement("boolean $L = true", relative);
        List<NumberedConditions.Condition> conditions = NumberedConditions.of(elements, set);
        for (int i = 0; i < conditions.size(); i++) {
            CodeBlock condition = given.condition(conditions.get(i).condition());
            if (condition == null) {
                return null;
            }
            criteria.add("// $L\n", JavadocText.line(conditions.get(i).what()));
            if (set.criteria().get(i).relative()) {
                criteria.addStatement("$L &= $L", relative, condition);
            } else {
                criteria.beginControlFlow("if ($L)", condition).addStatement("$L++", held).endControlFlow();
            }
        }
        criteria.add("// the same conclusion as the three-valued decision, with nothing unknown\n")
                .addStatement("int $L = $L.outcomeOf($L, 0, $T.of($L))", code, names.logic(set), held,
                        RuntimeTypes.TRUTH, relative)
                .addStatement("return $L < 0 ? $L : $L", code, pending, code);
        return whenGiven(set.name(), names.givenMethod(set), TypeName.INT, given, CodeBlock.of("$L", pending),
                criteria.build());
    }

    // private static Truth surgeryWhenGiven(Input input) { if (input.age() == null) { return Truth.UNKNOWN; } return Truth.of(...); }
    /**
     * A recommendation's condition in plain Java, as {@link #tableWhenGiven} writes a table: {@code
     * Truth.UNKNOWN} where it does not decide, else TRUE or FALSE; null when the condition has no
     * plain form. A recommendation without a condition always holds and needs none.
     */
    Plain recommendationWhenGiven(Recommendation rec) {
        GivenConditions given = new GivenConditions(expressions, names);
        CodeBlock condition = given.condition(rec.condition());
        if (condition == null) {
            return null;
        }
        CodeBlock body = CodeBlock.builder()
                .add("// recommendation: $L\n", JavadocText.line(rec.conditionText()))
                .addStatement("return $T.of($L)", RuntimeTypes.TRUTH, condition)
                .build();
        return whenGiven(rec.name(), names.givenMethod(rec), RuntimeTypes.TRUTH, given,
                CodeBlock.of("$T.UNKNOWN", RuntimeTypes.TRUTH), body);
    }

    private Plain whenGiven(String outcome, String name, TypeName returns, GivenConditions given, CodeBlock pending,
            CodeBlock body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns)
                .addParameter(input, names.field("input"))
                .addParameters(given.parameters())
                .addJavadoc("Decides {@code $L} in plain Java when every input it reads is given and every outcome it "
                        + "reads has a value: then each condition is true or false, where three-valued logic is "
                        + "Boolean logic, so this decides as the three-valued decision does, only faster. {@code $L} "
                        + "where it does not decide. Static, so that {@code evaluate} decides a complete patient "
                        + "without an evaluation.\n", outcome, pending);
        CodeBlock guard = given.guard();
        if (guard != null) {
            method.beginControlFlow("if ($L)", guard)
                    .addStatement("return $L", pending)
                    .endControlFlow();
        }
        return new Plain(method.addCode(body).build(), given.outcomesRead());
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
