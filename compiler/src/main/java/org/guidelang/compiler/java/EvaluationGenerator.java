package org.guidelang.compiler.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.ExplanationScopes;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.model.ValueUnits;
import org.guidelang.compiler.naming.JavaIdentifiers;
import org.guidelang.runtime.Unit;

/**
 * Generates a guideline's {@code Evaluation}: the state of one evaluation of one patient. Outcomes
 * are decided on first use and remembered, as in the interpreter, so that the explanation lists
 * the steps in the interpreter's order; the numbered conditions feed the runtime's table, criteria
 * and recommendation logic.
 */
final class EvaluationGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final MemberNames names;
    private final ExpressionWriter expressions;
    private final DecisionWriter decisions;
    private final List<NumberedConditions.Condition> elements;
    private final ClassName self;
    private final ClassName evaluation;
    private final String pending;
    private final String input;
    private final String trace;
    private final String label;
    /** The plain decisions, by outcome, in declaration order; filled by {@link #straightLine()}. */
    private final Map<Outcome, DecisionWriter.Plain> plain = new LinkedHashMap<>();

    EvaluationGenerator(CheckedGuideline guideline, JavaTypes types, List<NumberedConditions.Condition> elements) {
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.expressions = new ExpressionWriter(guideline, types);
        this.self = types.classOf(guideline.id());
        this.decisions = new DecisionWriter(names, expressions, elements, self.nestedClass("Input"));
        this.elements = elements;
        this.evaluation = self.nestedClass("Evaluation");
        this.pending = names.field("PENDING");
        this.input = names.field("input");
        this.trace = names.field("trace");
        this.label = names.local("label");
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
                .addField(FieldSpec.builder(int.class, pending, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("An outcome not decided yet; decided ones hold a code's ordinal or -1 (undetermined).\n")
                        .initializer("-2")
                        .build())
                .addField(FieldSpec.builder(self.nestedClass("Input"), input, Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(traceType(), trace, Modifier.PRIVATE, Modifier.FINAL).build());
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            type.addField(types.classOf(imported.guideline().id()).nestedClass("Evaluation"),
                    names.aliasField(imported.alias()), Modifier.PRIVATE, Modifier.FINAL);
        }
        for (Outcome outcome : guideline.outcomes()) {
            type.addField(outcomeField(outcome));
            type.addField(FieldSpec.builder(long.class, names.missingField(outcome), Modifier.PRIVATE).build());
            if (Codes.of(outcome) != null) {
                type.addField(FieldSpec.builder(possibleType(outcome), names.possibleField(outcome), Modifier.PRIVATE)
                        .build());
            }
        }
        type.addMethod(constructor());
        if (!guideline.imports().isEmpty()) {
            type.addMethod(sharingConstructor());
        }
        Map<Outcome, List<MethodSpec>> straightLine = straightLine();
        for (Outcome outcome : guideline.outcomes()) {
            DecisionWriter.Plain given = plain.get(outcome);
            type.addMethod(outcomeAccessor(outcome, straightLine.containsKey(outcome),
                    Codes.of(outcome) == null ? null : given));
            type.addMethod(outcomeMissing(outcome));
            if (Codes.of(outcome) != null) {
                type.addMethod(outcomePossible(outcome));
            }
            if (given != null) {
                type.addMethod(given.method());
            }
            type.addMethods(straightLine.getOrDefault(outcome, List.of()));
        }
        for (Definition definition : guideline.definitions()) {
            type.addMethod(definitionValue(definition));
            type.addMethod(definitionMissing(definition));
        }
        type.addMethod(evaluateAll())
                .addMethods(condition())
                .addMethods(missing())
                .addMethods(values());
        MethodSpec unit = unit();
        if (unit != null) {
            type.addMethod(unit);
        }
        return type.addMethods(expressions.parts()).build();
    }

    /**
     * The plain decision of each outcome that has one, by outcome: what {@code evaluate} decides a
     * complete patient with ({@link GivenResultWriter}), and the evaluation first tries for a table
     * or criteria set. Call after {@link #generate()}.
     */
    Map<Outcome, DecisionWriter.Plain> plainDecisions() {
        return Map.copyOf(plain);
    }

    /**
     * The methods that decide tables and criteria sets in straight-line code, by outcome, and
     * records in {@link #plain} the plain decision of each outcome that has one. A table whose
     * codes do not fit a {@code long}, or whose method would come near the JVM's limit of 64 KB of
     * code per method, is decided by its runtime logic object alone, as with an explanation, and
     * has no plain decision. A recommendation has one when its condition has a plain form.
     */
    private Map<Outcome, List<MethodSpec>> straightLine() {
        // By identity: an outcome record hashes its whole table, through method handles linked on
        // first use, which a cold compile pays in tens of milliseconds.
        Map<Outcome, List<MethodSpec>> methods = new IdentityHashMap<>();
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof Recommendation rec) {
                DecisionWriter.Plain given = rec.condition() == null ? null : decisions.recommendationWhenGiven(rec);
                if (given != null && given.method().toString().length() < MethodSize.STRAIGHT_LINE_BUDGET) {
                    plain.put(outcome, given);
                }
                continue;
            }
            List<MethodSpec> decide = List.of();
            if (outcome instanceof DecisionTable table && !Codes.wide(table)) {
                decide = List.of(decisions.table(table), decisions.tableConclusion(table));
            } else if (outcome instanceof CriteriaSet set) {
                decide = List.of(decisions.criteria(set));
            }
            if (!decide.isEmpty() && decide.get(0).toString().length() < MethodSize.STRAIGHT_LINE_BUDGET) {
                DecisionWriter.Plain given = outcome instanceof DecisionTable table
                        ? decisions.tableWhenGiven(table, pending)
                        : decisions.criteriaWhenGiven((CriteriaSet) outcome, pending);
                if (given != null && given.method().toString().length() < MethodSize.STRAIGHT_LINE_BUDGET) {
                    plain.put(outcome, given);
                }
                methods.put(outcome, decide);
            }
        }
        return methods;
    }

    /** {@code long}, or {@code long[]} for a table of more codes than a {@code long} has bits. */
    private static TypeName possibleType(Outcome outcome) {
        return Codes.wide(outcome) ? ArrayTypeName.of(TypeName.LONG) : TypeName.LONG;
    }

    // @Override public Unit unit(String name) { return switch (name) { case "age", "ageLimit" -> Unit.YEARS; ... }; }
    private MethodSpec unit() {
        Set<String> valueNames = new java.util.TreeSet<>();
        guideline.inputs().forEach(decl -> valueNames.add(decl.name()));
        addParams(guideline, valueNames);
        java.util.function.Function<String, Unit> units = ValueUnits.of(guideline);
        Map<Unit, List<String>> byUnit = new java.util.TreeMap<>();
        for (String name : valueNames) {
            Unit unit = units.apply(name);
            if (unit != Unit.NONE) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(name);
            }
        }
        if (byUnit.isEmpty()) {
            return null;
        }
        String parameter = names.local("name");
        CodeBlock.Builder code = CodeBlock.builder().add("return switch ($L) {\n$>", parameter);
        byUnit.forEach((unit, unitNames) -> code.add("case $L -> $T.$L;\n",
                CodeBlock.join(unitNames.stream().map(n -> CodeBlock.of("$S", n)).toList(), ", "), RuntimeTypes.UNIT,
                unit.name()));
        code.add("default -> $T.NONE;\n$<};\n", RuntimeTypes.UNIT);
        return MethodSpec.methodBuilder("unit")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.UNIT)
                .addParameter(String.class, parameter)
                .addCode(code.build())
                .build();
    }

    private static void addParams(CheckedGuideline guideline, Set<String> names) {
        guideline.params().forEach(param -> names.add(param.name()));
        guideline.imports().forEach(imported -> addParams(imported.guideline(), names));
    }

    // private int grade = PENDING;   (a code's ordinal, UNDETERMINED, or PENDING)   | private Truth surgery;
    private FieldSpec outcomeField(Outcome outcome) {
        String name = names.valueField(outcome);
        if (Codes.of(outcome) == null) {
            return FieldSpec.builder(RuntimeTypes.TRUTH, name, Modifier.PRIVATE).build();
        }
        return FieldSpec.builder(int.class, name, Modifier.PRIVATE).initializer("$L", pending).build();
    }

    // public Evaluation(Input input, List<ExplanationStep> trace) { WhoGrading.Evaluation whoGrading = ...; this.who = whoGrading; }
    private MethodSpec constructor() {
        MethodSpec.Builder method = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An evaluation of {@code input}; explanation steps go to {@code trace} unless it is null.\n")
                .addParameter(self.nestedClass("Input"), input)
                .addParameter(traceType(), trace)
                .addStatement("this.$L = $T.requireNonNull($L, $S)", input, RuntimeTypes.OBJECTS, input, "input")
                .addStatement("this.$L = $L", trace, trace);
        Map<String, String> scopes = ExplanationScopes.of(guideline);
        // Every guideline reached through imports is evaluated once, as the interpreter decides
        // each outcome once, even when two imports share it (a diamond).
        for (CheckedGuideline other : transitiveImports(guideline)) {
            ClassName type = types.classOf(other.id());
            List<CodeBlock> args = new ArrayList<>();
            for (InputDecl decl : other.inputs()) {
                args.add(CodeBlock.of("$L.$L()", input, MemberNames.input(decl)));
            }
            List<String> deps = new ArrayList<>();
            for (CheckedGuideline.ImportRef imported : other.imports()) {
                deps.add(local(imported.guideline()));
            }
            // Its steps are labelled by the path of aliases that reaches it (ExplanationScopes), as the
            // interpreter labels them.
            method.addStatement("$T $L = new $T(new $T($L), $T.of($L, $S)$L)", type.nestedClass("Evaluation"),
                    local(other), type.nestedClass("Evaluation"), type.nestedClass("Input"),
                    CodeBlock.join(args, ", "), RuntimeTypes.SCOPED_TRACE, trace, scopes.get(other.id()),
                    deps.isEmpty() ? "" : ", " + String.join(", ", deps));
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            method.addStatement("this.$L = $L", names.aliasField(imported.alias()), local(imported.guideline()));
        }
        return method.build();
    }

    // public Evaluation(Input input, List<ExplanationStep> trace, WhoGrading.Evaluation who) { ... }
    private MethodSpec sharingConstructor() {
        MethodSpec.Builder method = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An evaluation of {@code input} that shares the given evaluations of the imported "
                        + "guidelines (of the same patient), as an importing guideline's evaluation does.\n")
                .addParameter(self.nestedClass("Input"), input)
                .addParameter(traceType(), trace);
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            method.addParameter(types.classOf(imported.guideline().id()).nestedClass("Evaluation"),
                    names.aliasField(imported.alias()));
        }
        method.addStatement("this.$L = $T.requireNonNull($L, $S)", input, RuntimeTypes.OBJECTS, input, "input")
                .addStatement("this.$L = $L", trace, trace);
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            String field = names.aliasField(imported.alias());
            method.addStatement("this.$L = $T.requireNonNull($L, $S)", field, RuntimeTypes.OBJECTS, field,
                    imported.alias());
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
    private String local(CheckedGuideline guideline) {
        String type = JavaIdentifiers.typeName(guideline.id());
        String name = JavaIdentifiers.memberName(Character.toLowerCase(type.charAt(0)) + type.substring(1));
        return names.local("shared:" + guideline.id(), name);
    }

    // public Grade grade(String label) { if (grade == PENDING) { grade = GRADE.decide(this, label, trace); ... } ... }
    private MethodSpec outcomeAccessor(Outcome outcome, boolean straightLine, DecisionWriter.Plain whenGiven) {
        String name = names.valueField(outcome);
        String missing = names.missingField(outcome);
        String logic = names.logic(outcome);
        MethodSpec.Builder method = MethodSpec.methodBuilder(MemberNames.outcome(outcome))
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, label)
                .addJavadoc("$L ({@code $L} names it in the explanation); $L when undetermined.\n",
                        JavadocText.continued(outcome.label(), "decided on first use"), label,
                        Codes.of(outcome) == null ? "{@code UNKNOWN}" : "null")
                .addCode(straightLine || Codes.of(outcome) == null ? twoPaths(logic)
                        : CodeBlock.of("// $L decides, with or without a trace: this table is too large for "
                                + "straight-line code.\n", logic));
        if (Codes.of(outcome) == null) {
            Recommendation rec = (Recommendation) outcome;
            method.returns(RuntimeTypes.TRUTH)
                    .beginControlFlow("if ($L == null && $L == null)", name, trace);
            if (rec.condition() == null) {
                method.addStatement("$L = $T.TRUE", name, RuntimeTypes.TRUTH)
                        .addStatement("$L = 0L", missing);
            } else {
                ExpressionWriter.Missing missingSet = expressions.missingWhenUnknown(rec.condition(), Set.of());
                method.addCode("// recommendation: $L\n", JavadocText.line(rec.conditionText()))
                        .addStatement("$L = $L", name, expressions.value(rec.condition()));
                if (missingSet.locals().isEmpty()) {
                    method.addStatement("$L = $L.isUnknown() ? $L : 0L", missing, name, missingSet.set());
                } else {
                    method.beginControlFlow("if ($L.isUnknown())", name)
                            .addCode(missingSet.locals())
                            .addStatement("$L = $L", missing, missingSet.set())
                            .endControlFlow();
                }
            }
            return method.nextControlFlow("else if ($L == null)", name)
                    .addStatement("$L = $L.decide(this, $L, $L)", name, logic, label, trace)
                    .addStatement("$L = $L.isUnknown() ? $L.missing(this) : 0L", missing, name, logic)
                    .endControlFlow()
                    .addStatement("return $L", name)
                    .build();
        }
        ClassName codes = types.enumOf(Codes.of(outcome));
        method.returns(codes);
        if (whenGiven != null) {
            method.beginControlFlow("if ($L == $L && $L == null)", name, pending, trace)
                    .addCode("// A patient who gives every input it reads is decided in plain Java; the rest in three values.\n")
                    .addStatement("$L = $L($L)", name, names.givenMethod(outcome), plainArguments(whenGiven))
                    .beginControlFlow("if ($L == $L)", name, pending)
                    .addStatement("$L = $L()", name, names.decideMethod(outcome))
                    .endControlFlow()
                    .nextControlFlow("else if ($L == $L)", name, pending);
        } else if (straightLine) {
            method.beginControlFlow("if ($L == $L && $L == null)", name, pending, trace)
                    .addStatement("$L = $L()", name, names.decideMethod(outcome))
                    .nextControlFlow("else if ($L == $L)", name, pending);
        } else {
            method.beginControlFlow("if ($L == $L)", name, pending);
        }
        return method.addStatement("$L = $L.decide(this, $L, $L)", name, logic, label, trace)
                .addStatement("$L = $L < 0 ? $L.missing(this) : 0L", missing, name, logic)
                .addStatement(Codes.wide(outcome) ? "$L = $L < 0 ? $L.possibleCodes(this) : null"
                        : "$L = $L < 0 ? $L.possible(this) : 0L", names.possibleField(outcome), name, logic)
                .endControlFlow()
                .addStatement("return $L < 0 ? null : $L[$L]", name, names.values(outcome), name)
                .build();
    }

    /** {@code input, who.grade("who.grade")}: the arguments of a plain decision, as the evaluation reads them. */
    private CodeBlock plainArguments(DecisionWriter.Plain plain) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$L", input));
        plain.reads().forEach(o -> arguments.add(expressions.value(o)));
        return CodeBlock.join(arguments, ", ");
    }

    // // Without a trace: straight-line code, fast. With one: GRADE_LOGIC decides and explains. ...
    private static CodeBlock twoPaths(String logic) {
        return CodeBlock.of("// Without a trace, straight-line code decides (fast); with one, $L decides and explains.\n"
                + "// The compiler's differential test checks that both agree with its interpreter.\n", logic);
    }

    // public long gradePossible() { return gradePossible; }
    private MethodSpec outcomePossible(Outcome outcome) {
        if (Codes.wide(outcome)) {
            String field = names.possibleField(outcome);
            return MethodSpec.methodBuilder(names.possibleMethod(outcome))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ArrayTypeName.of(TypeName.LONG))
                    .addJavadoc("The codes (bits over the ordinals, in words of 64) {@code $L} can still take when "
                            + "undetermined, once decided; null or no bit set when nothing is known.\n", outcome.name())
                    .addStatement("return $L == null ? null : $L.clone()", field, field)
                    .build();
        }
        return MethodSpec.methodBuilder(names.possibleMethod(outcome))
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("The codes (bits over the ordinals) {@code $L} can still take when undetermined, once "
                        + "decided; 0 when nothing is known.\n", outcome.name())
                .addStatement("return $L", names.possibleField(outcome))
                .build();
    }

    // public long gradeMissing() { return gradeMissing; }
    private MethodSpec outcomeMissing(Outcome outcome) {
        return MethodSpec.methodBuilder(names.missingMethod(outcome))
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addJavadoc("The inputs (bits of {@code INPUT_INDEX}) that could decide {@code $L}, once decided.\n",
                        outcome.name())
                .addStatement("return $L", names.missingField(outcome))
                .build();
    }

    // private Truth highProliferation() { return Ops.gt(input.ki67(), 20.0).or(...); }
    private MethodSpec definitionValue(Definition definition) {
        return MethodSpec.methodBuilder(names.definition(definition))
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
        return MethodSpec.methodBuilder(names.definitionMissing(definition))
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
            method.addStatement("$L($S)", MemberNames.outcome(outcome), outcome.name());
        }
        return method.addStatement("return $L", trace).build();
    }

    // public Truth condition(int element) { return switch (element) { case 0 -> ...; default -> throw ...; }; }
    private List<MethodSpec> condition() {
        return conditionsMethods("condition", RuntimeTypes.TRUTH, expr -> CodeBlock.of("$L;", expressions.value(expr)));
    }

    // case 0 -> MissingInputs.of(...);  |  case 1 -> { Truth part1 = ...; yield MissingInputs.of(part1.and(...), ...); }
    private List<MethodSpec> missing() {
        return conditionsMethods("missing", TypeName.LONG, expr -> {
            ExpressionWriter.Missing missing = expressions.missing(expr, Set.of());
            return missing.locals().isEmpty() ? CodeBlock.of("$L;", missing.set())
                    : CodeBlock.builder().add("{\n$>").add(missing.locals()).addStatement("yield $L", missing.set())
                            .add("$<}").build();
        });
    }

    private List<MethodSpec> values() {
        return conditionsMethods("values", ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                ClassName.get(Object.class)), expr -> CodeBlock.of("$L;", expressions.values(expr)));
    }

    /**
     * The {@code Conditions} method {@code name}: a switch over the numbered conditions, where
     * {@code body} writes an arm, {@code x;} or a block. When the cases would make the method too
     * large for the JVM, they go in groups to methods of their own ({@code condition0}, {@code
     * condition1}, ...) and the method picks the group.
     */
    private List<MethodSpec> conditionsMethods(String name, TypeName returns,
            java.util.function.Function<CExpr, CodeBlock> body) {
        String element = names.local("element");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addParameter(int.class, element);
        if (elements.isEmpty()) {
            return List.of(method.addStatement("throw new $T($S + $L)", IllegalArgumentException.class,
                    "no condition ", element).build());
        }
        List<List<CodeBlock>> groups = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        int size = MethodSize.SWITCH_BUDGET;
        for (NumberedConditions.Condition each : elements) {
            CodeBlock one = CodeBlock.builder()
                    .add("// $L\n", JavadocText.line(each.describe()))
                    .add("case $L -> $L\n", each.index(), body.apply(each.condition()))
                    .build();
            int length = one.toString().length();
            if (size + length > MethodSize.SWITCH_BUDGET) {
                groups.add(new ArrayList<>());
                firsts.add(each.index());
                size = 0;
            }
            groups.get(groups.size() - 1).add(one);
            size += length;
        }
        if (groups.size() == 1) {
            return List.of(method.addCode(switchOf(element, groups.get(0))).build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(null);
        for (int i = 0; i < groups.size(); i++) {
            String group = names.helper("group:" + name + ":" + i, name + i);
            if (i + 1 < groups.size()) {
                method.beginControlFlow("if ($L < $L)", element, firsts.get(i + 1))
                        .addStatement("return $L($L)", group, element)
                        .endControlFlow();
            } else {
                method.addStatement("return $L($L)", group, element);
            }
            methods.add(MethodSpec.methodBuilder(group)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(returns)
                    .addParameter(int.class, element)
                    .addCode(switchOf(element, groups.get(i)))
                    .build());
        }
        methods.set(0, method.build());
        return methods;
    }

    private static CodeBlock switchOf(String element, List<CodeBlock> cases) {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch ($L) {\n$>", element);
        cases.forEach(code::add);
        return code.add("default -> throw new $T($S + $L);\n", IllegalArgumentException.class, "no condition ", element)
                .add("$<};\n")
                .build();
    }
}
