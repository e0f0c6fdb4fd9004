package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.InputKind;

/**
 * Generates a guideline's {@code Input} record and its builder. Every value may be missing:
 * numbers are NaN, booleans {@code Truth.UNKNOWN} and codes null when missing; numbers are
 * checked against their declared ranges when the record is made.
 */
final class InputRecordGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final MemberNames names;
    private final ClassName input;
    private final ClassName builder;

    InputRecordGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.input = types.classOf(guideline.id()).nestedClass("Input");
        this.builder = input.nestedClass("Builder");
    }

    /** The Java type of an input's value. */
    TypeName typeOf(InputDecl decl) {
        if (decl.type() instanceof Type.Bool) {
            return RuntimeTypes.TRUTH;
        }
        if (decl.type() instanceof Type.Code code) {
            return types.enumOf(code.codes());
        }
        return TypeName.DOUBLE;
    }

    /** "Ki-67 proliferation index, in %, in [0, 100]; NaN when missing". */
    private String describe(InputDecl decl) {
        String about = JavadocText.escape(decl.spec().description().isEmpty() ? decl.name()
                : decl.spec().description());
        if (decl.type() instanceof Type.Bool) {
            return about + "; {@code Truth.UNKNOWN} when missing";
        }
        if (decl.type() instanceof Type.Code) {
            return about + "; null when missing";
        }
        String unit = decl.spec().kind() == InputKind.QUANTITY ? ", in " + decl.spec().unit().symbol()
                + (decl.perLabel() == null ? "" : " per " + decl.perLabel()) : "";
        String range = decl.spec().range().isUnbounded() ? "" : ", in " + decl.spec().range();
        String whole = decl.spec().kind() == InputKind.INTEGER ? ", a whole number" : "";
        return about + JavadocText.escape(unit + range + whole) + "; NaN when missing";
    }

    // public record Input(Differentiation differentiation, double ki67, ...) { ... }
    // The record's fields are named after the inputs and may hide any type or constant, so its
    // methods only call the class's static helpers, whose names no input can take.
    TypeSpec generate() {
        StringBuilder doc = new StringBuilder("A patient's values for {@code " + guideline.id()
                + "}. Every value may be missing; build one with {@link #builder()}.\n\n");
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks every number against its declared range.\n\n"
                        + "@throws IllegalArgumentException for a number out of range, or not whole where it must be\n");
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputDecl decl = inputs.get(i);
            String name = MemberNames.input(decl);
            constructor.addParameter(ParameterSpec.builder(typeOf(decl), name).build());
            if (decl.spec().isNumeric()) {
                constructor.addStatement("$L($L, $L)", requireValid(), i, name);
            }
            doc.append("@param ").append(name).append(' ').append(describe(decl)).append('\n');
        }
        return TypeSpec.recordBuilder(input)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc)
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("A builder in which every value starts missing.\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder())
                .addMethod(fromValues())
                .addMethod(toValues())
                .addType(builderType())
                .build();
    }

    /**
     * The static helpers the input record and its builder call, for the enclosing class. Their
     * fields are named after the inputs, and in a Java expression a field hides a type of the same
     * name ({@code Ops.missing()} would read an input {@code Ops}), so their code names no type:
     * it calls these, whose names no input can take.
     */
    List<MethodSpec> helpers() {
        List<MethodSpec> helpers = new ArrayList<>();
        if (guideline.inputs().stream().anyMatch(d -> d.spec().isNumeric())) {
            helpers.add(requireValidHelper());
            helpers.add(missingNumber());
            helpers.add(numberOf());
        }
        if (guideline.inputs().stream().anyMatch(d -> d.type() instanceof Type.Bool)) {
            helpers.add(unknown());
            helpers.add(truthOf());
        }
        helpers.add(inputOf());
        helpers.add(valuesOf());
        return helpers;
    }

    // private static double missingNumber() { return Ops.missing(); }
    private MethodSpec missingNumber() {
        return MethodSpec.methodBuilder(names.helper("missingNumber", "missingNumber"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A missing number, for the builder (whose fields, named after the inputs, may hide any type).\n")
                .returns(double.class)
                .addStatement("return $T.missing()", RuntimeTypes.OPS)
                .build();
    }

    // private static double numberOf(Double value) { return value == null ? Ops.missing() : value; }
    private MethodSpec numberOf() {
        String value = names.staticLocal("value");
        return MethodSpec.methodBuilder(names.helper("numberOf", "numberOf"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A number, missing for null, for the builder.\n")
                .returns(double.class)
                .addParameter(Double.class, value)
                .addStatement("return $L == null ? $T.missing() : $L", value, RuntimeTypes.OPS, value)
                .build();
    }

    // private static Truth unknown() { return Truth.UNKNOWN; }
    private MethodSpec unknown() {
        return MethodSpec.methodBuilder(names.helper("unknown", "unknown"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A missing yes-or-no, for the builder.\n")
                .returns(RuntimeTypes.TRUTH)
                .addStatement("return $T.UNKNOWN", RuntimeTypes.TRUTH)
                .build();
    }

    // private static Truth truthOf(Boolean value) { return Truth.ofNullable(value); }
    private MethodSpec truthOf() {
        String value = names.staticLocal("value");
        return MethodSpec.methodBuilder(names.helper("truthOf", "truthOf"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A yes-or-no, missing for null, for the builder.\n")
                .returns(RuntimeTypes.TRUTH)
                .addParameter(Boolean.class, value)
                .addStatement("return $T.ofNullable($L)", RuntimeTypes.TRUTH, value)
                .build();
    }

    private String requireValid() {
        return names.helper("requireValid", "requireValid");
    }

    // private static void requireValid(int input, double value) { InputValidator.requireValid(INPUTS.get(input), value); }
    private MethodSpec requireValidHelper() {
        String index = names.staticLocal("index");
        String value = names.staticLocal("value");
        return MethodSpec.methodBuilder(requireValid())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Checks input {@code $L} against its range, for the input record (whose fields, named after "
                        + "the inputs, may hide any type).\n", index)
                .addParameter(int.class, index)
                .addParameter(double.class, value)
                .addStatement("$T.requireValid(INPUTS.get($L), $L)", RuntimeTypes.INPUT_VALIDATOR, index, value)
                .build();
    }

    // public Builder toBuilder() { Builder b = new Builder(); b.ki67 = ki67; ...; return b; }
    private MethodSpec toBuilder() {
        String b = names.inputLocal("b");
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("A builder holding these values, to change some of them.\n")
                .addStatement("$T $L = new $T()", builder, b, builder);
        for (InputDecl decl : guideline.inputs()) {
            method.addStatement("$L.$L = $L", b, names.builderField(decl), MemberNames.input(decl));
        }
        return method.addStatement("return $L", b).build();
    }

    // public static Input fromValues(Map<String, ?> values) { return inputOf(values); }
    private MethodSpec fromValues() {
        String values = names.inputLocal("values");
        return MethodSpec.methodBuilder("fromValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(input)
                .addParameter(valuesType(), values)
                .addJavadoc("The input from validated values ({@code InputValidator}): input names to Double, Boolean or "
                        + "code String; an absent name is missing.\n")
                .addStatement("return $L($L)", names.helper("inputOf", "inputOf"), values)
                .build();
    }

    // private static Input inputOf(Map<String, Object> values) { return new Input(Differentiation.ofCode(...), ...); }
    private MethodSpec inputOf() {
        String values = names.staticLocal("values");
        List<CodeBlock> args = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            CodeBlock raw = CodeBlock.of("$L.get($S)", values, decl.name());
            if (decl.type() instanceof Type.Bool) {
                args.add(CodeBlock.of("$T.truth($L)", RuntimeTypes.OPS, raw));
            } else if (decl.type() instanceof Type.Code code) {
                args.add(CodeBlock.of("$T.ofCode(($T) $L)", types.enumOf(code.codes()), String.class, raw));
            } else {
                args.add(CodeBlock.of("$T.number($L)", RuntimeTypes.OPS, raw));
            }
        }
        return MethodSpec.methodBuilder(names.helper("inputOf", "inputOf"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The body of {@link Input#fromValues}, kept out of the record for the same reason.\n")
                .returns(input)
                .addParameter(valuesType(), values)
                .addStatement("return new $T(\n$>$L$<)", input, CodeBlock.join(args, ",\n"))
                .build();
    }

    private static TypeName valuesType() {
        return ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
    }

    // public Map<String, Object> toValues() { return valuesOf(this); }
    private MethodSpec toValues() {
        return MethodSpec.methodBuilder("toValues")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        ClassName.get(Object.class)))
                .addJavadoc("The values as {@link #fromValues} reads them: input names to Double, Boolean or code String, "
                        + "in declaration order; a missing input is absent. A new, modifiable map.\n")
                .addStatement("return $L(this)", names.helper("valuesOf", "valuesOf"))
                .build();
    }

    // private static Map<String, Object> valuesOf(Input input) { Map<String, Object> values = new LinkedHashMap<>(); if (...) values.put("ki67", input.ki67); ... }
    private MethodSpec valuesOf() {
        String values = names.staticLocal("values");
        String of = names.staticLocal("input");
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.helper("valuesOf", "valuesOf"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        ClassName.get(Object.class)))
                .addParameter(input, of)
                .addJavadoc("The body of {@link Input#toValues}, kept out of the record for the same reason.\n")
                .addStatement("$T<$T, $T> $L = new $T<>()", RuntimeTypes.MAP, String.class, Object.class, values,
                        RuntimeTypes.LINKED_HASH_MAP);
        for (InputDecl decl : guideline.inputs()) {
            String name = MemberNames.input(decl);
            if (decl.type() instanceof Type.Bool) {
                method.beginControlFlow("if (!$L.$L.isUnknown())", of, name)
                        .addStatement("$L.put($S, $L.$L.isTrue())", values, decl.name(), of, name);
            } else if (decl.type() instanceof Type.Code) {
                method.beginControlFlow("if ($L.$L != null)", of, name)
                        .addStatement("$L.put($S, $L.$L.code())", values, decl.name(), of, name);
            } else {
                method.beginControlFlow("if (!$T.isNaN($L.$L))", Double.class, of, name)
                        .addStatement("$L.put($S, $L.$L)", values, decl.name(), of, name);
            }
            method.endControlFlow();
        }
        return method.addStatement("return $L", values).build();
    }

    // public static final class Builder { private double ki67 = missingNumber(); public Builder ki67(double v) ... }
    private TypeSpec builderType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds an {@link Input}; a value never set stays missing. Not thread-safe.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> fields = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            String field = names.builderField(decl);
            fields.add(field);
            type.addField(field(decl, field));
            type.addMethod(setter(decl, field, typeOf(decl), CodeBlock.of("$L", field)));
            if (decl.type() instanceof Type.Bool) {
                String truthOf = names.helper("truthOf", "truthOf");
                type.addMethod(setter(decl, field, TypeName.BOOLEAN, CodeBlock.of("$L($L)", truthOf, field)));
                type.addMethod(setter(decl, field, ClassName.get(Boolean.class), CodeBlock.of("$L($L)", truthOf, field)));
            } else if (decl.spec().isNumeric()) {
                type.addMethod(setter(decl, field, ClassName.get(Double.class),
                        CodeBlock.of("$L($L)", names.helper("numberOf", "numberOf"), field)));
            }
        }
        return type.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(input)
                        .addJavadoc("The input.\n\n@throws IllegalArgumentException for a number out of its range\n")
                        .addStatement("return new $T($L)", input, String.join(", ", fields))
                        .build())
                .build();
    }

    // private double ki67 = missingNumber();
    private FieldSpec field(InputDecl decl, String name) {
        FieldSpec.Builder field = FieldSpec.builder(typeOf(decl), name, Modifier.PRIVATE);
        if (decl.type() instanceof Type.Bool) {
            field.initializer("$L()", names.helper("unknown", "unknown"));
        } else if (decl.spec().isNumeric()) {
            field.initializer("$L()", names.helper("missingNumber", "missingNumber"));
        }
        return field.build();
    }

    // public Builder ki67(double ki67) { this.ki67 = ki67; return this; }
    private MethodSpec setter(InputDecl decl, String field, TypeName parameter, CodeBlock value) {
        String missing = parameter.isPrimitive() ? "" : parameter.equals(typeOf(decl))
                ? (decl.type() instanceof Type.Bool ? " ({@code Truth.UNKNOWN}: missing)" : " (null: missing)")
                : " (null: missing)";
        if (parameter.equals(TypeName.DOUBLE)) {
            missing = " (NaN: missing)";
        }
        return MethodSpec.methodBuilder(MemberNames.input(decl))
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, field)
                .addJavadoc("Sets $L$L.\n", describeShort(decl), missing)
                .addStatement("this.$L = $L", field, value)
                .addStatement("return this")
                .build();
    }

    private static String describeShort(InputDecl decl) {
        String about = decl.spec().description().isEmpty() ? "{@code " + decl.name() + "}"
                : JavadocText.escape(decl.spec().description());
        if (decl.spec().kind() == InputKind.QUANTITY) {
            about += ", in " + JavadocText.escape(decl.spec().unit().symbol());
        }
        return about;
    }
}
