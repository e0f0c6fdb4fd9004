package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.analysis.TotalOutcomes;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;

/**
 * Generates what a guideline's outcomes need outside the evaluation: the runtime logic of each
 * (rules, criteria, texts, citations), the shared {@code Decided} values of its codes, the static
 * {@code evaluate(Input)} and the {@code Result} record.
 */
final class OutcomeGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final List<Elements.Element> elements;
    private final Map<String, String> members;
    private final ClassName self;

    OutcomeGenerator(CheckedGuideline guideline, JavaTypes types, List<Elements.Element> elements) {
        this.guideline = guideline;
        this.types = types;
        this.elements = elements;
        this.members = JavaTypes.evaluationNames(guideline);
        this.self = types.classOf(guideline.id());
    }

    /** {@code Decided<Grade>} or {@code Decided<Boolean>}. */
    TypeName decidedType(Outcome outcome) {
        CodeSet codes = Codes.of(outcome);
        TypeName value = codes == null ? ClassName.get(Boolean.class) : types.enumOf(codes);
        return ParameterizedTypeName.get(RuntimeTypes.DECIDED, value);
    }

    // private static final List<String> OUTCOMES = List.of("grade"); then GRADE_VALUES, GRADE_DECIDED, GRADE_LOGIC
    void addStaticMembers(TypeSpec.Builder type) {
        List<CodeBlock> names = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            names.add(CodeBlock.of("$S", outcome.name()));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(String.class)),
                        "OUTCOMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(names, ", "))
                .build());
        for (Outcome outcome : guideline.outcomes()) {
            CodeSet codes = Codes.of(outcome);
            if (codes != null) {
                type.addField(values(outcome, codes));
                type.addField(decided(outcome, codes));
            }
            type.addField(logic(outcome));
        }
    }

    // private static final Grade[] GRADE_VALUES = Grade.values();
    private FieldSpec values(Outcome outcome, CodeSet codes) {
        ClassName name = types.enumOf(codes);
        return FieldSpec.builder(com.palantir.javapoet.ArrayTypeName.of(name), GuidelineClassGenerator.valuesName(outcome),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.values()", name)
                .build();
    }

    // private static final List<Decided<Grade>> GRADE_DECIDED = List.of(Decided.of(Grade.NET_G1), ...);
    private FieldSpec decided(Outcome outcome, CodeSet codes) {
        ClassName name = types.enumOf(codes);
        List<CodeBlock> items = new ArrayList<>();
        for (CodeSet.Code code : codes.codes()) {
            items.add(CodeBlock.of("$T.of($T.$L)", RuntimeTypes.DECIDED, name, CodeEnumGenerator.constantName(code.name())));
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, decidedType(outcome)),
                        decidedName(outcome), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Shared, so that a determined outcome costs no allocation.\n")
                .initializer("$T.of(\n$>$L$<)", RuntimeTypes.LIST, CodeBlock.join(items, ",\n"))
                .build();
    }

    private static String decidedName(Outcome outcome) {
        return JavaNames.constantName(outcome.name()) + "_DECIDED";
    }

    // private static final DecisionTableLogic GRADE_LOGIC = DecisionTableLogic.firstHit(...).rule(...).build();
    private FieldSpec logic(Outcome outcome) {
        TypeName type;
        CodeBlock init;
        if (outcome instanceof DecisionTable table) {
            type = RuntimeTypes.TABLE_LOGIC;
            init = table(table);
        } else if (outcome instanceof CriteriaSet set) {
            type = RuntimeTypes.CRITERIA_LOGIC;
            init = criteria(set);
        } else {
            type = RuntimeTypes.RECOMMENDATION_LOGIC;
            init = recommendation((Recommendation) outcome);
        }
        return FieldSpec.builder(type, GuidelineClassGenerator.logicName(outcome), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.escape(outcome.label() + citedBy(outcome)))
                .initializer(init)
                .build();
    }

    private static String citedBy(Outcome outcome) {
        String cited = JavadocText.citations(outcome.citations());
        return cited == null ? "" : " (" + cited + ")";
    }

    private List<Elements.Element> elementsOf(Outcome outcome) {
        return Elements.of(elements, outcome);
    }

    // DecisionTableLogic.firstHit(List.of("NET_G1", ...), INPUT_INDEX, "que2022, Table 1").rule(1, 0, "NEC_G3", "...", "...")...build()
    private CodeBlock table(DecisionTable table) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.$L($L, INPUT_INDEX, $S)\n$>$>", RuntimeTypes.TABLE_LOGIC,
                        table.policy() == DecisionTable.HitPolicy.UNIQUE ? "unique" : "firstHit", codes(table.codes()),
                        JavadocText.citations(table.citations()));
        List<Elements.Element> conditions = elementsOf(table);
        for (int i = 0; i < table.rules().size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            code.add(".rule($L, $L, $S, $S, $S)\n", rule.number(), conditions.get(i).index(), rule.code(), rule.text(),
                    JavadocText.firstCitations(rule.citations(), table.citations()));
        }
        if (table.otherwise() != null) {
            code.add(".otherwise($S, $S)\n", table.otherwise().code(),
                    JavadocText.firstCitations(table.otherwise().citations(), table.citations()));
        }
        return total(code, table).add(".build()$<$<").build();
    }

    // CriteriaSetLogic.builder(List.of(...), 4, "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE").criterion(...)...build()
    private CodeBlock criteria(CriteriaSet set) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.builder($L, $L, $S, $S, $S)\n$>$>", RuntimeTypes.CRITERIA_LOGIC, codes(set.codes()),
                        set.required(), set.metCode(), set.exceptionCode(), set.unmetCode());
        List<Elements.Element> conditions = elementsOf(set);
        for (int i = 0; i < set.criteria().size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            code.add(".criterion($L, $S, $L, $S, $S)\n", conditions.get(i).index(), criterion.name(),
                    criterion.relative(), criterion.label() + ": " + criterion.text(),
                    JavadocText.firstCitations(criterion.citations(), set.citations()));
        }
        return total(code, set).add(".build()$<$<").build();
    }

    /** {@code .total()} when the analysis proves the outcome decided for every complete patient. */
    private CodeBlock.Builder total(CodeBlock.Builder code, Outcome outcome) {
        return TotalOutcomes.isTotal(guideline, outcome) ? code.add(".total()\n") : code;
    }

    // RecommendationLogic.when(7, "grade = NET_G3", "que2022")   |   RecommendationLogic.always("...", null)
    private CodeBlock recommendation(Recommendation rec) {
        String cited = JavadocText.citations(rec.citations());
        if (rec.condition() == null) {
            return CodeBlock.of("$T.always($S, $S)", RuntimeTypes.RECOMMENDATION_LOGIC, rec.text(), cited);
        }
        return CodeBlock.of("$T.when($L, $S, $S)", RuntimeTypes.RECOMMENDATION_LOGIC, elementsOf(rec).get(0).index(),
                rec.conditionText(), cited);
    }

    private static CodeBlock codes(CodeSet codes) {
        List<CodeBlock> items = new ArrayList<>();
        for (CodeSet.Code code : codes.codes()) {
            items.add(CodeBlock.of("$S", code.name()));
        }
        return CodeBlock.of("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(items, ", "));
    }

    // public static Result evaluate(Input input) { Evaluation evaluation = new Evaluation(input, null); ... }
    MethodSpec evaluate() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("evaluate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Input"), "input")
                .addJavadoc("Decides every outcome for one patient. Thread-safe; the explanation is built only when "
                        + "{@link Result#explain()} asks for it.\n")
                .addStatement("$T evaluation = new $T(input, null)", self.nestedClass("Evaluation"),
                        self.nestedClass("Evaluation"));
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("input"));
        for (Outcome outcome : guideline.outcomes()) {
            String name = members.get(outcome.name());
            CodeSet codes = Codes.of(outcome);
            CodeBlock undetermined = CodeBlock.of("$T.undetermined(evaluation.$LMissing(), INPUT_INDEX)",
                    RuntimeTypes.DECIDED, name);
            if (codes == null) {
                method.addStatement("$T $L = evaluation.$L($S)", RuntimeTypes.TRUTH, name, name, outcome.name());
                args.add(CodeBlock.of("$L.isUnknown() ? $L : $T.of($L.isTrue())", name, undetermined,
                        RuntimeTypes.DECIDED, name));
            } else {
                method.addStatement("$T $L = evaluation.$L($S)", types.enumOf(codes), name, name, outcome.name());
                args.add(CodeBlock.of("$L == null ? $L : $L.get($L.ordinal())", name, undetermined,
                        decidedName(outcome), name));
            }
        }
        return method.addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"), CodeBlock.join(args, ",\n"))
                .build();
    }

    // public record Result(Input input, Decided<Grade> grade) { public List<ExplanationStep> explain() { ... } ... }
    TypeSpec result() {
        StringBuilder doc = new StringBuilder("The outcomes of {@code " + guideline.id()
                + "} for one patient; each is a value or undetermined with the inputs that could decide it.\n\n"
                + "@param input the patient\n");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(self.nestedClass("Input"), "input");
        List<CodeBlock> outcomes = new ArrayList<>();
        MethodSpec.Builder missing = MethodSpec.methodBuilder("missing")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get("java.util", "SortedSet"), ClassName.get(String.class)))
                .addJavadoc("Every input that could decide an undetermined outcome, sorted: what to ask for next; "
                        + "empty when every outcome is decided.\n")
                .addStatement("$T<$T> missingInputs = new $T<>()", ClassName.get("java.util", "TreeSet"), String.class,
                        ClassName.get("java.util", "TreeSet"));
        for (Outcome outcome : guideline.outcomes()) {
            missing.addStatement("missingInputs.addAll($L.missing())", members.get(outcome.name()));
            String name = members.get(outcome.name());
            constructor.addParameter(ParameterSpec.builder(decidedType(outcome), name).build());
            doc.append("@param ").append(name).append(' ').append(JavadocText.escape(outcome.label() + citedBy(outcome)))
                    .append('\n');
            outcomes.add(CodeBlock.of("$L.toOutcomeResult($S)", name, outcome.name()));
        }
        return TypeSpec.recordBuilder(self.nestedClass("Result"))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc)
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("explain")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(EvaluationGenerator.traceType())
                        .addJavadoc("How each outcome was reached: the same steps, in the same order, as the reference "
                                + "interpreter ({@code guidec eval}) gives. Built on each call.\n")
                        .addStatement("return $T.copyOf(new $T(input, new $T<>()).evaluateAll())", RuntimeTypes.LIST,
                                self.nestedClass("Evaluation"), RuntimeTypes.ARRAY_LIST)
                        .build())
                .addMethod(missing.addStatement("return $T.unmodifiableSortedSet(missingInputs)",
                        ClassName.get("java.util", "Collections")).build())
                .addMethod(MethodSpec.methodBuilder("toEvaluationResult")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.EVALUATION_RESULT)
                        .addJavadoc("The map and JSON form, with the explanation ({@code guidec eval --json}).\n")
                        .addStatement("return $T.of(ID, VERSION, $T.of($L), explain())", RuntimeTypes.EVALUATION_RESULT,
                                RuntimeTypes.LIST, CodeBlock.join(outcomes, ", "))
                        .build())
                .build();
    }
}
