package org.guidelang.compiler.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.analysis.OutcomeFacts;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.InputIndex;

/**
 * Generates the evaluator class of one guideline: constants for its id, version, inputs and
 * parameters; the runtime logic of each outcome; {@code evaluate(Input)}, exact through the
 * runtime's {@code ExactAnswers}, and the map entry point; and the nested code enums, {@code
 * Input}, {@code Result}, {@code Evaluation} and {@code ExactSubject} types, with {@code
 * Constraints} when the guideline has constraints between inputs.
 */
final class GuidelineClassGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final MemberNames names;
    private final ClassName self;
    private final List<NumberedConditions.Condition> elements;
    private final OutcomeGenerator outcomes;
    private final Set<String> withGivenPath;
    private boolean hasGivenPath;

    /**
     * {@code facts}: what the analysis proved of the guideline's outcomes; {@code withGivenPath}: the
     * guidelines generated before this one whose classes have {@code resultWhenGiven}.
     */
    GuidelineClassGenerator(CheckedGuideline guideline, OutcomeFacts facts, JavaTypes types,
            Set<String> withGivenPath) {
        if (guideline.inputs().size() > InputIndex.MAX_INPUTS) {
            throw new IllegalArgumentException(guideline.id() + " has " + guideline.inputs().size()
                    + " inputs; generated evaluators support at most " + InputIndex.MAX_INPUTS
                    + ": split the guideline");
        }
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.self = types.classOf(guideline.id());
        this.elements = NumberedConditions.of(guideline);
        this.outcomes = new OutcomeGenerator(guideline, facts, types, elements);
        this.withGivenPath = withGivenPath;
    }

    /** Whether the class generated has {@code resultWhenGiven}, known once {@link #generate()} has run. */
    boolean hasGivenPath() {
        return hasGivenPath;
    }

    // @Generated(...) public final class WhoGrading { ID, VERSION, INPUTS, ...; evaluate(Input); exactAnswers(); nested types }
    GeneratedFile generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(generated())
                .addJavadoc("$L", new ClassJavadoc(guideline, self, types).text())
                .addField(constant(String.class, "ID", guideline.id(), "The guideline's id."))
                .addField(constant(String.class, "VERSION", guideline.version(), "The guideline's version."))
                .addField(inputs())
                .addField(inputIndex());
        for (ParamDecl param : guideline.params()) {
            type.addField(param(param));
        }
        outcomes.addStaticMembers(type);
        type.addField(FieldSpec.builder(RuntimeTypes.INPUT_VALIDATOR, names.constant("VALIDATOR"), Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(INPUTS)", RuntimeTypes.INPUT_VALIDATOR)
                .build());
        type.addField(FieldSpec.builder(RuntimeTypes.GUIDELINE_EVALUATOR, names.constant("EVALUATOR"), Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", self.nestedClass("MapEvaluator"))
                .build());
        ExactSubjectGenerator exact = new ExactSubjectGenerator(guideline, types);
        // The evaluation first: which outcomes it decides in plain Java says whether evaluate has a complete-data path.
        EvaluationGenerator evaluation = new EvaluationGenerator(guideline, types, elements);
        TypeSpec evaluationType = evaluation.generate();
        GivenResultWriter given = GivenResultWriter.of(guideline, types, evaluation.plainDecisions(), withGivenPath);
        hasGivenPath = given != null;
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(outcomes.evaluate(given));
        if (given != null) {
            type.addMethod(given.method());
        }
        type.addMethod(outcomes.resultOf())
                .addMethod(evaluator())
                .addMethod(exact.accessor())
                .addMethod(outcomes.onePass())
                .addMethod(outcomes.refined())
                .addMethod(outcomes.outcomeResults());
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            if (!new ExpressionWriter(guideline, types).sameBits(imported.guideline())) {
                type.addMethod(remap(imported));
            }
        }
        InputRecordGenerator input = new InputRecordGenerator(guideline, types);
        type.addMethods(input.helpers()).addMethods(outcomes.resultHelpers());
        addCodeEnums(type);
        type.addType(input.generate())
                .addType(outcomes.result())
                .addType(evaluationType)
                .addType(new MapEvaluatorGenerator(guideline, types).generate())
                .addType(exact.generate());
        ConstraintsGenerator constraints = new ConstraintsGenerator(guideline, types);
        if (constraints.any()) {
            type.addType(constraints.generate());
        }
        JavaFile file = JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(self.packageName().replace('.', '/') + "/" + self.simpleName() + ".java",
                file.toString());
    }

    // @Generated(value = "org.guidelang.compiler.java.JavaBackend", comments = "who_grading 2019.1.0")
    private AnnotationSpec generated() {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED)
                .addMember("value", "$S", JavaBackend.class.getName())
                .addMember("comments", "$S", guideline.id() + " " + guideline.version())
                .build();
    }

    // public static final String ID = "who_grading";
    private static FieldSpec constant(Class<?> type, String name, String value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$S", value)
                .build();
    }

    // public static final List<InputSpec> INPUTS = List.of(InputSpec.code("differentiation", ...), ...);
    private FieldSpec inputs() {
        List<CodeBlock> specs = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            specs.add(InputSpecs.of(decl.spec()));
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.INPUT_SPEC), "INPUTS",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The inputs, in declaration order (those of imported guidelines first).\n")
                .initializer("$T.of(\n$>$L$<)", RuntimeTypes.LIST, CodeBlock.join(specs, ",\n"))
                .build();
    }

    // public static final InputIndex INPUT_INDEX = InputIndex.of(List.of("differentiation", "ki67", ...));
    private FieldSpec inputIndex() {
        List<CodeBlock> names = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            names.add(CodeBlock.of("$S", decl.name()));
        }
        return FieldSpec.builder(RuntimeTypes.INPUT_INDEX, "INPUT_INDEX", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Numbers the inputs for sets of missing inputs: input {@code i} is bit {@code 1L << i}.\n")
                .initializer("$T.of($T.of($L))", RuntimeTypes.INPUT_INDEX, RuntimeTypes.LIST, CodeBlock.join(names, ", "))
                .build();
    }

    // /** Liver involvement limit: 50% ... */ public static final double LIVER_INVOLVEMENT_LIMIT = 50.0;
    private FieldSpec param(ParamDecl param) {
        boolean bool = param.type() instanceof Type.Bool;
        StringBuilder doc = new StringBuilder("Parameter {@code " + param.name() + "} = "
                + JavadocText.escape(param.valueText()) + ".");
        if (param.rationale() != null) {
            doc.append(" ").append(JavadocText.escape(param.rationale()));
        }
        String cited = CitationRef.text(param.citations());
        if (cited != null) {
            doc.append("\n\n<p>Source: ").append(JavadocText.escape(cited)).append(".");
        }
        for (ParamDecl.HistoryItem item : param.history()) {
            doc.append("\n\n<p>Earlier: ").append(JavadocText.escape(item.valueText()))
                    .append(item.since() == null ? "" : " since " + item.since())
                    .append(item.note() == null ? "" : ", " + JavadocText.escape(item.note())).append(".");
        }
        if (!bool) {
            doc.append("\n\n<p>In ").append(JavadocText.escape(unitOf(param.type()))).append('.');
        }
        if (bool) {
            return constant(param, TypeName.BOOLEAN, doc).initializer("$L", param.value()).build();
        }
        BigDecimal value = (BigDecimal) param.value();
        if (!Decimals.fitsDouble(value)) {
            // No double stands for it: a decimal, compared exactly wherever it is used.
            return constant(param, RuntimeTypes.BIG_DECIMAL, doc).initializer("$L", ExpressionWriter.decimalLiteral(value))
                    .build();
        }
        return constant(param, TypeName.DOUBLE, doc).initializer("$L", ExpressionWriter.number(value.doubleValue()))
                .build();
    }

    private FieldSpec.Builder constant(ParamDecl param, TypeName type, StringBuilder doc) {
        return FieldSpec.builder(type, MemberNames.param(param), Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("$L\n", doc);
    }

    private static String unitOf(Type type) {
        String symbol = ((Type.Num) type).unit().symbol();
        return symbol.isEmpty() ? "plain numbers" : symbol;
    }

    // public static GuidelineEvaluator evaluator() { return EVALUATOR; }
    private MethodSpec evaluator() {
        return MethodSpec.methodBuilder("evaluator")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.GUIDELINE_EVALUATOR)
                .addJavadoc("The map and JSON entry point: patients as maps from input names to values, results as "
                        + "{@code EvaluationResult}. Thread-safe.\n")
                .addStatement("return $L", names.constant("EVALUATOR"))
                .build();
    }

    // private static long fromWho(long bits) { long result = 0L; if ((bits & (1L << 0)) != 0) { result |= 1L << 3; } ... }
    private MethodSpec remap(CheckedGuideline.ImportRef imported) {
        String bits = names.staticLocal("bits");
        String result = names.staticLocal("result");
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.remap(imported.alias()))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(long.class)
                .addParameter(long.class, bits)
                .addJavadoc("Renumbers missing inputs of {@code $L} as inputs of this guideline.\n",
                        imported.guideline().id())
                .addStatement("long $L = 0L", result);
        List<InputDecl> inputs = imported.guideline().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            method.beginControlFlow("if (($L & (1L << $L)) != 0)", bits, i)
                    .addStatement("$L |= 1L << $L", result, ExpressionWriter.indexOf(guideline, inputs.get(i).name()))
                    .endControlFlow();
        }
        return method.addStatement("return $L", result).build();
    }

    /** The enums of the code sets this guideline declares: its code inputs and code outcomes. */
    private void addCodeEnums(TypeSpec.Builder type) {
        for (InputDecl input : guideline.ownInputs()) {
            if (input.codes() != null) {
                String about = input.spec().description().isEmpty() ? "The codes of input " + input.name() + "."
                        : input.spec().description() + " (the codes of input " + input.name() + ").";
                type.addType(new CodeEnumGenerator(input.codes(), types.enumOf(input.codes()), about, Map.of(),
                        names.enumMembers(input.codes())).generate());
            }
        }
        for (Outcome outcome : guideline.outcomes()) {
            CodeSet codes = Codes.of(outcome);
            if (codes != null) {
                String cited = CitationRef.text(outcome.citations());
                String about = outcome.label() + " (the codes of outcome " + outcome.name() + ")."
                        + (cited == null ? "" : " Source: " + cited + ".");
                type.addType(new CodeEnumGenerator(codes, types.enumOf(codes), about, yieldedBy(outcome),
                        names.enumMembers(codes)).generate());
            }
        }
    }

    /** For each code of a table, the rules that yield it: "Rule 3: differentiation = WELL and …". */
    private static Map<String, List<String>> yieldedBy(Outcome outcome) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        if (outcome instanceof DecisionTable table) {
            for (DecisionTable.Rule rule : table.rules()) {
                String cited = CitationRef.text(rule.citations());
                notes.computeIfAbsent(rule.code(), c -> new ArrayList<>()).add("Rule " + rule.number() + ": "
                        + rule.text() + (cited == null ? "" : " (" + cited + ")"));
            }
            if (table.otherwise() != null) {
                notes.computeIfAbsent(table.otherwise().code(), c -> new ArrayList<>()).add("Otherwise.");
            }
        } else if (outcome instanceof CriteriaSet set) {
            notes.put(set.metCode(), List.of("When the requirement (" + set.requirement().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + ") is met" + (set.exceptionCode() == null ? ""
                    : " and every relative criterion holds") + "."));
            if (set.exceptionCode() != null) {
                notes.put(set.exceptionCode(), List.of("When the requirement is met but a relative criterion is not."));
            }
            notes.put(set.unmetCode(), List.of("When too few criteria hold."));
        }
        return notes;
    }

    /** Where a guideline's sources are listed for its class Javadoc. */
    static String source(SourceRef source) {
        StringBuilder text = new StringBuilder(source.id() + ": " + source.citation());
        if (source.doi() != null) {
            text.append(" doi:").append(source.doi());
        }
        if (source.url() != null) {
            text.append(" ").append(source.url());
        }
        return text.toString();
    }
}
