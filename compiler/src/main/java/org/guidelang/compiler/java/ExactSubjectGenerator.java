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
    /** The nested class's simple name; {@link org.guidelang.compiler.naming.GeneratedMembers#NESTED_TYPES} keeps code enums off it. */
    static final String NAME = "ExactSubject";

    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ClassName self;
    private final ClassName subject;
    private final MemberNames names;
    private final String instance;
    private final String cells;
    /** The cells of the guideline's inputs, computed once for the field and its helper methods. */
    private final Completions completions;
    private final String memo;
    private final String key;

    ExactSubjectGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.instance = names.staticLocal("INSTANCE");
        this.cells = names.staticLocal("CELLS");
        this.completions = InputCells.of(guideline);
        this.memo = memoName(names);
        this.key = keyName(names);
        this.self = types.classOf(guideline.id());
        this.subject = self.nestedClass(NAME);
    }

    /** The nested class's memo of refined answers by patient key: {@code MEMO}. */
    static String memoName(MemberNames names) {
        return names.staticLocal("MEMO");
    }

    /** The nested class's method that numbers a patient's cells: {@code key}. */
    static String keyName(MemberNames names) {
        return names.helper("exact:key", "key");
    }

    // public static ExactAnswers.Subject exactAnswers() { return ExactSubject.INSTANCE; }
    MethodSpec accessor() {
        return MethodSpec.methodBuilder("exactAnswers")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.EXACT_SUBJECT)
                .addJavadoc("This guideline as the runtime's {@code ExactAnswers} refines it; for the generated classes "
                        + "of guidelines that import it. Immutable.\n")
                .addStatement("return $T.$L", subject, instance)
                .build();
    }

    // private static final class ExactSubject implements ExactAnswers.Subject { ... }
    TypeSpec generate() {
        return TypeSpec.classBuilder(subject)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.EXACT_SUBJECT)
                .addJavadoc("{@code $L} as {@code ExactAnswers} refines it. Its own class, so that the cells are made "
                        + "only when a patient first leaves an outcome undetermined.\n", guideline.id())
                .addField(FieldSpec.builder(subject, instance, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", subject)
                        .build())
                .addField(cells())
                .addField(FieldSpec.builder(RuntimeTypes.ANSWER_MEMO, memo, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The refined answers of the patients met so far, by {@link #$L}: a patient whose "
                                + "given values lie in the same cells, missing the same inputs, has the same answers.\n",
                                key)
                        .initializer("$T.of($L)", RuntimeTypes.ANSWER_MEMO, MEMO_SLOTS)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(override("inputs", RuntimeTypes.INPUT_INDEX).addStatement("return INPUT_INDEX").build())
                .addMethod(override("cells", RuntimeTypes.COMPLETIONS).addStatement("return $L", cells).build())
                .addMethod(values())
                .addMethod(has())
                .addMethod(noValue())
                .addMethod(onePass())
                .addMethod(imported())
                .addMethod(completer())
                .addMethod(keyMethod())
                .addMethods(cellRows())
                .addType(answers())
                .build();
    }

    /** Slots of the memo: a few thousand partial patterns a guideline meets in a cohort, a few hundred KB at most. */
    private static final int MEMO_SLOTS = 4096;

    // static long key(Input input) { return CELLS.keyOf(new Object[] {input.differentiation() == null ? null : input.differentiation().code(), input.ki67(), ...}); }
    private MethodSpec keyMethod() {
        String input = names.staticLocal("input");
        List<CodeBlock> values = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            CodeBlock value = CodeBlock.of("$L.$L()", input, MemberNames.input(decl));
            values.add(decl.type() instanceof Type.Code
                    ? CodeBlock.of("$L == null ? null : $L.code()", value, value) : value);
        }
        return MethodSpec.methodBuilder(key)
                .addModifiers(Modifier.STATIC)
                .returns(long.class)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("The key of {@code $L}'s given values ({@code Completions.keyOf}), or -1 when its answers "
                        + "are not remembered.\n", input)
                .addStatement("return $L.keyOf(new $T[] {$>$>\n$L$<$<})", cells, Object.class,
                        CodeBlock.join(values, ",\n"))
                .build();
    }

    // @Override public ExactAnswers.Completer completer(Map<String, ?> patient) { Input given = ...; return completion -> new Answers(...); }
    private MethodSpec completer() {
        String patient = names.staticLocal("patient");
        String given = names.staticLocal("given");
        String completion = names.staticLocal("completion");
        List<CodeBlock> args = new ArrayList<>();
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputDecl decl = inputs.get(i);
            CodeBlock known = CodeBlock.of("$L.$L()", given, MemberNames.input(decl));
            CodeBlock value = InputRecordGenerator.fromMapValue(decl, types, CodeBlock.of("$L[$L]", completion, i));
            args.add(CodeBlock.of("$L[$L] == null ? $L : $L", completion, i, known, value));
        }
        MethodSpec.Builder method = override("completer", RuntimeTypes.EXACT_ANSWERS.nestedClass("Completer"))
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), patient)
                .addComment("The input as onePass reads the completed map, without the map.")
                .addStatement("$T $L = $T.fromValues($L)", self.nestedClass("Input"), given, self.nestedClass("Input"),
                        patient);
        ClassName answers = subject.nestedClass("Answers");
        if (guideline.constraints().isEmpty()) {
            return method.addStatement("return $L -> new $T(new $T(new $T(\n$>$>$L), null))$<$<", completion, answers,
                    self.nestedClass("Evaluation"), self.nestedClass("Input"), CodeBlock.join(args, ",\n")).build();
        }
        ConstraintsGenerator constraints = new ConstraintsGenerator(guideline, types);
        String completed = names.staticLocal("completed");
        String evaluated = names.staticLocal("answers");
        String open = names.staticLocal("open");
        return method.addCode("return $L -> {\n$>", completion)
                .addStatement("$T $L = new $T(\n$>$>$L)$<$<", self.nestedClass("Input"), completed,
                        self.nestedClass("Input"), CodeBlock.join(args, ",\n"))
                .beginControlFlow("if ($L)", constraints.broken(completed))
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T $L = new $T(new $T($L, null))", RuntimeTypes.EXACT_ANSWERS.nestedClass("Evaluated"),
                        evaluated, answers, self.nestedClass("Evaluation"), completed)
                .addStatement("long $L = $L", open, constraints.missing(completed))
                .addStatement("return $L == 0L ? $L : $T.openedBy($L, $L)", open, evaluated, RuntimeTypes.EXACT_ANSWERS,
                        evaluated, open)
                .addCode("$<};\n")
                .build();
    }

    // private static final class Answers implements ExactAnswers.Evaluated { int value(String outcome) { ... } ... }
    private TypeSpec answers() {
        ClassName evaluationType = self.nestedClass("Evaluation");
        String evaluation = names.staticLocal("evaluation");
        String outcomeName = names.staticLocal("outcome");
        String truth = names.staticLocal("truth");
        String code = names.staticLocal("code");
        CodeBlock.Builder value = CodeBlock.builder();
        CodeBlock.Builder missing = CodeBlock.builder();
        CodeBlock.Builder possible = CodeBlock.builder();
        for (Outcome outcome : guideline.outcomes()) {
            String name = MemberNames.outcome(outcome);
            CodeSet codes = Codes.of(outcome);
            if (codes == null) {
                value.add("case $S -> {\n$>$T $L = $L.$L($S);\nyield $L.isUnknown() ? -1 : $L.isTrue() ? 1 : 0;\n$<}\n",
                        outcome.name(), RuntimeTypes.TRUTH, truth, evaluation, name, outcome.name(), truth, truth);
                possible.add("case $S -> 0L;\n", outcome.name());
            } else {
                value.add("case $S -> {\n$>$T $L = $L.$L($S);\nyield $L == null ? -1 : $L.ordinal();\n$<}\n",
                        outcome.name(), types.enumOf(codes), code, evaluation, name, outcome.name(), code, code);
                if (Codes.wide(outcome)) {
                    // More codes than a long has bits: nothing known of them, so ExactAnswers tries them all.
                    possible.add("case $S -> 0L;\n", outcome.name());
                } else {
                    possible.add("case $S -> {\n$>$L.$L($S);\nyield $L.$L();\n$<}\n", outcome.name(), evaluation,
                            name, outcome.name(), evaluation, names.possibleMethod(outcome));
                }
            }
            missing.add("case $S -> {\n$>$L.$L($S);\nyield $L.$L();\n$<}\n", outcome.name(), evaluation, name,
                    outcome.name(), evaluation, names.missingMethod(outcome));
        }
        return TypeSpec.classBuilder(subject.nestedClass("Answers"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.EXACT_ANSWERS.nestedClass("Evaluated"))
                .addJavadoc("One straight-line evaluation as {@code ExactAnswers} reads it: each outcome's answer as bits.\n")
                .addField(evaluationType, evaluation, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(evaluationType, evaluation)
                        .addStatement("this.$L = $L", evaluation, evaluation)
                        .build())
                .addMethod(override("value", TypeName.INT).addParameter(String.class, outcomeName)
                        .addCode(switchOver(outcomeName, value.build())).build())
                .addMethod(override("missing", TypeName.LONG).addParameter(String.class, outcomeName)
                        .addCode(switchOver(outcomeName, missing.build())).build())
                .addMethod(override("possible", TypeName.LONG).addParameter(String.class, outcomeName)
                        .addCode(switchOver(outcomeName, possible.build())).build())
                .build();
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    /** The rows of the cells field: for each input its cells, where its numbers' cells change, and the cell of each piece. */
    private enum Rows {
        CELLS("cells"),
        CUTS("cuts"),
        PIECES("pieces");

        final String prefix;

        Rows(String prefix) {
            this.prefix = prefix;
        }

        List<?> of(Completions completions, int input) {
            return switch (this) {
                case CELLS -> completions.cells(input);
                case CUTS -> completions.cuts(input);
                case PIECES -> completions.pieces(input);
            };
        }
    }

    /**
     * {@code private static final Completions CELLS = Completions.of(new Object[][] {{"WELL", "POOR"}, {0.0, 3.0, 60.0}, null},
     * new Object[][] {null, {3.0, 20.0}, null}, new Object[][] {null, {0, 1, 1, 1, 2}, null});}: the cells of
     * each input, and what places a patient's number in them ({@code Completions.keyOf}). A row of many values (an input
     * split by a thousand thresholds) is built by a method of its own ({@link #cellRows}), so that the initializer stays
     * far from the JVM's 64 KB per method.
     */
    private FieldSpec cells() {
        int count = guideline.inputs().size();
        CodeBlock initializer;
        if (count == 0) {
            initializer = CodeBlock.of("$T.none()", RuntimeTypes.COMPLETIONS);
        } else {
            List<CodeBlock> arrays = new ArrayList<>();
            for (Rows kind : Rows.values()) {
                arrays.add(CodeBlock.of("new $T {\n$>$L$<}", ArrayTypeName.of(ArrayTypeName.of(Object.class)),
                        rows(kind)));
            }
            initializer = CodeBlock.of("$T.of($L)", RuntimeTypes.COMPLETIONS, CodeBlock.join(arrays, ",\n"));
        }
        long[] constraintReads = InputCells.constraintReads(guideline);
        if (constraintReads.length > 0) {
            // Which inputs each constraint reads: tied inputs may decide an outcome only together.
            List<CodeBlock> reads = new ArrayList<>();
            for (long read : constraintReads) {
                reads.add(CodeBlock.of("0x$LL", Long.toHexString(read)));
            }
            initializer = CodeBlock.of("$L\n.constrainedBy($L)", initializer, CodeBlock.join(reads, ", "));
        }
        return FieldSpec.builder(RuntimeTypes.COMPLETIONS, cells, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One value of each cell of each input, in the order of {@code INPUT_INDEX}: the values no "
                        + "condition tells apart; null for an input never split. Then, for each split number, where its "
                        + "cells change and the cell of each piece between, which place a patient's own value.\n")
                .initializer(initializer)
                .build();
    }

    private CodeBlock rows(Rows kind) {
        int count = guideline.inputs().size();
        CodeBlock.Builder rows = CodeBlock.builder();
        for (int i = 0; i < count; i++) {
            List<?> values = completions.splits(i) ? kind.of(completions, i) : List.of();
            CodeBlock row;
            if (values.isEmpty()) {
                row = CodeBlock.of("null");
            } else if (values.size() > MethodSize.CELLS_INLINE) {
                row = CodeBlock.of("$L()", names.helper(kind.prefix + ":" + i, kind.prefix + "Of" + i));
            } else {
                row = CodeBlock.of("{$L}", cellValues(values));
            }
            rows.add("$L$L // $L\n", row, i < count - 1 ? "," : "", JavadocText.line(guideline.inputs().get(i).name()));
        }
        return rows.build();
    }

    // private static Object[] cellsOf3() { Object[] cells = new Object[1000]; cells[0] = 1.0; ... return cells; }
    private List<MethodSpec> cellRows() {
        List<MethodSpec> methods = new ArrayList<>();
        for (Rows kind : Rows.values()) {
            for (int i = 0; i < guideline.inputs().size(); i++) {
                List<?> values = completions.splits(i) ? kind.of(completions, i) : List.of();
                if (values.size() > MethodSize.CELLS_INLINE) {
                    methods.addAll(rowMethods(kind, i, List.copyOf(values)));
                }
            }
        }
        return methods;
    }

    private List<MethodSpec> rowMethods(Rows kind, int i, List<Object> values) {
        List<MethodSpec> methods = new ArrayList<>();
        String name = names.helper(kind.prefix + ":" + i, kind.prefix + "Of" + i);
        String row = names.staticLocal("row");
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MethodSize.CELLS_INLINE) {
            pieces.add(names.helper(kind.prefix + ":" + i + ":" + from, name + "From" + from));
        }
        // Pieces of MethodSize.CELLS_INLINE values each, so that no method nears 64 KB.
        MethodSpec.Builder whole = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArrayTypeName.of(Object.class))
                .addStatement("$T[] $L = new $T[$L]", Object.class, row, Object.class, values.size());
        pieces.forEach(piece -> whole.addStatement("$L($L)", piece, row));
        methods.add(whole.addStatement("return $L", row).build());
        for (int p = 0; p < pieces.size(); p++) {
            int from = p * MethodSize.CELLS_INLINE;
            MethodSpec.Builder piece = MethodSpec.methodBuilder(pieces.get(p))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(ArrayTypeName.of(Object.class), row);
            for (int v = from; v < Math.min(values.size(), from + MethodSize.CELLS_INLINE); v++) {
                piece.addStatement("$L[$L] = $L", row, v, representative(values.get(v)));
            }
            methods.add(piece.build());
        }
        return methods;
    }

    private static CodeBlock cellValues(List<?> cells) {
        List<CodeBlock> values = new ArrayList<>();
        for (Object value : cells) {
            values.add(representative(value));
        }
        return CodeBlock.join(values, ", ");
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
        if (value instanceof Integer cell) {
            return CodeBlock.of("$L", cell);
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
        String outcomeName = names.staticLocal("outcome");
        return override("values", ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(Object.class)))
                .addParameter(String.class, outcomeName)
                .addCode(switchOver(outcomeName, arms.build()))
                .build();
    }

    // @Override public boolean has(String outcome) { return switch (outcome) { case "grade" -> true; default -> false; }; }
    private MethodSpec has() {
        List<CodeBlock> own = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            own.add(CodeBlock.of("$S", outcome.name()));
        }
        String outcomeName = names.staticLocal("outcome");
        MethodSpec.Builder method = override("has", TypeName.BOOLEAN).addParameter(String.class, outcomeName);
        if (own.isEmpty()) {
            return method.addStatement("return false").build();
        }
        return method.addCode("return switch ($L) {\n$>case $L -> true;\ndefault -> false;\n$<};\n", outcomeName,
                        CodeBlock.join(own, ", "))
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
        String outcomeName = names.staticLocal("outcome");
        MethodSpec.Builder method = override("noValue", ClassName.get(String.class))
                .addParameter(String.class, outcomeName);
        if (tables.isEmpty()) {
            return method.addStatement("return $S", "no value").build();
        }
        return method.addCode("return switch ($L) {\n$>case $L -> $S;\ndefault -> $S;\n$<};\n", outcomeName,
                        CodeBlock.join(tables, ", "), "no rule", "no value")
                .build();
    }

    // @Override public EvaluationResult onePass(Map<String, ?> patient) { return EvaluationResult.of(ID, VERSION, ...); }
    private MethodSpec onePass() {
        MethodSpec.Builder method = override("onePass", RuntimeTypes.EVALUATION_RESULT)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), names.staticLocal("patient"))
                .addComment("This guideline's outcomes alone: the imported ones are refined by their own subjects.");
        String patient = names.staticLocal("patient");
        String input = names.staticLocal("input");
        CodeBlock onePass = CodeBlock.of("$T.$L($T.$L(new $T($L, null)$L))", self,
                names.helper("outcomeResults", "outcomeResults"), self, names.helper("onePass", "onePass"),
                self.nestedClass("Evaluation"), input, ", null".repeat(guideline.imports().size()));
        method.addStatement("$T $L = $T.fromValues($L)", self.nestedClass("Input"), input, self.nestedClass("Input"),
                patient);
        if (guideline.constraints().isEmpty()) {
            return method.addStatement("return $T.of(ID, VERSION, $L, $T.of())", RuntimeTypes.EVALUATION_RESULT, onePass,
                    RuntimeTypes.LIST).build();
        }
        // As the interpreter: refused when a constraint is broken, open on the inputs of those still unknown.
        ConstraintsGenerator constraints = new ConstraintsGenerator(guideline, types);
        String result = names.staticLocal("result");
        return method.addException(RuntimeTypes.INVALID_INPUT)
                .beginControlFlow("if ($L)", constraints.broken(input))
                .addStatement("throw new $T($L)", RuntimeTypes.INVALID_INPUT, constraints.errors(input))
                .endControlFlow()
                .addStatement("$T $L = $T.of(ID, VERSION, $L, $T.of())", RuntimeTypes.EVALUATION_RESULT, result,
                        RuntimeTypes.EVALUATION_RESULT, onePass, RuntimeTypes.LIST)
                .addStatement("return $T.openedBy($L, INPUT_INDEX.names($L))", RuntimeTypes.EXACT_ANSWERS, result,
                        constraints.missing(input))
                .build();
    }

    // @Override public ExactAnswers.Subject imported(String alias) { return switch (alias) { case "who" -> WhoGrading.exactAnswers(); ... }; }
    private MethodSpec imported() {
        String alias = names.staticLocal("alias");
        MethodSpec.Builder method = override("imported", RuntimeTypes.EXACT_SUBJECT).addParameter(String.class, alias);
        Map<String, CheckedGuideline> byAlias = new LinkedHashMap<>();
        aliases(guideline, byAlias);
        if (byAlias.isEmpty()) {
            return method.addStatement("return null").build();
        }
        CodeBlock.Builder arms = CodeBlock.builder();
        byAlias.forEach((name, imported) -> arms.add("case $S -> $T.exactAnswers();\n", name,
                types.classOf(imported.id())));
        return method.addCode("return switch ($L) {\n$>$Ldefault -> null;\n$<};\n", alias, arms.build()).build();
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
    private static CodeBlock switchOver(String outcome, CodeBlock arms) {
        if (arms.isEmpty()) {
            return CodeBlock.of("throw new $T($S + $L);\n", IllegalArgumentException.class, "no outcome ", outcome);
        }
        return CodeBlock.builder()
                .add("return switch ($L) {\n$>", outcome)
                .add(arms)
                .add("default -> throw new $T($S + $L);\n", IllegalArgumentException.class, "no outcome ", outcome)
                .add("$<};\n")
                .build();
    }
}
