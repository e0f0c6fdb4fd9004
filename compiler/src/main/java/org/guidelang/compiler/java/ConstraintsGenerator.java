package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Reads;
import org.guidelang.compiler.naming.GeneratedMembers;

/**
 * Generates the nested {@code Constraints} class of a guideline with constraints between inputs
 * (its imports' included): each constraint's truth and missing inputs over the {@code Input}
 * record, in the interpreter's three-valued logic, and what the class asks of them: whether a
 * patient breaks one ({@code evaluate} refuses it), the input errors that say which, and the
 * missing inputs of those still unknown (the exact answers split them, as the interpreter's do).
 */
final class ConstraintsGenerator {
    /** The nested class's simple name; {@link GeneratedMembers#NESTED_TYPES} keeps code enums off it. */
    static final String NAME = "Constraints";

    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ClassName self;
    private final ClassName constraints;
    private final MemberNames members;
    /** The parameter of every method: the name expressions over the input read it by. */
    private final String input;
    /** Each constraint with the name of its methods, in the guideline's order. */
    private final Map<Constraint, String> names = new LinkedHashMap<>();

    ConstraintsGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.self = types.classOf(guideline.id());
        this.constraints = self.nestedClass(NAME);
        this.members = types.membersOf(guideline.id());
        this.input = members.field("input");
        for (Constraint constraint : guideline.constraints()) {
            names.put(constraint, members.constraint(constraint));
        }
    }

    /** Whether the guideline has constraints, and so the class and the checks. */
    boolean any() {
        return !names.isEmpty();
    }

    /** {@code Constraints.broken(input)}: true when {@code input}'s values break a constraint. */
    CodeBlock broken(String given) {
        return CodeBlock.of("$T.broken($L)", constraints, given);
    }

    /** {@code Constraints.errors(input)}: the input errors of the constraints {@code input} breaks. */
    CodeBlock errors(String given) {
        return CodeBlock.of("$T.errors($L)", constraints, given);
    }

    /** {@code Constraints.missing(input)}: the missing inputs of the constraints still unknown. */
    CodeBlock missing(String given) {
        return CodeBlock.of("$T.missing($L)", constraints, given);
    }

    // private static final class Constraints { static boolean broken(Input input) { ... } ... }
    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder(constraints)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The constraints between inputs of {@code $L}$L, evaluated as the interpreter evaluates "
                        + "them: one that is false refuses the patient, one that is unknown (an input it reads is "
                        + "missing) accepts it and leaves its missing inputs to the exact answers.\n", guideline.id(),
                        guideline.constraints().size() > guideline.ownConstraints().size() ? " (its imports' included)"
                                : "")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethods(brokenMethods())
                .addMethods(errorsMethods())
                .addMethods(missingMethods());
        names.forEach((constraint, name) -> type.addMethod(truth(constraint, name))
                .addMethod(missingOf(constraint, name)));
        return type.build();
    }

    // static boolean broken(Input input) { return a(input) == Truth.FALSE || b(input) == Truth.FALSE; }
    private List<MethodSpec> brokenMethods() {
        List<CodeBlock> tests = new ArrayList<>();
        names.values().forEach(name -> tests.add(CodeBlock.of("$L($L) == $T.FALSE", name, input, RuntimeTypes.TRUTH)));
        MethodSpec.Builder method = MethodSpec.methodBuilder("broken")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("Whether {@code input}'s values break a constraint: it is false on them.\n");
        return joined(method, "broken", TypeName.BOOLEAN, tests, "\n|| ");
    }

    // static List<InputError> errors(Input input) { ... if (a(input) == Truth.FALSE) { errors.add(ConstraintCheck.broken(...)); } ... }
    private List<MethodSpec> errorsMethods() {
        String errors = members.local("errors");
        String values = members.local("values");
        TypeName valuesType = ParameterizedTypeName.get(RuntimeTypes.MAP, TypeName.get(String.class),
                TypeName.get(Object.class));
        TypeName errorsType = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.INPUT_ERROR);
        MethodSpec.Builder method = MethodSpec.methodBuilder("errors")
                .addModifiers(Modifier.STATIC)
                .returns(errorsType)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("One input error for each constraint {@code input}'s values break, in the guideline's "
                        + "order, worded as the interpreter words it; empty when it satisfies them, or may.\n")
                .addStatement("$T<$T> $L = new $T<>()", RuntimeTypes.LIST, RuntimeTypes.INPUT_ERROR, errors,
                        RuntimeTypes.ARRAY_LIST)
                .addStatement("$T<$T, $T> $L = $L.toValues()", RuntimeTypes.MAP, String.class, Object.class, values,
                        input);
        List<CodeBlock> checks = new ArrayList<>();
        names.forEach((constraint, name) -> {
            List<CodeBlock> reads = new ArrayList<>();
            for (InputDecl input : Reads.of(constraint.condition()).inputs()) {
                reads.add(CodeBlock.of("$S", input.name()));
            }
            checks.add(CodeBlock.builder()
                    .beginControlFlow("if ($L($L) == $T.FALSE)", name, input, RuntimeTypes.TRUTH)
                    .addStatement("$L.add($T.broken($S, $S, $T.of($L), $L, INPUTS))", errors,
                            RuntimeTypes.CONSTRAINT_CHECK, constraint.name(), constraint.rationale(),
                            RuntimeTypes.LIST, CodeBlock.join(reads, ", "), values)
                    .endControlFlow()
                    .build());
        });
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(null);
        if (checks.size() <= MethodSize.JOINED_TERMS) {
            checks.forEach(method::addCode);
        } else {
            // private static void errorsPart1(Input input, Map<String, Object> values, List<InputError> errors) { if (...) { ... } ... }
            for (int from = 0; from < checks.size(); from += MethodSize.JOINED_TERMS) {
                String part = members.constraintPart("errors", methods.size());
                MethodSpec.Builder partMethod = MethodSpec.methodBuilder(part)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(self.nestedClass("Input"), input)
                        .addParameter(valuesType, values)
                        .addParameter(errorsType, errors)
                        .addJavadoc("The input errors of constraints $L to $L, added to {@code $L}.\n", from + 1,
                                Math.min(checks.size(), from + MethodSize.JOINED_TERMS), errors);
                checks.subList(from, Math.min(checks.size(), from + MethodSize.JOINED_TERMS)).forEach(partMethod::addCode);
                methods.add(partMethod.build());
                method.addStatement("$L($L, $L, $L)", part, input, values, errors);
            }
        }
        methods.set(0, method.addStatement("return $L", errors).build());
        return methods;
    }

    // static long missing(Input input) { return aMissing(input) | bMissing(input); }
    private List<MethodSpec> missingMethods() {
        List<CodeBlock> sets = new ArrayList<>();
        names.keySet().forEach(c -> sets.add(CodeBlock.of("$L($L)", members.constraintMissing(c), input)));
        MethodSpec.Builder method = MethodSpec.methodBuilder("missing")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("The missing inputs (bits of {@code INPUT_INDEX}) of every constraint still unknown for "
                        + "{@code input}; 0 when each is decided.\n");
        return joined(method, "missing", TypeName.LONG, sets, "\n| ");
    }

    // private static boolean brokenPart1(Input input) { return a(input) == Truth.FALSE || ...; }
    /**
     * {@code method} returning {@code terms} joined by {@code joiner}; past {@link
     * MethodSize#JOINED_TERMS} terms, each run of that many goes to a part method of its own (and
     * the parts' calls likewise), so that no chain is long enough to overflow javac's stack.
     */
    private List<MethodSpec> joined(MethodSpec.Builder method, String name, TypeName returns, List<CodeBlock> terms,
            String joiner) {
        List<MethodSpec> methods = new ArrayList<>();
        List<CodeBlock> joinedTerms = terms;
        while (joinedTerms.size() > MethodSize.JOINED_TERMS) {
            List<CodeBlock> calls = new ArrayList<>();
            for (int from = 0; from < joinedTerms.size(); from += MethodSize.JOINED_TERMS) {
                String part = members.constraintPart(name, methods.size() + 1);
                List<CodeBlock> run = joinedTerms.subList(from, Math.min(joinedTerms.size(), from + MethodSize.JOINED_TERMS));
                methods.add(MethodSpec.methodBuilder(part)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(returns)
                        .addParameter(self.nestedClass("Input"), input)
                        .addJavadoc("Part $L of {@link #$L}.\n", methods.size() + 1, name)
                        .addStatement("return $L", CodeBlock.join(run, joiner))
                        .build());
                calls.add(CodeBlock.of("$L($L)", part, input));
            }
            joinedTerms = calls;
        }
        methods.add(0, method.addStatement("return $L", CodeBlock.join(joinedTerms, joiner)).build());
        return methods;
    }

    // /** clearedMeansNone: ... */ private static Truth clearedMeansNone(Input input) { return ...; }
    private MethodSpec truth(Constraint constraint, String name) {
        ExpressionWriter writer = ExpressionWriter.outsideEvaluation(guideline, types, constraint.guideline());
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.TRUTH)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("Constraint {@code $L}$L: $L. $L\n", constraint.name(),
                        constraint.guideline().equals(guideline.id()) ? "" : " of " + constraint.guideline(),
                        JavadocText.escape(constraint.text()), JavadocText.escape(constraint.rationale()))
                .addStatement("return $L", writer.value(constraint.condition()))
                .build();
    }

    // private static long clearedMeansNoneMissing(Input input) { Truth part1 = ...; return MissingInputs.of(...); }
    private MethodSpec missingOf(Constraint constraint, String name) {
        ExpressionWriter writer = ExpressionWriter.outsideEvaluation(guideline, types, constraint.guideline());
        ExpressionWriter.Missing missing = writer.missing(constraint.condition(), Set.of(input));
        return MethodSpec.methodBuilder(members.constraintMissing(constraint))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addParameter(self.nestedClass("Input"), input)
                .addJavadoc("The missing inputs of constraint {@code $L} when it is unknown for {@code input}, else 0.\n",
                        constraint.name())
                .addCode(missing.locals())
                .addStatement("return $L", missing.set())
                .build();
    }
}
