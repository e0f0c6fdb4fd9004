package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * Writes {@code resultWhenGiven(Input)}, the complete-data path of {@code evaluate}: for a patient
 * who gives every input, each outcome decided by its plain decision ({@link DecisionWriter.Plain},
 * static methods of the evaluation) and each imported guideline by its own {@code resultWhenGiven},
 * then the {@code Result} built from the shared {@code Decided} constants. No evaluation is made:
 * on complete data the one pass is exact, so the result is the one {@code resultOf} would give,
 * for fewer objects and calls small enough for the JIT to inline. It answers null, for {@code
 * evaluate}'s three-valued path, where an input is missing or a plain decision does not decide (an
 * outcome read has no value, a table no rule of which applies).
 *
 * <p>A guideline has this path only when every outcome has a plain decision (a recommendation
 * without a condition needs none) and every guideline it imports has the path; {@code JavaBackend}
 * generates the guidelines in import order and tells each which of those before it have it.
 */
final class GivenResultWriter {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final MemberNames names;
    private final ClassName self;
    private final Map<Outcome, DecisionWriter.Plain> plain;

    private GivenResultWriter(CheckedGuideline guideline, JavaTypes types, Map<Outcome, DecisionWriter.Plain> plain) {
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.self = types.classOf(guideline.id());
        this.plain = plain;
    }

    /**
     * The writer for {@code guideline}, whose plain decisions are {@code plain}; null when it has
     * no complete-data path: an outcome without a plain decision, or an import not in {@code
     * withPath} (the ids of the guidelines whose classes have {@code resultWhenGiven}).
     */
    static GivenResultWriter of(CheckedGuideline guideline, JavaTypes types, Map<Outcome, DecisionWriter.Plain> plain,
            Set<String> withPath) {
        for (Outcome outcome : guideline.outcomes()) {
            boolean always = outcome instanceof Recommendation rec && rec.condition() == null;
            if (!always && !plain.containsKey(outcome)) {
                return null;
            }
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            if (!withPath.contains(imported.guideline().id())) {
                return null;
            }
        }
        return new GivenResultWriter(guideline, types, plain);
    }

    // Result given = resultWhenGiven(input); return given != null ? given : resultOf(new Evaluation(input, null));
    CodeBlock evaluate(String input) {
        String given = names.staticLocal("given");
        ClassName result = self.nestedClass("Result");
        return CodeBlock.builder()
                .add("// A patient who gives every input is decided in plain Java, without an evaluation.\n")
                .addStatement("$T $L = $L($T.requireNonNull($L, $S))", result, given, name(), RuntimeTypes.OBJECTS, input,
                        "input")
                .addStatement("return $L != null ? $L : resultOf(new $T($L, null))", given, given,
                        self.nestedClass("Evaluation"), input)
                .build();
    }

    private static String name() {
        return "resultWhenGiven";
    }

    // public static Result resultWhenGiven(Input input) { if (input.ki67() == null || ...) { return null; } ... }
    MethodSpec method() {
        String input = names.staticLocal("input");
        ClassName evaluation = self.nestedClass("Evaluation");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("The result of {@code $L} when it gives every input, each outcome decided in plain Java$L, as "
                        + "{@link #evaluate} gives it; null for any other patient, and where an outcome has no value. "
                        + "Does not check the constraints between inputs, which {@code evaluate} checks first. Public "
                        + "for the generated classes of importing guidelines; callers use {@code evaluate}.\n", input,
                        guideline.imports().isEmpty() ? "" : " (those of the imported guidelines by their own "
                                + "{@code resultWhenGiven})");
        List<CodeBlock> missing = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            missing.add(CodeBlock.of("$L.$L() == null", input, MemberNames.input(decl)));
        }
        for (int i = 0; i < missing.size(); i += MethodSize.JOINED_TERMS) {
            List<CodeBlock> some = missing.subList(i, Math.min(missing.size(), i + MethodSize.JOINED_TERMS));
            method.beginControlFlow("if ($>$>$L$<$<)", CodeBlock.join(some, "\n|| "))
                    .addStatement("return null")
                    .endControlFlow();
        }
        Map<String, String> importedResults = new LinkedHashMap<>();
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            String local = names.staticLocal(imported);
            importedResults.put(imported.alias(), local);
            ClassName type = types.classOf(imported.guideline().id());
            List<CodeBlock> args = new ArrayList<>();
            for (InputDecl decl : imported.guideline().inputs()) {
                args.add(CodeBlock.of("$L.$L()", input, MemberNames.input(decl)));
            }
            method.addStatement("$T $L = $T.$L(new $T($L))", type.nestedClass("Result"), local, type, name(),
                    type.nestedClass("Input"), CodeBlock.join(args, ", "))
                    .beginControlFlow("if ($L == null)", local)
                    .addStatement("return null")
                    .endControlFlow();
        }
        for (Outcome outcome : inDependencyOrder()) {
            DecisionWriter.Plain decision = plain.get(outcome);
            if (decision == null) {
                continue; // a recommendation without a condition: always true
            }
            String local = names.staticLocal(outcome);
            List<CodeBlock> args = new ArrayList<>();
            args.add(CodeBlock.of("$L", input));
            decision.reads().forEach(o -> args.add(read(o, importedResults)));
            if (Codes.of(outcome) == null) {
                method.addStatement("$T $L = $T.$L($L)", RuntimeTypes.TRUTH, local, evaluation,
                                names.givenMethod(outcome), CodeBlock.join(args, ", "))
                        .beginControlFlow("if ($L == $T.UNKNOWN)", local, RuntimeTypes.TRUTH);
            } else {
                // PENDING where the plain decision does not decide, -1 where the outcome has no value.
                method.addStatement("int $L = $T.$L($L)", local, evaluation, names.givenMethod(outcome),
                                CodeBlock.join(args, ", "))
                        .beginControlFlow("if ($L < 0)", local);
            }
            method.addStatement("return null").endControlFlow();
        }
        return method.addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"),
                CodeBlock.join(resultArguments(input, importedResults), ",\n")).build();
    }

    /** {@code input, ELIGIBILITY_DECIDED.get(eligibility), who}: the components of the result. */
    private List<CodeBlock> resultArguments(String input, Map<String, String> importedResults) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$L", input));
        for (Outcome outcome : guideline.outcomes()) {
            String local = names.staticLocal(outcome);
            if (Codes.of(outcome) != null) {
                args.add(CodeBlock.of("$L.get($L)", names.decided(outcome), local));
            } else if (plain.containsKey(outcome)) {
                args.add(CodeBlock.of("$T.of($L.isTrue())", RuntimeTypes.DECIDED, local));
            } else {
                args.add(CodeBlock.of("$T.of(true)", RuntimeTypes.DECIDED));
            }
        }
        importedResults.values().forEach(local -> args.add(CodeBlock.of("$L", local)));
        return args;
    }

    /** {@code GRADE_VALUES[grade]} for an outcome of this guideline, {@code who.grade().orElse(null)} for an imported one. */
    private CodeBlock read(CExpr.OutcomeRef o, Map<String, String> importedResults) {
        String member = MemberNames.outcome(o.outcome());
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$L[$L]", names.values(o.outcome()), names.staticLocal(o.outcome()));
        }
        return CodeBlock.of("$L.$L().orElse(null)", importedResults.get(o.alias()), member);
    }

    /** The outcomes, each after those of this guideline that its plain decision reads. */
    private List<Outcome> inDependencyOrder() {
        List<Outcome> order = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            visit(outcome, order);
        }
        return order;
    }

    private void visit(Outcome outcome, List<Outcome> order) {
        if (order.contains(outcome)) {
            return;
        }
        DecisionWriter.Plain decision = plain.get(outcome);
        if (decision != null) {
            for (CExpr.OutcomeRef read : decision.reads()) {
                if (read.guideline().equals(guideline.id())) {
                    visit(read.outcome(), order);
                }
            }
        }
        order.add(outcome);
    }
}
