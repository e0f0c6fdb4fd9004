package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;

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
                .addJavadoc("Evaluates {@code $L} for patients given as maps (parsed JSON); stateless and "
                        + "thread-safe. Prefer {@link #evaluator()}; the public constructor is for "
                        + "{@code java.util.ServiceLoader}.\n", guideline.id())
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

    // @Override public EvaluationResult evaluate(Map<String, ?> patient) throws InvalidInputException { ... }
    private MethodSpec evaluate() {
        String patient = names.staticLocal("patient");
        String input = names.staticLocal("input");
        return MethodSpec.methodBuilder("evaluate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.EVALUATION_RESULT)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), patient)
                .addException(RuntimeTypes.INVALID_INPUT)
                .addStatement("$T $L = $T.fromValues($L.validate($L).valuesOrThrow())", self.nestedClass("Input"), input,
                        self.nestedClass("Input"), names.constant("VALIDATOR"), patient)
                .addStatement("return $T.evaluate($L).toEvaluationResult()", self, input)
                .build();
    }
}
