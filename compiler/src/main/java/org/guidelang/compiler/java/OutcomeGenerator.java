package org.guidelang.compiler.java;

import com.palantir.javapoet.AnnotationSpec;
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
    private final MemberNames names;
    private final ClassName self;

    OutcomeGenerator(CheckedGuideline guideline, OutcomeFacts facts, JavaTypes types,
            List<NumberedConditions.Condition> elements) {
        this.guideline = guideline;
        this.facts = facts;
        this.types = types;
        this.elements = elements;
        this.names = types.membersOf(guideline.id());
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
        List<CodeBlock> outcomeNames = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            outcomeNames.add(CodeBlock.of("$S", outcome.name()));
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(String.class)),
                        names.constant("OUTCOMES"), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(outcomeNames, ", "))
                .build());
        for (Outcome outcome : guideline.outcomes()) {
            CodeSet codes = Codes.of(outcome);
            if (codes != null) {
                type.addField(values(outcome, codes));
                type.addField(decided(outcome, codes));
            }
            type.addField(logic(outcome, type));
        }
    }

    // private static final Grade[] GRADE_VALUES = Grade.values();
    private FieldSpec values(Outcome outcome, CodeSet codes) {
        ClassName name = types.enumOf(codes);
        return FieldSpec.builder(com.palantir.javapoet.ArrayTypeName.of(name), names.values(outcome),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.values()", name)
                .build();
    }

    // private static final List<Decided<Grade>> GRADE_DECIDED = List.of(Decided.of(Grade.NET_G1), ...);
    private FieldSpec decided(Outcome outcome, CodeSet codes) {
        ClassName name = types.enumOf(codes);
        List<CodeBlock> items = new ArrayList<>();
        for (CodeSet.Code code : codes.codes()) {
            items.add(CodeBlock.of("$T.of($T.$L)", RuntimeTypes.DECIDED, name, MemberNames.code(code.name())));
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, decidedType(outcome)),
                        names.decided(outcome), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Shared, so that a determined outcome costs no allocation.\n")
                .initializer("$T.of(\n$>$L$<)", RuntimeTypes.LIST, CodeBlock.join(items, ",\n"))
                .build();
    }

    // private static final DecisionTableLogic GRADE_LOGIC = DecisionTableLogic.firstHit(...).rule(...).build();
    private FieldSpec logic(Outcome outcome, TypeSpec.Builder type) {
        TypeName logicType;
        CodeBlock init;
        if (outcome instanceof Recommendation rec) {
            logicType = RuntimeTypes.RECOMMENDATION_LOGIC;
            init = recommendation(rec);
        } else {
            Chain chain = outcome instanceof DecisionTable table ? table(table) : criteria((CriteriaSet) outcome);
            logicType = chain.type();
            init = chain.fitsInline() ? chain.inline() : chain.helpers(outcome, type);
        }
        return FieldSpec.builder(logicType, names.logic(outcome), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", JavadocText.escape(outcome.label() + citedBy(outcome)))
                .initializer(init)
                .build();
    }

    /**
     * How a logic object is built: the builder's factory call, then one call per rule or criterion
     * and the closing calls. A few are written as one chained expression; many (a table of a
     * thousand rules) would overflow javac's stack and the JVM's 64 KB per method, so they become
     * statements in static helper methods, each within the budget.
     */
    private final class Chain {
        private final TypeName type;
        private final CodeBlock start;
        private final List<CodeBlock> steps = new ArrayList<>();

        Chain(TypeName type, CodeBlock start) {
            this.type = type;
            this.start = start;
        }

        TypeName type() {
            return type;
        }

        Chain add(String format, Object... args) {
            steps.add(CodeBlock.of(format, args));
            return this;
        }

        boolean fitsInline() {
            int length = steps.stream().mapToInt(step -> step.toString().length()).sum();
            return steps.size() <= MethodSize.CHAIN_STEPS && length < MethodSize.SWITCH_BUDGET;
        }

        CodeBlock inline() {
            CodeBlock.Builder code = CodeBlock.builder().add("$L\n$>$>", start);
            steps.forEach(step -> code.add(".$L\n", step));
            return code.add(".build()$<$<").build();
        }

        // gradeLogic(): DecisionTableLogic.Builder logic = DecisionTableLogic.firstHit(...); gradeLogic0(logic); ...
        CodeBlock helpers(Outcome outcome, TypeSpec.Builder owner) {
            String preferred = Character.toLowerCase(MemberNames.outcome(outcome).charAt(0))
                    + MemberNames.outcome(outcome).substring(1) + "Logic";
            String name = names.helper("logic:" + outcome.name(), preferred);
            String builder = names.staticLocal("builder");
            ClassName builderType = ((ClassName) type).nestedClass("Builder");
            MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(type)
                    .addJavadoc("Builds {@link #$L}, whose rules would not fit one expression.\n", names.logic(outcome))
                    .addStatement("$T $L = $L", builderType, builder, start);
            int group = 0;
            int size = 0;
            MethodSpec.Builder part = null;
            for (CodeBlock step : steps) {
                int length = step.toString().length();
                if (part == null || size + length > MethodSize.SWITCH_BUDGET) {
                    if (part != null) {
                        owner.addMethod(part.build());
                    }
                    String partName = names.helper("logic:" + outcome.name() + ":" + group, name + group);
                    group++;
                    method.addStatement("$L($L)", partName, builder);
                    part = MethodSpec.methodBuilder(partName)
                            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                            .addParameter(builderType, builder);
                    size = 0;
                }
                part.addStatement("$L.$L", builder, step);
                size += length;
            }
            if (part != null) {
                owner.addMethod(part.build());
            }
            owner.addMethod(method.addStatement("return $L.build()", builder).build());
            return CodeBlock.of("$L()", name);
        }
    }

    private static String citedBy(Outcome outcome) {
        String cited = CitationRef.text(outcome.citations());
        return cited == null ? "" : " (" + cited + ")";
    }

    private List<NumberedConditions.Condition> elementsOf(Outcome outcome) {
        return NumberedConditions.of(elements, outcome);
    }

    // DecisionTableLogic.firstHit(List.of("NET_G1", ...), INPUT_INDEX, "que2022, Table 1").rule(1, 0, "NEC_G3", "...", "...")...build()
    private Chain table(DecisionTable table) {
        Chain chain = new Chain(RuntimeTypes.TABLE_LOGIC, CodeBlock.of("$T.$L($L, INPUT_INDEX, $L)",
                RuntimeTypes.TABLE_LOGIC, table.policy() == DecisionTable.HitPolicy.UNIQUE ? "unique" : "firstHit",
                codes(table.codes()), TextLiterals.of(CitationRef.text(table.citations()))));
        List<NumberedConditions.Condition> conditions = elementsOf(table);
        for (int i = 0; i < table.rules().size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            chain.add("rule($L, $L, $S, $L, $L)", rule.number(), conditions.get(i).index(), rule.code(),
                    TextLiterals.of(rule.text()), TextLiterals.of(CitationRef.firstText(rule.citations(),
                            table.citations())));
        }
        if (table.otherwise() != null) {
            chain.add("otherwise($S, $L)", table.otherwise().code(), TextLiterals.of(CitationRef.firstText(
                    table.otherwise().citations(), table.citations())));
        }
        return total(chain, table);
    }

    // CriteriaSetLogic.builder(List.of(...), 4, "ELIGIBLE", "ELIGIBLE_RELATIVE_EXCEPTION", "NOT_ELIGIBLE").criterion(...)...build()
    private Chain criteria(CriteriaSet set) {
        Chain chain = new Chain(RuntimeTypes.CRITERIA_LOGIC, CodeBlock.of("$T.builder($L, $L, $S, $S, $S)",
                RuntimeTypes.CRITERIA_LOGIC, codes(set.codes()), set.required(), set.metCode(), set.exceptionCode(),
                set.unmetCode()));
        List<NumberedConditions.Condition> conditions = elementsOf(set);
        for (int i = 0; i < set.criteria().size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            chain.add("criterion($L, $S, $L, $L, $L)", conditions.get(i).index(), criterion.name(), criterion.relative(),
                    TextLiterals.of(criterion.label() + ": " + criterion.text()),
                    TextLiterals.of(CitationRef.firstText(criterion.citations(), set.citations())));
        }
        return total(chain, set);
    }

    /** {@code .total()} when the analysis proves the outcome decided for every complete patient. */
    private Chain total(Chain chain, Outcome outcome) {
        return facts.isTotal(outcome) ? chain.add("total()") : chain;
    }

    // RecommendationLogic.when(7, "grade = NET_G3", "que2022")   |   RecommendationLogic.always("...", null)
    private CodeBlock recommendation(Recommendation rec) {
        CodeBlock cited = TextLiterals.of(CitationRef.text(rec.citations()));
        if (rec.condition() == null) {
            return CodeBlock.of("$T.always($L, $L)", RuntimeTypes.RECOMMENDATION_LOGIC, TextLiterals.of(rec.text()),
                    cited);
        }
        return CodeBlock.of("$T.when($L, $L, $L)", RuntimeTypes.RECOMMENDATION_LOGIC, elementsOf(rec).get(0).index(),
                TextLiterals.of(rec.conditionText()), cited);
    }

    private static CodeBlock codes(CodeSet codes) {
        List<CodeBlock> items = new ArrayList<>();
        for (CodeSet.Code code : codes.codes()) {
            items.add(CodeBlock.of("$S", code.name()));
        }
        return CodeBlock.of("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(items, ", "));
    }

    // public static Result evaluate(Input input) { Result given = resultWhenGiven(input); return given != null ? given : resultOf(new Evaluation(input, null)); }
    /** {@code given}: the complete-data path, or null when the guideline has none. */
    MethodSpec evaluate(GivenResultWriter given) {
        String input = names.staticLocal("input");
        MethodSpec.Builder method = MethodSpec.methodBuilder("evaluate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("Decides every outcome for one patient$L: determined exactly when every completion of the "
                        + "missing inputs gives it one value, else with the values it can still take and the missing "
                        + "inputs that decide between them. Thread-safe; the explanation is built only when "
                        + "{@link Result#explain()} asks for it.\n",
                        guideline.imports().isEmpty() ? "" : ", and those of the guidelines it imports");
        if (!guideline.constraints().isEmpty()) {
            // Only completions that satisfy the constraints count; given values that break one are refused.
            ClassName constraints = self.nestedClass(ConstraintsGenerator.NAME);
            method.addJavadoc("\n@throws $T when the given values break a constraint between inputs (each error "
                            + "names one); nothing is evaluated\n", RuntimeTypes.INVALID_INPUT)
                    .addException(RuntimeTypes.INVALID_INPUT)
                    .beginControlFlow("if ($T.broken($L))", constraints, input)
                    .addStatement("throw new $T($T.errors($L))", RuntimeTypes.INVALID_INPUT, constraints, input)
                    .endControlFlow();
        }
        if (given != null) {
            return method.addCode(given.evaluate(input)).build();
        }
        return method.addStatement("return resultOf(new $T($L, null))", self.nestedClass("Evaluation"), input).build();
    }

    // public static Result resultOf(Evaluation evaluation) { Result result = onePass(evaluation, WhoGrading.resultOf(evaluation.who)); ... }
    MethodSpec resultOf() {
        String evaluation = names.staticLocal("evaluation");
        String result = names.staticLocal("result");
        List<CodeBlock> determined = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            determined.add(CodeBlock.of("$L.$L().isSettled()", result, MemberNames.outcome(outcome)));
        }
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$L", evaluation));
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            args.add(CodeBlock.of("$T.resultOf($L.$L)", types.classOf(imported.guideline().id()), evaluation,
                    names.aliasField(imported.alias())));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("resultOf")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Evaluation"), evaluation)
                .addJavadoc("The result of an evaluation without a trace, as {@link #evaluate} gives it; for the "
                        + "generated classes of importing guidelines, whose results hold this one's, decided in the "
                        + "evaluation they share.\n")
                .addStatement("$T $L = $L($L)", self.nestedClass("Result"), result, onePassName(),
                        CodeBlock.join(args, ", "));
        if (determined.isEmpty()) {
            return method.addStatement("return $L", result).build();
        }
        // A complete patient whose outcome has no value is settled too: refining it would explore nothing.
        return method.addComment("Complete data settles every outcome in one pass; only the rest is refined.")
                .addStatement("return $L ? $L : $L($L)", joinedAnd(determined), result, refinedName(), result)
                .build();
    }

    /**
     * {@code a && b && c}, nested in groups so that javac's parser, which recurses on each
     * operator, never meets a chain as long as a guideline's outcomes.
     */
    private static CodeBlock joinedAnd(List<CodeBlock> terms) {
        if (terms.size() <= MethodSize.CHAIN_STEPS) {
            return CodeBlock.join(terms, " && ");
        }
        List<CodeBlock> groups = new ArrayList<>();
        for (int i = 0; i < terms.size(); i += MethodSize.CHAIN_STEPS) {
            groups.add(CodeBlock.of("($L)", joinedAnd(terms.subList(i, Math.min(terms.size(), i + MethodSize.CHAIN_STEPS)))));
        }
        return joinedAnd(groups);
    }

    private String onePassName() {
        return names.helper("onePass", "onePass");
    }

    private String refinedName() {
        return names.helper("refined", "refined");
    }

    private String outcomeResultsName() {
        return names.helper("outcomeResults", "outcomeResults");
    }

    // private static Result onePass(Evaluation evaluation, WhoGrading.Result who) { Grade grade = evaluation.grade("grade"); ... }
    MethodSpec onePass() {
        String evaluation = names.staticLocal("evaluation");
        MethodSpec.Builder method = MethodSpec.methodBuilder(onePassName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Evaluation"), evaluation)
                .addJavadoc("One straight-line pass: sound, and exact on complete data; an undetermined outcome holds "
                        + "the codes this pass leaves open.$L\n", guideline.imports().isEmpty() ? ""
                        : " The results of the imported guidelines are passed in (null where only this guideline's "
                                + "outcomes are read).");
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            method.addParameter(types.classOf(imported.guideline().id()).nestedClass("Result"),
                    names.staticLocal(imported));
        }
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$L.$L", evaluation, names.field("input")));
        for (Outcome outcome : guideline.outcomes()) {
            String local = names.staticLocal(outcome);
            CodeSet codes = Codes.of(outcome);
            CodeBlock undetermined = CodeBlock.of("$T.undetermined($L.$L(), INPUT_INDEX)", RuntimeTypes.DECIDED,
                    evaluation, names.missingMethod(outcome));
            if (codes == null) {
                method.addStatement("$T $L = $L.$L($S)", RuntimeTypes.TRUTH, local, evaluation,
                        MemberNames.outcome(outcome), outcome.name());
                args.add(CodeBlock.of("$L.isUnknown() ? $L : $T.of($L.isTrue())", local, undetermined,
                        RuntimeTypes.DECIDED, local));
            } else {
                method.addStatement("$T $L = $L.$L($S)", types.enumOf(codes), local, evaluation,
                        MemberNames.outcome(outcome), outcome.name());
                // A wide table's possible codes are words of 64 bits (long[]), a narrow one's a long.
                CodeBlock narrowed = CodeBlock.of("$T.undetermined($L.$L(), INPUT_INDEX, $L.$L(), $T.class)", RuntimeTypes.DECIDED,
                                evaluation, names.missingMethod(outcome), evaluation, names.possibleMethod(outcome),
                                types.enumOf(codes));
                args.add(CodeBlock.of("$L == null ? $L : $L.get($L.ordinal())", local, narrowed,
                        names.decided(outcome), local));
            }
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            args.add(CodeBlock.of("$L", names.staticLocal(imported)));
        }
        return method.addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"), CodeBlock.join(args, ",\n"))
                .build();
    }

    // private static Result refined(Result result) { long key = ExactSubject.key(result.input()); Object[] known = ...; return new Result(...); }
    MethodSpec refined() {
        String result = names.staticLocal("result");
        String exact = names.staticLocal("exact");
        String key = names.staticLocal("key");
        String known = names.staticLocal("known");
        ClassName subject = self.nestedClass(ExactSubjectGenerator.NAME);
        String memo = ExactSubjectGenerator.memoName(names);
        List<CodeBlock> refinedOutcomes = new ArrayList<>();
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("$L.input()", result));
        int index = 0;
        for (Outcome outcome : guideline.outcomes()) {
            CodeBlock found = CodeBlock.of("$L.outcomes().get($S)", exact, outcome.name());
            refinedOutcomes.add(Codes.of(outcome) == null
                    ? CodeBlock.of("$T.fromOutcome($L, INPUT_INDEX)", RuntimeTypes.DECIDED, found)
                    : CodeBlock.of("$T.fromOutcome($L, $T.class, INPUT_INDEX)", RuntimeTypes.DECIDED, found,
                            types.enumOf(Codes.of(outcome))));
            args.add(CodeBlock.of("($T) $L[$L]", decidedType(outcome), known, index++));
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            args.add(CodeBlock.of("$L.$L()", result, names.importedResult(imported.alias())));
        }
        return MethodSpec.methodBuilder(refinedName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
                .returns(self.nestedClass("Result"))
                .addParameter(self.nestedClass("Result"), result)
                .addJavadoc("The exact answers where the one pass {@code $L} left an outcome undetermined: its "
                        + "completions are explored by the runtime's {@code ExactAnswers}, as the interpreter's are, "
                        + "once for each key (the cells of the given values), then remembered.\n", result)
                .addStatement("long $L = $T.$L($L.input())", key, subject, ExactSubjectGenerator.keyName(names), result)
                .addStatement("$T[] $L = ($T[]) $T.$L.get($L)", Object.class, known, Object.class, subject, memo, key)
                .beginControlFlow("if ($L == null)", known)
                .addStatement("$T $L = $T.refine($T.of(ID, VERSION, $L($L), $T.of()), $L.input().toValues(), $T.INSTANCE)",
                        RuntimeTypes.EVALUATION_RESULT, exact, RuntimeTypes.EXACT_ANSWERS, RuntimeTypes.EVALUATION_RESULT,
                        outcomeResultsName(), result, RuntimeTypes.LIST, result, subject)
                .addStatement("$L = new $T[] {$>$>\n$L$<$<}", known, Object.class, CodeBlock.join(refinedOutcomes, ",\n"))
                .addStatement("$T.$L.put($L, $L)", subject, memo, key, known)
                .endControlFlow()
                .addStatement("return new $T(\n$>$L$<)", self.nestedClass("Result"), CodeBlock.join(args, ",\n"))
                .build();
    }

    // private static List<OutcomeResult> outcomeResults(Result result) { return List.of(result.grade().toOutcomeResult("grade"), ...); }
    MethodSpec outcomeResults() {
        String result = names.staticLocal("result");
        List<CodeBlock> outcomes = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            outcomes.add(CodeBlock.of("$L.$L().toOutcomeResult($S)", result, MemberNames.outcome(outcome),
                    outcome.name()));
        }
        return MethodSpec.methodBuilder(outcomeResultsName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.OUTCOME_RESULT))
                .addParameter(self.nestedClass("Result"), result)
                .addJavadoc("The outcomes of {@code $L} in the map form, in declaration order.\n", result)
                .addStatement("return $T.of($L)", RuntimeTypes.LIST, CodeBlock.join(outcomes, ",\n"))
                .build();
    }

    // public record Result(Input input, Decided<Grade> grade) { public List<ExplanationStep> explain() { ... } ... }
    TypeSpec result() {
        StringBuilder doc = new StringBuilder("The outcomes of {@code " + guideline.id()
                + "} for one patient; each is a value or undetermined with the inputs that could decide it.\n\n"
                + "@param input the patient\n");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(self.nestedClass("Input"), "input");
        List<String> components = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            String name = MemberNames.outcome(outcome);
            components.add(name);
            constructor.addParameter(ParameterSpec.builder(decidedType(outcome), name).build());
            doc.append("@param ").append(name).append(' ').append(JavadocText.escape(outcome.label() + citedBy(outcome)))
                    .append('\n');
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            String name = names.importedResult(imported.alias());
            constructor.addParameter(ParameterSpec.builder(types.classOf(imported.guideline().id()).nestedClass("Result"),
                    name).build());
            doc.append("@param ").append(name).append(" the outcomes of {@code ").append(imported.guideline().id())
                    .append("} (imported as {@code ").append(imported.alias())
                    .append("}), decided on the same patient in the same evaluation\n");
        }
        // The record's fields are named after the outcomes and may hide any type or constant, so
        // its methods only call the class's static helpers, whose names no outcome can take.
        return TypeSpec.recordBuilder(self.nestedClass("Result"))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc)
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("explain")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(EvaluationGenerator.traceType())
                        .addJavadoc("How each outcome was reached: the same steps, in the same order, as the reference "
                                + "interpreter ({@code guidec eval}) gives. Built on each call.\n")
                        .addStatement("return $L(input)", names.helper("explanation", "explanation"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("missing")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(sortedNames())
                        .addJavadoc("Every input that could decide an undetermined outcome of this guideline, sorted: "
                                + "what to ask for next; empty when every outcome is decided.$L\n",
                                guideline.imports().isEmpty() ? "" : " An imported guideline's result says its own.")
                        .addStatement("return $L($L)", names.helper("missingInputs", "missingInputs"),
                                String.join(", ", components))
                        .build())
                .addMethod(MethodSpec.methodBuilder("toEvaluationResult")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.EVALUATION_RESULT)
                        .addJavadoc("The map and JSON form, with the explanation ({@code guidec eval --json}).\n")
                        .addStatement("return $L(this)", names.helper("evaluationResult", "evaluationResult"))
                        .build())
                .build();
    }

    /** The static helpers {@link #result()} calls. */
    List<MethodSpec> resultHelpers() {
        return List.of(explanation(), missingInputs(), evaluationResult());
    }

    // private static List<ExplanationStep> explanation(Input input) { return ExactAnswers.explain(...); }
    private MethodSpec explanation() {
        String input = names.staticLocal("input");
        return MethodSpec.methodBuilder(names.helper("explanation", "explanation"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The explanation of {@code $L}, every undetermined step refined as the outcomes are; the "
                        + "body of {@link Result#explain()}, kept out of the record, whose fields, named after the "
                        + "outcomes, may hide any type.\n", input)
                .returns(EvaluationGenerator.traceType())
                .addParameter(self.nestedClass("Input"), input)
                .addStatement("return $T.explain(new $T($L, new $T<>()).evaluateAll(), $L.toValues(), $T.INSTANCE)",
                        RuntimeTypes.EXACT_ANSWERS, self.nestedClass("Evaluation"), input, RuntimeTypes.ARRAY_LIST,
                        input, self.nestedClass(ExactSubjectGenerator.NAME))
                .build();
    }

    // private static SortedSet<String> missingInputs(Decided<?>... outcomes) { ... }
    private MethodSpec missingInputs() {
        String outcomes = names.staticLocal("outcomes");
        String outcome = names.staticLocal("outcome");
        String missing = names.staticLocal("missing");
        ClassName treeSet = ClassName.get("java.util", "TreeSet");
        return MethodSpec.methodBuilder(names.helper("missingInputs", "missingInputs"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The body of {@link Result#missing()}.\n")
                .returns(sortedNames())
                .addParameter(com.palantir.javapoet.ArrayTypeName.of(ParameterizedTypeName.get(RuntimeTypes.DECIDED,
                        com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))), outcomes)
                .varargs()
                .addStatement("$T<$T> $L = new $T<>()", treeSet, String.class, missing, treeSet)
                .beginControlFlow("for ($T<?> $L : $L)", RuntimeTypes.DECIDED, outcome, outcomes)
                .addStatement("$L.addAll($L.missing())", missing, outcome)
                .endControlFlow()
                .addStatement("return $T.unmodifiableSortedSet($L)", ClassName.get("java.util", "Collections"), missing)
                .build();
    }

    // private static EvaluationResult evaluationResult(Result result) { return EvaluationResult.of(ID, ...); }
    private MethodSpec evaluationResult() {
        String result = names.staticLocal("result");
        return MethodSpec.methodBuilder(names.helper("evaluationResult", "evaluationResult"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The body of {@link Result#toEvaluationResult()}.\n")
                .returns(RuntimeTypes.EVALUATION_RESULT)
                .addParameter(self.nestedClass("Result"), result)
                .addStatement("return $T.of(ID, VERSION, $L($L), $L.explain())", RuntimeTypes.EVALUATION_RESULT,
                        outcomeResultsName(), result, result)
                .build();
    }

    private static TypeName sortedNames() {
        return ParameterizedTypeName.get(ClassName.get("java.util", "SortedSet"), ClassName.get(String.class));
    }
}
