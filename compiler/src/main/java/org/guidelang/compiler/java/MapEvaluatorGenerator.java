package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Outcome;

/** Generates the {@code GuidelineEvaluator} of a guideline: the map and JSON entry point. */
final class MapEvaluatorGenerator {
    private final CheckedGuideline guideline;
    private final ClassName self;
    private final MemberNames names;

    MapEvaluatorGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.self = types.classOf(guideline.id());
        this.names = types.membersOf(guideline.id());
    }

    // public static final class MapEvaluator implements GuidelineEvaluator { ... }
    TypeSpec generate() {
        return TypeSpec.classBuilder(self.nestedClass("MapEvaluator"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.GUIDELINE_EVALUATOR)
                .addJavadoc("Evaluates {@code $L} for patients given as maps (parsed JSON): {@code evaluate} decides, "
                        + "{@code explain} also explains; stateless and thread-safe. Prefer {@link #evaluator()}; the "
                        + "public constructor is for {@code java.util.ServiceLoader}.\n", guideline.id())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("For {@code ServiceLoader}.\n")
                        .build())
                .addMethod(getter("id", TypeName.get(String.class), "ID"))
                .addMethod(getter("version", TypeName.get(String.class), "VERSION"))
                .addMethod(getter("inputs", ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.INPUT_SPEC),
                        "INPUTS"))
                .addMethod(getter("outcomes", ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(String.class)),
                        names.constant("OUTCOMES")))
                .addMethod(evaluate())
                .addMethod(explain())
                .build();
    }

    // @Override public String id() { return ID; }
    private static MethodSpec getter(String name, TypeName type, String constant) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", constant)
                .build();
    }

    // @Override public EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException {
    //     Result result = MilanNen.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)));
    //     return EvaluationResult.of(ID, VERSION, List.of(result.eligibility().toOutcomeResult("eligibility")), List.of());
    // }
    private MethodSpec evaluate() {
        List<CodeBlock> outcomes = new ArrayList<>();
        String result = names.staticLocal("result");
        for (Outcome outcome : guideline.outcomes()) {
            outcomes.add(CodeBlock.of("$L.$L().toOutcomeResult($S)", result, MemberNames.outcome(outcome),
                    outcome.name()));
        }
        return entryPoint("evaluate")
                .addStatement("$T $L = $T.evaluate($L)", self.nestedClass("Result"), result, self, input())
                .addStatement("return $T.of(ID, VERSION, $T.of($L), $T.of())", RuntimeTypes.EVALUATION_RESULT,
                        RuntimeTypes.LIST, CodeBlock.join(outcomes, ", "), RuntimeTypes.LIST)
                .build();
    }

    // @Override public EvaluationResult explain(Map<String, ?> patient) throws InvalidInputException {
    //     return MilanNen.evaluate(inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient))).toEvaluationResult();
    // }
    private MethodSpec explain() {
        return entryPoint("explain")
                .addStatement("return $T.evaluate($L).toEvaluationResult()", self, input())
                .build();
    }

    // inputOfChecked(VALIDATOR.valuesInOrderOrThrow(patient)): the checked values by position, not by name
    private CodeBlock input() {
        return CodeBlock.of("$L($L.valuesInOrderOrThrow($L))", InputRecordGenerator.inputOfCheckedName(names),
                names.constant("VALIDATOR"), names.staticLocal("patient"));
    }

    // @Override public EvaluationResult NAME(Map<String, ?> patient) throws InvalidInputException
    private MethodSpec.Builder entryPoint(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.EVALUATION_RESULT)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), names.staticLocal("patient"))
                .addException(RuntimeTypes.INVALID_INPUT);
    }
}
