package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;

/**
 * Generates a guideline's {@code Evaluation}: the state of one evaluation of one patient. Outcomes
 * are decided on first use and remembered, as in the interpreter, so that the explanation lists
 * the steps in the interpreter's order; the numbered conditions feed the runtime's table, criteria
 * and recommendation logic.
 */
final class EvaluationGenerator {
    static final String PENDING = "PENDING";

    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ExpressionWriter expressions;
    private final DecisionWriter decisions;
    private final List<NumberedConditions.Condition> elements;
    private final Map<String, String> members;
    private final ClassName self;
    private final ClassName evaluation;

    EvaluationGenerator(CheckedGuideline guideline, JavaTypes types, List<NumberedConditions.Condition> elements) {
        this.guideline = guideline;
        this.types = types;
        this.expressions = new ExpressionWriter(guideline, types);
        this.decisions = new DecisionWriter(guideline, expressions, elements);
        this.elements = elements;
        this.members = JavaTypes.evaluationNames(guideline);
        this.self = types.classOf(guideline.id());
        this.evaluation = self.nestedClass("Evaluation");
    }

    static TypeName traceType() {
        return ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.EXPLANATION_STEP);
    }

    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(evaluation)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.CONDITIONS)
                .addJavadoc("One evaluation of one patient, deciding each outcome on first use. Public so that "
                        + "guidelines importing {@code $L} can share it; callers use {@link #evaluate(Input)}. Not "
                        + "thread-safe: make one per evaluation.\n", guideline.id())
                .addField(FieldSpec.builder(int.class, PENDING, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).\n")
                        .initializer("-2")
                        .build())
                .addField(FieldSpec.builder(self.nestedClass("Input"), "input", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(traceType(), "trace", Modifier.PRIVATE, Modifier.FINAL).build());
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            type.addField(types.classOf(imported.guideline().id()).nestedClass("Evaluation"),
                    ExpressionWriter.aliasField(imported.alias()), Modifier.PRIVATE, Modifier.FINAL);
        }
        for (Outcome outcome : guideline.outcomes()) {
            type.addField(outcomeField(outcome));
            type.addField(FieldSpec.builder(long.class, members.get(outcome.name()) + "Missing", Modifier.PRIVATE)
                    .build());
            if (Codes.of(outcome) != null) {
                type.addField(FieldSpec.builder(long.class, members.get(outcome.name()) + "Possible",
                        Modifier.PRIVATE).build());
            }
        }
        type.addMethod(constructor());
        if (!guideline.imports().isEmpty()) {
            type.addMethod(sharingConstructor());
        }
        for (Outcome outcome : guideline.outcomes()) {
            type.addMethod(outcomeAccessor(outcome));
            type.addMethod(outcomeMissing(outcome));
            if (Codes.of(outcome) != null) {
                type.addMethod(outcomePossible(outcome));
            }
            if (outcome instanceof DecisionTable table) {
                type.addMethod(decisions.table(table));
                type.addMethod(decisions.tableConclusion(table));
            } else if (outcome instanceof CriteriaSet set) {
                type.addMethod(decisions.criteria(set));
            }
        }
        for (Definition definition : guideline.definitions()) {
            type.addMethod(definitionValue(definition));
            type.addMethod(definitionMissing(definition));
        }
        return type.addMethod(evaluateAll())
                .addMethod(condition())
                .addMethod(missing())
                .addMethod(values())
                .build();
    }

    // private int grade = PENDING;   (a code's ordinal, UNDETERMINED, or PENDING)   | private Truth surgery;
    private FieldSpec outcomeField(Outcome outcome) {
        String name = members.get(outcome.name());
        if (Codes.of(outcome) == null) {
            return FieldSpec.builder(RuntimeTypes.TRUTH, name, Modifier.PRIVATE).build();
        }
        return FieldSpec.builder(int.class, name, Modifier.PRIVATE).initializer("$L", PENDING).build();
    }

    // public Evaluation(Input input, List<ExplanationStep> trace) { WhoGrading.Evaluation whoGrading = ...; this.who = whoGrading; }
    private MethodSpec constructor() {
        MethodSpec.Builder method = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.\n")
                .addParameter(self.nestedClass("Input"), "input")
                .addParameter(traceType(), "trace")
                .addStatement("this.input = $T.requireNonNull(input, $S)", RuntimeTypes.OBJECTS, "input")
                .addStatement("this.trace = trace");
        // Every guideline reached through imports is evaluated once, as the interpreter decides
        // each outcome once, even when two imports share it (a diamond).
        for (CheckedGuideline other : transitiveImports(guideline)) {
            ClassName type = types.classOf(other.id());
            List<CodeBlock> args = new ArrayList<>();
            for (InputDecl decl : other.inputs()) {
                args.add(CodeBlock.of("input.$L()", JavaTypes.inputName(decl.name())));
            }
            List<String> deps = new ArrayList<>();
            for (CheckedGuideline.ImportRef imported : other.imports()) {
                deps.add(local(imported.guideline()));
            }
            method.addStatement("$T $L = new $T(new $T($L), trace$L)", type.nestedClass("Evaluation"), local(other),
                    type.nestedClass("Evaluation"), type.nestedClass("Input"), CodeBlock.join(args, ", "),
                    deps.isEmpty() ? "" : ", " + String.join(", ", deps));
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            method.addStatement("this.$L = $L", ExpressionWriter.aliasField(imported.alias()), local(imported.guideline()));
        }
        return method.build();
    }

    // public Evaluation(Input input, List<ExplanationStep> trace, WhoGrading.Evaluation who) { ... }
    private MethodSpec sharingConstructor() {
        MethodSpec.Builder method = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An evaluation of {@code input} that shares the given evaluations of the imported "
                        + "guidelines (of the same patient), as an importing guideline's evaluation does.\n")
                .addParameter(self.nestedClass("Input"), "input")
                .addParameter(traceType(), "trace");
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            method.addParameter(types.classOf(imported.guideline().id()).nestedClass("Evaluation"),
                    ExpressionWriter.aliasField(imported.alias()));
        }
        method.addStatement("this.input = $T.requireNonNull(input, $S)", RuntimeTypes.OBJECTS, "input")
                .addStatement("this.trace = trace");
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            String field = ExpressionWriter.aliasField(imported.alias());
            method.addStatement("this.$L = $T.requireNonNull($L, $S)", field, RuntimeTypes.OBJECTS, field, field);
        }
        return method.build();
    }

    /** The guidelines reached through imports, each once, every one after those it imports. */
    static List<CheckedGuideline> transitiveImports(CheckedGuideline guideline) {
        java.util.LinkedHashMap<String, CheckedGuideline> order = new java.util.LinkedHashMap<>();
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            visit(imported.guideline(), order);
        }
        return List.copyOf(order.values());
    }

    private static void visit(CheckedGuideline guideline, java.util.Map<String, CheckedGuideline> order) {
        if (order.containsKey(guideline.id())) {
            return;
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            visit(imported.guideline(), order);
        }
        order.put(guideline.id(), guideline);
    }

    /** The local variable holding a shared evaluation: {@code whoGrading}. */
    private static String local(CheckedGuideline guideline) {
        String type = JavaNames.typeName(guideline.id());
        String name = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return JavaNames.memberName(name, java.util.Set.of("input", "trace"));
    }

    // public Grade grade(String label) { if (grade == PENDING) { grade = GRADE.decide(this, label, trace); ... } ... }
    private MethodSpec outcomeAccessor(Outcome outcome) {
        String name = members.get(outcome.name());
        String logic = GuidelineClassGenerator.logicName(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "label")
                .addJavadoc("$L ({@code label} names it in the explanation); $L when undetermined.\n",
                        JavadocText.continued(outcome.label(), "decided on first use"),
                        Codes.of(outcome) == null ? "{@code UNKNOWN}" : "null")
                .addCode(twoPaths(logic));
        if (Codes.of(outcome) == null) {
            Recommendation rec = (Recommendation) outcome;
            method.returns(RuntimeTypes.TRUTH)
                    .beginControlFlow("if ($L == null && trace == null)", name);
            if (rec.condition() == null) {
                method.addStatement("$L = $T.TRUE", name, RuntimeTypes.TRUTH)
                        .addStatement("$LMissing = 0L", name);
            } else {
                ExpressionWriter.Missing missing = expressions.missingWhenUnknown(rec.condition(), Set.of("label"));
                method.addCode("// recommendation: $L\n", JavadocText.line(rec.conditionText()))
                        .addStatement("$L = $L", name, expressions.value(rec.condition()));
                if (missing.locals().isEmpty()) {
                    method.addStatement("$LMissing = $L.isUnknown() ? $L : 0L", name, name, missing.set());
                } else {
                    method.beginControlFlow("if ($L.isUnknown())", name)
                            .addCode(missing.locals())
                            .addStatement("$LMissing = $L", name, missing.set())
                            .endControlFlow();
                }
            }
            return method.nextControlFlow("else if ($L == null)", name)
                    .addStatement("$L = $L.decide(this, label, trace)", name, logic)
                    .addStatement("$LMissing = $L.isUnknown() ? $L.missing(this) : 0L", name, name, logic)
                    .endControlFlow()
                    .addStatement("return $L", name)
                    .build();
        }
        ClassName codes = types.enumOf(Codes.of(outcome));
        return method.returns(codes)
                .beginControlFlow("if ($L == $L && trace == null)", name, PENDING)
                .addStatement("$L = $L()", name, DecisionWriter.methodName(name))
                .nextControlFlow("else if ($L == $L)", name, PENDING)
                .addStatement("$L = $L.decide(this, label, trace)", name, logic)
                .addStatement("$LMissing = $L < 0 ? $L.missing(this) : 0L", name, name, logic)
                .addStatement("$LPossible = $L < 0 ? $L.possible(this) : 0L", name, name, logic)
                .endControlFlow()
                .addStatement("return $L < 0 ? null : $L[$L]", name, GuidelineClassGenerator.valuesName(outcome), name)
                .build();
    }

    // // Without a trace: straight-line code, fast. With one: GRADE_LOGIC decides and explains. ...
    private static CodeBlock twoPaths(String logic) {
        return CodeBlock.of("// Without a trace, straight-line code decides (fast); with one, $L decides and explains.\n"
                + "// The compiler's differential test checks that both agree with its interpreter.\n", logic);
    }

    // public long gradePossible() { return gradePossible; }
    private MethodSpec outcomePossible(Outcome outcome) {
        String name = members.get(outcome.name());
        return MethodSpec.methodBuilder(name + "Possible")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("The codes (bits over the ordinals) {@code $L} can still take when undetermined, once "
                        + "decided; 0 when nothing is known.\n", outcome.name())
                .addStatement("return $LPossible", name)
                .build();
    }

    // public long gradeMissing() { return gradeMissing; }
    private MethodSpec outcomeMissing(Outcome outcome) {
        String name = members.get(outcome.name());
        return MethodSpec.methodBuilder(name + "Missing")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("The inputs (bits of {@code INPUT_INDEX}) that could decide {@code $L}, once decided.\n",
                        outcome.name())
                .addStatement("return $LMissing", name)
                .build();
    }

    // private Truth highProliferation() { return Ops.gt(input.ki67(), 20.0).or(...); }
    private MethodSpec definitionValue(Definition definition) {
        return MethodSpec.methodBuilder(members.get(definition.name()))
                .addModifiers(Modifier.PRIVATE)
                .returns(expressions.javaType(definition.value()))
                .addJavadoc("$L\n", JavadocText.escape(definition.label() == null ? definition.name()
                        : definition.name() + ": " + definition.label()))
                .addStatement("return $L", expressions.value(definition.value()))
                .build();
    }

    // private long highProliferationMissing() { Truth part1 = ...; return MissingInputs.of(part1.or(part2), ...); }
    private MethodSpec definitionMissing(Definition definition) {
        ExpressionWriter.Missing missing = expressions.missing(definition.value(), Set.of());
        return MethodSpec.methodBuilder(members.get(definition.name()) + "Missing")
                .addModifiers(Modifier.PRIVATE)
                .returns(long.class)
                .addCode(missing.locals())
                .addStatement("return $L", missing.set())
                .build();
    }

    // List<ExplanationStep> evaluateAll() { grade("grade"); return trace; }
    private MethodSpec evaluateAll() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("evaluateAll")
                .returns(traceType())
                .addJavadoc("Decides every outcome in declaration order, as the interpreter does; returns the trace.\n");
        for (Outcome outcome : guideline.outcomes()) {
            method.addStatement("$L($S)", members.get(outcome.name()), outcome.name());
        }
        return method.addStatement("return trace").build();
    }

    // public Truth condition(int element) { return switch (element) { case 0 -> ...; default -> throw ...; }; }
    private MethodSpec condition() {
        return conditionsMethod("condition", RuntimeTypes.TRUTH, expr -> CodeBlock.of("$L;", expressions.value(expr)));
    }

    // case 0 -> MissingInputs.of(...);  |  case 1 -> { Truth part1 = ...; yield MissingInputs.of(part1.and(...), ...); }
    private MethodSpec missing() {
        return conditionsMethod("missing", TypeName.LONG, expr -> {
            ExpressionWriter.Missing missing = expressions.missing(expr, Set.of("element"));
            return missing.locals().isEmpty() ? CodeBlock.of("$L;", missing.set())
                    : CodeBlock.builder().add("{\n$>").add(missing.locals()).addStatement("yield $L", missing.set())
                            .add("$<}").build();
        });
    }

    private MethodSpec values() {
        return conditionsMethod("values", ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                ClassName.get(Object.class)), expr -> CodeBlock.of("$L;", expressions.values(expr)));
    }

    /** {@code return switch (element) { case 0 -> …; default -> throw … }}: {@code body} writes an arm, {@code x;} or a block. */
    private MethodSpec conditionsMethod(String name, TypeName returns,
            java.util.function.Function<CExpr, CodeBlock> body) {
        if (elements.isEmpty()) {
            return MethodSpec.methodBuilder(name)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returns)
                    .addParameter(int.class, "element")
                    .addStatement("throw new $T($S + element)", IllegalArgumentException.class, "no condition ")
                    .build();
        }
        CodeBlock.Builder code = CodeBlock.builder().add("return switch (element) {\n$>");
        for (NumberedConditions.Condition element : elements) {
            code.add("// $L\n", JavadocText.line(element.describe()))
                    .add("case $L -> $L\n", element.index(), body.apply(element.condition()));
        }
        code.add("default -> throw new $T($S + element);\n", IllegalArgumentException.class, "no condition ")
                .add("$<};\n");
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(int.class, "element")
                .addCode(code.build())
                .build();
    }
}
