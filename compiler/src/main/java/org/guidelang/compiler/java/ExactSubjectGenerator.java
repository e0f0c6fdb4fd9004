package org.guidelang.compiler.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.analysis.InputCells;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Completions;

/**
 * Generates what makes a guideline's answers exact: the nested {@code ExactSubject}, the guideline
 * as the runtime's {@code ExactAnswers} refines it (its inputs' cells as data, its one pass over a
 * map, the guidelines it imports), and the methods that hand it over. The refinement itself lives
 * once, in the runtime, for the interpreter and every generated class alike.
 */
final class ExactSubjectGenerator {
    /** The nested class's simple name; {@link JavaTypes#NESTED} keeps code enums off it. */
    static final String NAME = "ExactSubject";

    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ClassName self;
    private final ClassName subject;

    ExactSubjectGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.self = types.classOf(guideline.id());
        this.subject = self.nestedClass(NAME);
    }

    // public static ExactAnswers.Subject exactAnswers() { return ExactSubject.INSTANCE; }
    MethodSpec accessor() {
        return MethodSpec.methodBuilder("exactAnswers")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.EXACT_SUBJECT)
                .addJavadoc("This guideline as the runtime's {@code ExactAnswers} refines it; for the generated classes "
                        + "of guidelines that import it. Immutable.\n")
                .addStatement("return $T.INSTANCE", subject)
                .build();
    }

    // private static List<ExplanationStep> explanation(Input input) { return ExactAnswers.explain(...); }
    MethodSpec explanation() {
        return MethodSpec.methodBuilder("explanation")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(EvaluationGenerator.traceType())
                .addParameter(self.nestedClass("Input"), "input")
                .addJavadoc("The explanation of {@code input}, every undetermined step refined as the outcomes are.\n")
                .addStatement("return $T.explain(new $T(input, new $T<>()).evaluateAll(), input.toValues(), $T.INSTANCE)",
                        RuntimeTypes.EXACT_ANSWERS, self.nestedClass("Evaluation"), RuntimeTypes.ARRAY_LIST, subject)
                .build();
    }

    // private static final class ExactSubject implements ExactAnswers.Subject { ... }
    TypeSpec generate() {
        return TypeSpec.classBuilder(subject)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.EXACT_SUBJECT)
                .addJavadoc("{@code $L} as {@code ExactAnswers} refines it. Its own class, so that the cells are made "
                        + "only when a patient first leaves an outcome undetermined.\n", guideline.id())
                .addField(FieldSpec.builder(subject, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", subject)
                        .build())
                .addField(cells())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("inputs", RuntimeTypes.INPUT_INDEX).addStatement("return INPUT_INDEX").build())
                .addMethod(override("cells", RuntimeTypes.COMPLETIONS).addStatement("return CELLS").build())
                .addMethod(values())
                .addMethod(noValue())
                .addMethod(onePass())
                .addMethod(imported())
                .addMethod(completer())
                .addType(answers())
                .build();
    }

    // @Override public ExactAnswers.Completer completer(Map<String, ?> patient) { Input given = ...; return completion -> new Answers(...); }
    private MethodSpec completer() {
        List<CodeBlock> args = new ArrayList<>();
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputDecl decl = inputs.get(i);
            CodeBlock given = CodeBlock.of("given.$L()", JavaTypes.inputName(decl.name()));
            CodeBlock value;
            if (decl.type() instanceof Type.Bool) {
                value = CodeBlock.of("$T.truth(completion[$L])", RuntimeTypes.OPS, i);
            } else if (decl.type() instanceof Type.Code code) {
                value = CodeBlock.of("$T.ofCode(($T) completion[$L])", types.enumOf(code.codes()), String.class, i);
            } else {
                value = CodeBlock.of("$T.number(completion[$L])", RuntimeTypes.OPS, i);
            }
            args.add(CodeBlock.of("completion[$L] == null ? $L : $L", i, given, value));
        }
        MethodSpec.Builder method = override("completer", RuntimeTypes.EXACT_ANSWERS.nestedClass("Completer"))
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), "patient")
                .addComment("The input as onePass reads the completed map, without the map.")
                .addStatement("$T given = $T.fromValues(patient)", self.nestedClass("Input"), self.nestedClass("Input"));
        if (guideline.constraints().isEmpty()) {
            return method.addStatement("return completion -> new Answers(new $T(new $T(\n$>$>$L), null))$<$<",
                    self.nestedClass("Evaluation"), self.nestedClass("Input"), CodeBlock.join(args, ",\n")).build();
        }
        ClassName constraints = self.nestedClass(ConstraintsGenerator.NAME);
        return method.addCode("return completion -> {\n$>")
                .addStatement("$T completed = new $T(\n$>$>$L)$<$<", self.nestedClass("Input"), self.nestedClass("Input"),
                        CodeBlock.join(args, ",\n"))
                .beginControlFlow("if ($T.broken(completed))", constraints)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T answers = new Answers(new $T(completed, null))",
                        RuntimeTypes.EXACT_ANSWERS.nestedClass("Evaluated"), self.nestedClass("Evaluation"))
                .addStatement("long open = $T.missing(completed)", constraints)
                .addStatement("return open == 0L ? answers : $T.openedBy(answers, open)", RuntimeTypes.EXACT_ANSWERS)
                .addCode("$<};\n")
                .build();
    }

    // private static final class Answers implements ExactAnswers.Evaluated { int value(String outcome) { ... } ... }
    private TypeSpec answers() {
        ClassName evaluation = self.nestedClass("Evaluation");
        Map<String, String> members = JavaTypes.evaluationNames(guideline);
        CodeBlock.Builder value = CodeBlock.builder();
        CodeBlock.Builder missing = CodeBlock.builder();
        CodeBlock.Builder possible = CodeBlock.builder();
        for (Outcome outcome : guideline.outcomes()) {
            String name = members.get(outcome.name());
            CodeSet codes = Codes.of(outcome);
            if (codes == null) {
                value.add("case $S -> {\n$>$T truth = evaluation.$L($S);\nyield truth.isUnknown() ? -1 : truth.isTrue() ? 1 : 0;\n$<}\n",
                        outcome.name(), RuntimeTypes.TRUTH, name, outcome.name());
                possible.add("case $S -> 0L;\n", outcome.name());
            } else {
                value.add("case $S -> {\n$>$T code = evaluation.$L($S);\nyield code == null ? -1 : code.ordinal();\n$<}\n",
                        outcome.name(), types.enumOf(codes), name, outcome.name());
                possible.add("case $S -> {\n$>evaluation.$L($S);\nyield evaluation.$LPossible();\n$<}\n",
                        outcome.name(), name, outcome.name(), name);
            }
            missing.add("case $S -> {\n$>evaluation.$L($S);\nyield evaluation.$LMissing();\n$<}\n", outcome.name(),
                    name, outcome.name(), name);
        }
        return TypeSpec.classBuilder(subject.nestedClass("Answers"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.EXACT_ANSWERS.nestedClass("Evaluated"))
                .addJavadoc("One straight-line evaluation as {@code ExactAnswers} reads it: each outcome's answer as bits.\n")
                .addField(evaluation, "evaluation", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(evaluation, "evaluation")
                        .addStatement("this.evaluation = evaluation")
                        .build())
                .addMethod(override("value", TypeName.INT).addParameter(String.class, "outcome")
                        .addCode(switchOver(value.build())).build())
                .addMethod(override("missing", TypeName.LONG).addParameter(String.class, "outcome")
                        .addCode(switchOver(missing.build())).build())
                .addMethod(override("possible", TypeName.LONG).addParameter(String.class, "outcome")
                        .addCode(switchOver(possible.build())).build())
                .build();
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    // private static final Completions CELLS = Completions.of(new Object[][] {{"WELL", "POOR"}, {0.0, 10.0, 20.0}, null});
    private FieldSpec cells() {
        Completions completions = InputCells.of(guideline);
        int count = guideline.inputs().size();
        CodeBlock.Builder rows = CodeBlock.builder();
        for (int i = 0; i < count; i++) {
            List<CodeBlock> values = new ArrayList<>();
            for (Object value : completions.cells(i)) {
                values.add(representative(value));
            }
            rows.add("$L$L // $L\n", completions.splits(i) ? CodeBlock.of("{$L}", CodeBlock.join(values, ", ")) : "null",
                    i < count - 1 ? "," : "", guideline.inputs().get(i).name());
        }
        CodeBlock initializer = count == 0
                ? CodeBlock.of("$T.none()", RuntimeTypes.COMPLETIONS)
                : CodeBlock.of("$T.of(new $T {\n$>$L$<})", RuntimeTypes.COMPLETIONS,
                        ArrayTypeName.of(ArrayTypeName.of(Object.class)), rows.build());
        return FieldSpec.builder(RuntimeTypes.COMPLETIONS, "CELLS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no "
                        + "condition tells apart; null for an input never split.\n")
                .initializer(initializer)
                .build();
    }

    /** A cell's representative as a literal: a double, a code name, a truth value. */
    private static CodeBlock representative(Object value) {
        if (value instanceof Double number) {
            return CodeBlock.of("$L", ExpressionWriter.number(number));
        }
        if (value instanceof String code) {
            return CodeBlock.of("$S", code);
        }
        if (value instanceof Boolean truth) {
            return CodeBlock.of("$L", truth);
        }
        throw new IllegalStateException("no literal for a cell of " + value.getClass().getName());
    }

    // @Override public List<Object> values(String outcome) { return switch (outcome) { case "grade" -> List.of("NET_G1", ...); ... }; }
    private MethodSpec values() {
        CodeBlock.Builder arms = CodeBlock.builder();
        for (Outcome outcome : guideline.outcomes()) {
            CodeSet codes = Codes.of(outcome);
            List<CodeBlock> values = new ArrayList<>();
            if (codes == null) {
                values.add(CodeBlock.of("false"));
                values.add(CodeBlock.of("true"));
            } else {
                for (CodeSet.Code code : codes.codes()) {
                    values.add(CodeBlock.of("$S", code.name()));
                }
            }
            arms.add("case $S -> $T.<$T>of($L);\n", outcome.name(), RuntimeTypes.LIST, Object.class,
                    CodeBlock.join(values, ", "));
        }
        return override("values", ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(Object.class)))
                .addParameter(String.class, "outcome")
                .addCode(switchOver(arms.build()))
                .build();
    }

    // @Override public String noValue(String outcome) { return switch (outcome) { case "grade" -> "no rule"; default -> "no value"; }; }
    private MethodSpec noValue() {
        List<CodeBlock> tables = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable) {
                tables.add(CodeBlock.of("$S", outcome.name()));
            }
        }
        MethodSpec.Builder method = override("noValue", ClassName.get(String.class)).addParameter(String.class, "outcome");
        if (tables.isEmpty()) {
            return method.addStatement("return $S", "no value").build();
        }
        return method.addCode("return switch (outcome) {\n$>case $L -> $S;\ndefault -> $S;\n$<};\n",
                        CodeBlock.join(tables, ", "), "no rule", "no value")
                .build();
    }

    // @Override public EvaluationResult onePass(Map<String, ?> patient) { return EvaluationResult.of(ID, VERSION, ...); }
    private MethodSpec onePass() {
        MethodSpec.Builder method = override("onePass", RuntimeTypes.EVALUATION_RESULT)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), "patient");
        if (guideline.constraints().isEmpty()) {
            return method.addStatement("return $T.of(ID, VERSION, $T.outcomeResults($T.onePass($T.fromValues(patient))), "
                    + "$T.of())", RuntimeTypes.EVALUATION_RESULT, self, self, self.nestedClass("Input"), RuntimeTypes.LIST)
                    .build();
        }
        // As the interpreter: refused when a constraint is broken, open on the inputs of those still unknown.
        ClassName constraints = self.nestedClass(ConstraintsGenerator.NAME);
        return method.addException(RuntimeTypes.INVALID_INPUT)
                .addStatement("$T input = $T.fromValues(patient)", self.nestedClass("Input"), self.nestedClass("Input"))
                .beginControlFlow("if ($T.broken(input))", constraints)
                .addStatement("throw new $T($T.errors(input))", RuntimeTypes.INVALID_INPUT, constraints)
                .endControlFlow()
                .addStatement("$T result = $T.of(ID, VERSION, $T.outcomeResults($T.onePass(input)), $T.of())",
                        RuntimeTypes.EVALUATION_RESULT, RuntimeTypes.EVALUATION_RESULT, self, self, RuntimeTypes.LIST)
                .addStatement("return $T.openedBy(result, INPUT_INDEX.names($T.missing(input)))",
                        RuntimeTypes.EXACT_ANSWERS, constraints)
                .build();
    }

    // @Override public ExactAnswers.Subject imported(String alias) { return switch (alias) { case "who" -> WhoGrading.exactAnswers(); ... }; }
    private MethodSpec imported() {
        MethodSpec.Builder method = override("imported", RuntimeTypes.EXACT_SUBJECT).addParameter(String.class, "alias");
        Map<String, CheckedGuideline> byAlias = new LinkedHashMap<>();
        aliases(guideline, byAlias);
        if (byAlias.isEmpty()) {
            return method.addStatement("return null").build();
        }
        CodeBlock.Builder arms = CodeBlock.builder();
        byAlias.forEach((alias, imported) -> arms.add("case $S -> $T.exactAnswers();\n", alias,
                types.classOf(imported.id())));
        return method.addCode("return switch (alias) {\n$>$Ldefault -> null;\n$<};\n", arms.build()).build();
    }

    /** Every alias reachable through imports, each with the guideline the interpreter finds for it. */
    private static void aliases(CheckedGuideline guideline, Map<String, CheckedGuideline> out) {
        List<String> reachable = new ArrayList<>();
        collect(guideline, reachable);
        for (String alias : reachable) {
            out.putIfAbsent(alias, find(guideline, alias));
        }
    }

    private static void collect(CheckedGuideline guideline, List<String> aliases) {
        for (CheckedGuideline.ImportRef ref : guideline.imports()) {
            aliases.add(ref.alias());
            collect(ref.guideline(), aliases);
        }
    }

    /** The interpreter's search: an alias of a direct import first, then depth first through each import. */
    private static CheckedGuideline find(CheckedGuideline guideline, String alias) {
        for (CheckedGuideline.ImportRef ref : guideline.imports()) {
            if (ref.alias().equals(alias)) {
                return ref.guideline();
            }
        }
        for (CheckedGuideline.ImportRef ref : guideline.imports()) {
            CheckedGuideline found = find(ref.guideline(), alias);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * {@code return switch (outcome) { <arms> default -> throw ... };}, or the throw alone when there
     * are no arms: a guideline without outcomes (one that only declares conflicts) has none, and a
     * switch expression needs a result.
     */
    private static CodeBlock switchOver(CodeBlock arms) {
        if (arms.isEmpty()) {
            return CodeBlock.of("throw new $T($S + outcome);\n", IllegalArgumentException.class, "no outcome ");
        }
        return CodeBlock.builder()
                .add("return switch (outcome) {\n$>")
                .add(arms)
                .add("default -> throw new $T($S + outcome);\n", IllegalArgumentException.class, "no outcome ")
                .add("$<};\n")
                .build();
    }
}
