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
    private final ClassName input;
    private final ClassName builder;

    InputRecordGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
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
    TypeSpec generate() {
        StringBuilder doc = new StringBuilder("A patient's values for {@code " + guideline.id()
                + "}. Every value may be missing; build one with {@link #builder()}.\n\n");
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks every number against its declared range.\n\n"
                        + "@throws IllegalArgumentException for a number out of range, or not whole where it must be\n");
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputDecl decl = inputs.get(i);
            String name = JavaTypes.inputName(decl.name());
            constructor.addParameter(ParameterSpec.builder(typeOf(decl), name).build());
            if (decl.spec().isNumeric()) {
                constructor.addStatement("$T.requireValid(INPUTS.get($L), $L)", RuntimeTypes.INPUT_VALIDATOR, i, name);
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

    // static Input fromValues(Map<String, Object> values) { return new Input(Differentiation.ofCode(...), ...); }
    private MethodSpec fromValues() {
        List<CodeBlock> args = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            CodeBlock raw = CodeBlock.of("values.get($S)", decl.name());
            if (decl.type() instanceof Type.Bool) {
                args.add(CodeBlock.of("$T.truth($L)", RuntimeTypes.OPS, raw));
            } else if (decl.type() instanceof Type.Code code) {
                args.add(CodeBlock.of("$T.ofCode(($T) $L)", types.enumOf(code.codes()), String.class, raw));
            } else {
                args.add(CodeBlock.of("$T.number($L)", RuntimeTypes.OPS, raw));
            }
        }
        return MethodSpec.methodBuilder("fromValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(input)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.MAP, ClassName.get(String.class),
                        ClassName.get(Object.class)), "values")
                .addJavadoc("The input from validated values ({@code InputValidator}): input names to Double, Boolean or "
                        + "code String; an absent name is missing.\n")
                .addStatement("return new $T(\n$>$L$<)", input, CodeBlock.join(args, ",\n"))
                .build();
    }

    // public static final class Builder { private double ki67 = Ops.missing(); public Builder ki67(double v) ... }
    private TypeSpec builderType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds an {@link Input}; a value never set stays missing. Not thread-safe.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> names = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            String name = JavaTypes.inputName(decl.name());
            names.add(name);
            type.addField(field(decl, name));
            type.addMethod(setter(decl, name, typeOf(decl), CodeBlock.of("$L", name)));
            if (decl.type() instanceof Type.Bool) {
                type.addMethod(setter(decl, name, TypeName.BOOLEAN, CodeBlock.of("$T.of($L)", RuntimeTypes.TRUTH, name)));
                type.addMethod(setter(decl, name, ClassName.get(Boolean.class),
                        CodeBlock.of("$T.ofNullable($L)", RuntimeTypes.TRUTH, name)));
            } else if (decl.spec().isNumeric()) {
                type.addMethod(setter(decl, name, ClassName.get(Double.class),
                        CodeBlock.of("$L == null ? $T.missing() : $L", name, RuntimeTypes.OPS, name)));
            }
        }
        return type.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(input)
                        .addJavadoc("The input.\n\n@throws IllegalArgumentException for a number out of its range\n")
                        .addStatement("return new $T($L)", input, String.join(", ", names))
                        .build())
                .build();
    }

    // private double ki67 = Ops.missing();
    private FieldSpec field(InputDecl decl, String name) {
        FieldSpec.Builder field = FieldSpec.builder(typeOf(decl), name, Modifier.PRIVATE);
        if (decl.type() instanceof Type.Bool) {
            field.initializer("$T.UNKNOWN", RuntimeTypes.TRUTH);
        } else if (decl.spec().isNumeric()) {
            field.initializer("$T.missing()", RuntimeTypes.OPS);
        }
        return field.build();
    }

    // public Builder ki67(double ki67) { this.ki67 = ki67; return this; }
    private MethodSpec setter(InputDecl decl, String name, TypeName parameter, CodeBlock value) {
        String missing = parameter.isPrimitive() ? "" : parameter.equals(typeOf(decl))
                ? (decl.type() instanceof Type.Bool ? " ({@code Truth.UNKNOWN}: missing)" : " (null: missing)")
                : " (null: missing)";
        if (parameter.equals(TypeName.DOUBLE)) {
            missing = " (NaN: missing)";
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, name)
                .addJavadoc("Sets $L$L.\n", describeShort(decl), missing)
                .addStatement("this.$L = $L", name, value)
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
