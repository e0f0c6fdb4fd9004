package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import org.guidelang.runtime.Range;

/**
 * Generates a guideline's {@code Input} record and its builder. Every value may be missing, and a
 * missing value is null: components are {@code Double}, {@code Integer} or {@code Long} (whole
 * numbers), {@code Boolean} or a code enum. Numbers are checked when the record is made: NaN, an
 * infinity, a value out of range or a fraction where a whole number is declared is refused.
 */
final class InputRecordGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ClassName input;
    private final ClassName builder;

    InputRecordGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.input = types.classOf(guideline.id()).nestedClass("Input");
        this.builder = input.nestedClass("Builder");
    }

    /** The record component's type: {@code Double}, {@code Integer}, {@code Long}, {@code Boolean} or a code enum. */
    static TypeName typeOf(InputDecl decl, JavaTypes types) {
        if (decl.type() instanceof Type.Bool) {
            return ClassName.get(Boolean.class);
        }
        if (decl.type() instanceof Type.Code code) {
            return types.enumOf(code.codes());
        }
        if (!decl.spec().isWholeNumber()) {
            return ClassName.get(Double.class);
        }
        return fitsInt(decl.spec().range()) ? ClassName.get(Integer.class) : ClassName.get(Long.class);
    }

    /**
     * Whether a whole-number input is an {@code int}: unless a declared end lies beyond an int's
     * (an open end does not count: a count in {@code [0, *)} is an int, and a map value beyond it is
     * refused by {@code InputValues.whole}).
     */
    private static boolean fitsInt(Range range) {
        return (!range.hasLowerBound() || range.lo() >= Integer.MIN_VALUE)
                && (!range.hasUpperBound() || range.hi() <= Integer.MAX_VALUE);
    }

    /** The value as generated conditions read it: {@code InputValues.number(input.ki67())}, a Truth, or the code. */
    static CodeBlock read(InputDecl decl, CodeBlock component) {
        if (decl.type() instanceof Type.Bool) {
            return CodeBlock.of("$T.ofNullable($L)", RuntimeTypes.TRUTH, component);
        }
        if (decl.type() instanceof Type.Code) {
            return component;
        }
        return CodeBlock.of("$T.number($L)", RuntimeTypes.INPUT_VALUES, component);
    }

    /** A validated map's value ({@code raw}) as the record's component: {@code InputValues.decimal(raw)}. */
    static CodeBlock fromMapValue(InputDecl decl, JavaTypes types, CodeBlock raw) {
        if (decl.type() instanceof Type.Bool) {
            return CodeBlock.of("$T.bool($L)", RuntimeTypes.INPUT_VALUES, raw);
        }
        if (decl.type() instanceof Type.Code code) {
            return CodeBlock.of("$T.ofCode(($T) $L)", types.enumOf(code.codes()), String.class, raw);
        }
        TypeName type = typeOf(decl, types);
        String method = type.equals(ClassName.get(Double.class)) ? "decimal"
                : type.equals(ClassName.get(Integer.class)) ? "whole" : "wholeLong";
        return CodeBlock.of("$T.$L($L)", RuntimeTypes.INPUT_VALUES, method, raw);
    }

    /** The primitive a builder also takes: {@code double}, {@code int}, {@code long}, {@code boolean}; null for codes. */
    private TypeName primitiveOf(InputDecl decl) {
        return decl.type() instanceof Type.Code ? null : typeOf(decl, types).unbox();
    }

    /** "Ki-67 proliferation index, in %, in [0, 100]; null when missing". */
    private String describe(InputDecl decl) {
        String about = JavadocText.escape(decl.spec().description().isEmpty() ? decl.name()
                : decl.spec().description());
        String unit = decl.spec().kind() == InputKind.QUANTITY ? ", in " + decl.spec().unit().symbol()
                + (decl.perLabel() == null ? "" : " per " + decl.perLabel()) : "";
        String range = decl.spec().range().isUnbounded() ? "" : ", in " + decl.spec().range();
        String whole = decl.spec().kind() == InputKind.INTEGER ? ", a whole number" : "";
        return about + JavadocText.escape(unit + range + whole) + "; null when missing";
    }

    // public record Input(Differentiation differentiation, Double ki67, ...) { ... }
    TypeSpec generate() {
        StringBuilder doc = new StringBuilder("A patient's values for {@code " + guideline.id()
                + "}. Every value may be missing (null); build one with {@link #builder()}.\n\n");
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks every number against its declaration.\n\n"
                        + "@throws IllegalArgumentException for NaN, an infinity, a number out of range, or a fraction "
                        + "where a whole number is declared; its message, and its cause (an {@code "
                        + "InvalidInputException}), name the input and the fix\n");
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputDecl decl = inputs.get(i);
            String name = JavaTypes.inputName(decl.name());
            constructor.addParameter(ParameterSpec.builder(typeOf(decl, types), name).build());
            if (decl.spec().isNumeric()) {
                constructor.addStatement("$T.requireValid(INPUTS.get($L), $L)", RuntimeTypes.INPUT_VALUES, i, name);
            }
            doc.append("@param ").append(name).append(' ').append(describe(decl)).append('\n');
        }
        return TypeSpec.recordBuilder(input)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.toString())
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

    // public Builder toBuilder() { Builder b = new Builder(); b.ki67 = ki67; ...; return b; }
    private MethodSpec toBuilder() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("A builder holding these values, to change some of them.\n")
                .addStatement("$T b = new $T()", builder, builder);
        for (InputDecl decl : guideline.inputs()) {
            String name = JavaTypes.inputName(decl.name());
            method.addStatement("b.$L = $L", name, name);
        }
        return method.addStatement("return b").build();
    }

    // public static Input fromValues(Map<String, ?> values) { return new Input(Differentiation.ofCode(...), InputValues.decimal(...), ...); }
    private MethodSpec fromValues() {
        List<CodeBlock> args = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            args.add(fromMapValue(decl, types, CodeBlock.of("values.get($S)", decl.name())));
        }
        return MethodSpec.methodBuilder("fromValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(input)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)), "values")
                .addJavadoc("The input from validated values ({@code InputValidator}): input names to numbers, Boolean "
                        + "or code String; an absent name is missing, and names of no input are ignored.\n")
                .addStatement("return new $T(\n$>$L$<)", input, CodeBlock.join(args, ",\n"))
                .build();
    }

    // public Map<String, Object> toValues() { Map<String, Object> values = new LinkedHashMap<>(); if (this.ki67 != null) values.put("ki67", this.ki67); ... }
    private MethodSpec toValues() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toValues")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        ClassName.get(Object.class)))
                .addJavadoc("The values as {@link #fromValues} reads them: input names to Double (whole numbers "
                        + "too), Boolean or code String, in declaration order; a missing input is absent. A new, "
                        + "modifiable map.\n")
                .addStatement("$T<$T, $T> values = new $T<>()", RuntimeTypes.MAP, String.class, Object.class,
                        RuntimeTypes.LINKED_HASH_MAP);
        // Fields are read through this., so that no input's name can be hidden by the local.
        for (InputDecl decl : guideline.inputs()) {
            String name = JavaTypes.inputName(decl.name());
            method.beginControlFlow("if (this.$L != null)", name);
            if (decl.type() instanceof Type.Code) {
                method.addStatement("values.put($S, this.$L.code())", decl.name(), name);
            } else if (typeOf(decl, types).equals(ClassName.get(Double.class)) || decl.type() instanceof Type.Bool) {
                method.addStatement("values.put($S, this.$L)", decl.name(), name);
            } else {
                method.addStatement("values.put($S, this.$L.doubleValue())", decl.name(), name);
            }
            method.endControlFlow();
        }
        return method.addStatement("return values").build();
    }

    // public static final class Builder { private Double ki67; public Builder ki67(double v) ...; public Builder ki67(Double v) ... }
    private TypeSpec builderType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds an {@link Input}; a value never set, or set to null, is missing. Not thread-safe.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> names = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            String name = JavaTypes.inputName(decl.name());
            names.add(name);
            type.addField(typeOf(decl, types), name, Modifier.PRIVATE);
            TypeName primitive = primitiveOf(decl);
            if (primitive != null) {
                type.addMethod(setter(decl, name, primitive));
            }
            type.addMethod(setter(decl, name, typeOf(decl, types)));
        }
        return type.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(input)
                        .addJavadoc("The input.\n\n@throws IllegalArgumentException for a number the input's "
                                + "declaration refuses (see {@link Input#Input})\n")
                        .addStatement("return new $T($L)", input, String.join(", ", names))
                        .build())
                .build();
    }

    // public Builder ki67(double ki67) { this.ki67 = ki67; return this; }   |   public Builder ki67(Double ki67) { ... }
    private MethodSpec setter(InputDecl decl, String name, TypeName parameter) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, name)
                .addJavadoc("Sets " + describeShort(decl) + (parameter.isPrimitive() ? "" : " (null: missing)") + ".\n")
                .addStatement("this.$L = $L", name, name)
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
