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
import org.guidelang.compiler.analysis.OutcomeFacts;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
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
    private final OutcomeFacts facts;
    private final JavaTypes types;
    private final List<NumberedConditions.Condition> elements;
    private final Map<String, String> members;
    private final ClassName self;

    OutcomeGenerator(CheckedGuideline guideline, OutcomeFacts facts, JavaTypes types,
            List<NumberedConditions.Condition> elements) {
        this.guideline = guideline;
        this.facts = facts;
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
        String cited = CitationRef.text(outcome.citations());
        return cited == null ? "" : " (" + cited + ")";
    }

    private List<NumberedConditions.Condition> elementsOf(Outcome outcome) {
        return NumberedConditions.of(elements, outcome);
    }

    // DecisionTableLogic.firstHit(List.of("NET_G1", ...), INPUT_INDEX, "que2022, Table 1").rule(1, 0, "NEC_G3", "...", "...")...build()
    private CodeBlock table(DecisionTable table) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.$L($L, INPUT_INDEX, $S)\n$>$>", RuntimeTypes.TABLE_LOGIC,
                        table.policy() == DecisionTable.HitPolicy.UNIQUE ? "unique" : "firstHit", codes(table.codes()),
                        CitationRef.text(table.citations()));
        List<NumberedConditions.Condition> conditions = elementsOf(table);
        for (int i = 0; i < table.rules().size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            code.add(".rule($L, $L, $S, $S, $S)\n", rule.number(), conditions.get(i).index(), rule.code(), rule.text(),
                    CitationRef.firstText(rule.citations(), table.citations()));
        }
        if (table.otherwise() != null) {
            code.add(".otherwise($S, $S)\n", table.otherwise().code(),
                    CitationRef.firstText(table.otherwise().citations(), table.citations()));
        }
        return total(code, table).add(".build()$<$<").build();
    }

    // CriteriaSetLogic.builder(List.of(...), 4, "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE").criterion(...)...build()
    private CodeBlock criteria(CriteriaSet set) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.builder($L, $L, $S, $S, $S)\n$>$>", RuntimeTypes.CRITERIA_LOGIC, codes(set.codes()),
                        set.required(), set.metCode(), set.exceptionCode(), set.unmetCode());
        List<NumberedConditions.Condition> conditions = elementsOf(set);
        for (int i = 0; i < set.criteria().size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            code.add(".criterion($L, $S, $L, $S, $S)\n", conditions.get(i).index(), criterion.name(),
                    criterion.relative(), criterion.label() + ": " + criterion.text(),
                    CitationRef.firstText(criterion.citations(), set.citations()));
        }
        return total(code, set).add(".build()$<$<").build();
    }

    /** {@code .total()} when the analysis proves the outcome decided for every complete patient. */
    private CodeBlock.Builder total(CodeBlock.Builder code, Outcome outcome) {
        return facts.isTotal(outcome) ? code.add(".total()\n") : code;
    }

    // RecommendationLogic.when(7, "grade = NET_G3", "que2022")   |   RecommendationLogic.always("...", null)
    private CodeBlock recommendation(Recommendation rec) {
        String cited = CitationRef.text(rec.citations());
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

    // public static Result evaluate(Input input) { Result result = onePass(input); return ... ? result : refined(result); }
    MethodSpec evaluate() {
        List<CodeBlock> determined = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            determined.add(CodeBlock.of("result.$L().isSettled()", members.get(outcome.name())));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("evaluate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Input"), "input")
                .addJavadoc("Decides every outcome for one patient: determined exactly when every completion of the "
                        + "missing inputs gives it one value, else with the values it can still take and the missing "
                        + "inputs that decide between them. Thread-safe; the explanation is built only when "
                        + "{@link Result#explain()} asks for it.\n");
        if (!guideline.constraints().isEmpty()) {
            // Only completions that satisfy the constraints count; given values that break one are refused.
            ClassName constraints = self.nestedClass(ConstraintsGenerator.NAME);
            method.addJavadoc("\n@throws $T when the given values break a constraint between inputs (each error "
                            + "names one); nothing is evaluated\n", RuntimeTypes.INVALID_INPUT)
                    .addException(RuntimeTypes.INVALID_INPUT)
                    .beginControlFlow("if ($T.broken(input))", constraints)
                    .addStatement("throw new $T($T.errors(input))", RuntimeTypes.INVALID_INPUT, constraints)
                    .endControlFlow();
        }
        method.addStatement("$T result = onePass(input)", self.nestedClass("Result"));
        if (determined.isEmpty()) {
            return method.addStatement("return result").build();
        }
        // A complete patient whose outcome has no value is settled too: refining it would explore nothing.
        return method.addComment("Complete data settles every outcome in one pass; only the rest is refined.")
                .addStatement("return $L ? result : refined(result)", CodeBlock.join(determined, " && "))
                .build();
    }

    // private static Result onePass(Input input) { Evaluation evaluation = new Evaluation(input, null); ... }
    MethodSpec onePass() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("onePass")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Input"), "input")
                .addJavadoc("One straight-line pass: sound, and exact on complete data; an undetermined outcome holds "
                        + "the codes this pass leaves open.\n")
                .addStatement("$T evaluation = new $T(input, null)", self.nestedClass("Evaluation"),
                        self.nestedClass("Evaluation"));
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("input"));
        for (Outcome outcome : guideline.outcomes()) {
            String name = members.get(outcome.name());
            CodeSet codes = Codes.of(outcome);
            if (codes == null) {
                method.addStatement("$T $L = evaluation.$L($S)", RuntimeTypes.TRUTH, name, name, outcome.name());
                args.add(CodeBlock.of("$L.isUnknown() ? $T.undetermined(evaluation.$LMissing(), INPUT_INDEX) : $T.of($L.isTrue())",
                        name, RuntimeTypes.DECIDED, name, RuntimeTypes.DECIDED, name));
            } else {
                method.addStatement("$T $L = evaluation.$L($S)", types.enumOf(codes), name, name, outcome.name());
                CodeBlock narrowed = CodeBlock.of("$T.undetermined(evaluation.$LMissing(), INPUT_INDEX, "
                        + "evaluation.$LPossible(), $T.class)", RuntimeTypes.DECIDED, name, name, types.enumOf(codes));
                args.add(CodeBlock.of("$L == null ? $L : $L.get($L.ordinal())", name, narrowed,
                        decidedName(outcome), name));
            }
        }
        return method.addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"), CodeBlock.join(args, ",\n"))
                .build();
    }

    // private static Result refined(Result result) { EvaluationResult exact = ExactAnswers.refine(...); return new Result(...); }
    MethodSpec refined() {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("result.input()"));
        for (Outcome outcome : guideline.outcomes()) {
            CodeBlock found = CodeBlock.of("exact.outcomes().get($S)", outcome.name());
            args.add(Codes.of(outcome) == null ? CodeBlock.of("$T.fromOutcome($L, INPUT_INDEX)", RuntimeTypes.DECIDED, found)
                    : CodeBlock.of("$T.fromOutcome($L, $T.class, INPUT_INDEX)", RuntimeTypes.DECIDED, found,
                            types.enumOf(Codes.of(outcome))));
        }
        return MethodSpec.methodBuilder("refined")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Result"), "result")
                .addJavadoc("The exact answers where the one pass {@code result} left an outcome undetermined: its "
                        + "completions are explored by the runtime's {@code ExactAnswers}, as the interpreter's are.\n")
                .addStatement("$T exact = $T.refine($T.of(ID, VERSION, outcomeResults(result), $T.of()), "
                        + "result.input().toValues(), $T.INSTANCE)", RuntimeTypes.EVALUATION_RESULT,
                        RuntimeTypes.EXACT_ANSWERS, RuntimeTypes.EVALUATION_RESULT, RuntimeTypes.LIST,
                        self.nestedClass(ExactSubjectGenerator.NAME))
                .addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"), CodeBlock.join(args, ",\n"))
                .build();
    }

    // private static List<OutcomeResult> outcomeResults(Result result) { return List.of(result.grade().toOutcomeResult("grade"), ...); }
    MethodSpec outcomeResults() {
        List<CodeBlock> outcomes = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            outcomes.add(CodeBlock.of("result.$L().toOutcomeResult($S)", members.get(outcome.name()), outcome.name()));
        }
        return MethodSpec.methodBuilder("outcomeResults")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.OUTCOME_RESULT))
                .addParameter(self.nestedClass("Result"), "result")
                .addJavadoc("The outcomes of {@code result} in the map form, in declaration order.\n")
                .addStatement("return $T.of($L)", RuntimeTypes.LIST, CodeBlock.join(outcomes, ", "))
                .build();
    }

    // public record Result(Input input, Decided<Grade> grade) { public List<ExplanationStep> explain() { ... } ... }
    TypeSpec result() {
        StringBuilder doc = new StringBuilder("The outcomes of {@code " + guideline.id()
                + "} for one patient; each is a value or undetermined with the inputs that could decide it.\n\n"
                + "@param input the patient\n");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(self.nestedClass("Input"), "input");
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
        }
        return TypeSpec.recordBuilder(self.nestedClass("Result"))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.toString())
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("explain")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(EvaluationGenerator.traceType())
                        .addJavadoc("How each outcome was reached: the same steps, in the same order, as the reference "
                                + "interpreter ({@code guidec eval}) gives. Built on each call.\n")
                        .addStatement("return $T.explanation(input)", self)
                        .build())
                .addMethod(missing.addStatement("return $T.unmodifiableSortedSet(missingInputs)",
                        ClassName.get("java.util", "Collections")).build())
                .addMethod(MethodSpec.methodBuilder("toEvaluationResult")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.EVALUATION_RESULT)
                        .addJavadoc("The map and JSON form, with the explanation ({@code guidec eval --json}).\n")
                        .addStatement("return $T.of(ID, VERSION, $T.outcomeResults(this), explain())",
                                RuntimeTypes.EVALUATION_RESULT, self)
                        .build())
                .build();
    }
}
