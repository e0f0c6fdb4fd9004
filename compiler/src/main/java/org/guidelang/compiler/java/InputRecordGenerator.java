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
    // The record's fields are named after the inputs and may hide any type or constant, so its
    // methods only call the class's static helpers, whose names no input can take.
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
            String name = MemberNames.input(decl);
            constructor.addParameter(ParameterSpec.builder(typeOf(decl, types), name).build());
            if (decl.spec().isNumeric()) {
                // The declared range as constants, so that a valid number costs two comparisons; any other
                // goes to the full check, which refuses it and says why.
                constructor.beginControlFlow("if ($L != null && !($L))", name, inside(decl, name))
                        .addStatement("$L($L, $L)", requireValid(), i, name)
                        .endControlFlow();
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
     * name ({@code InputValues.requireValid(...)} would read an input {@code InputValues}), so their code names no type:
     * it calls these, whose names no input can take.
     */
    List<MethodSpec> helpers() {
        List<MethodSpec> helpers = new ArrayList<>();
        if (guideline.inputs().stream().anyMatch(d -> d.spec().isNumeric())) {
            helpers.add(requireValidHelper());
        }
        helpers.add(inputOf());
        helpers.add(inputOfChecked());
        helpers.add(valuesOf());
        return helpers;
    }

    /**
     * {@code ki67 >= 0.0 && ki67 <= 100.0}: true only for a number {@code InputValues.requireValid}
     * accepts. Literals alone (the record's fields may hide any type): an unbounded end is the
     * largest finite double, which also refuses the infinities, and NaN fails every comparison. A
     * whole number is an {@code Integer} or a {@code Long}, never a fraction.
     */
    private static CodeBlock inside(InputDecl decl, String name) {
        Range range = decl.spec().range();
        CodeBlock low = range.hasLowerBound()
                ? CodeBlock.of("$L $L $L", name, range.loClosed() ? ">=" : ">", ExpressionWriter.number(range.lo()))
                : CodeBlock.of("$L >= $L", name, -Double.MAX_VALUE);
        CodeBlock high = range.hasUpperBound()
                ? CodeBlock.of("$L $L $L", name, range.hiClosed() ? "<=" : "<", ExpressionWriter.number(range.hi()))
                : CodeBlock.of("$L <= $L", name, Double.MAX_VALUE);
        return CodeBlock.of("$L && $L", low, high);
    }

    private String requireValid() {
        return names.helper("requireValid", "requireValid");
    }

    // private static void requireValid(int index, Number value) { InputValues.requireValid(INPUTS.get(index), value); }
    private MethodSpec requireValidHelper() {
        String index = names.staticLocal("index");
        String value = names.staticLocal("value");
        return MethodSpec.methodBuilder(requireValid())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Checks input {@code $L} against its declaration, for the input record (whose fields, named after "
                        + "the inputs, may hide any type).\n", index)
                .addParameter(int.class, index)
                .addParameter(Number.class, value)
                .addStatement("$T.requireValid(INPUTS.get($L), $L)", RuntimeTypes.INPUT_VALUES, index, value)
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
                .addJavadoc("The input from validated values ({@code InputValidator}): input names to numbers, Boolean "
                        + "or code String; an absent name is missing, and names of no input are ignored.\n")
                .addStatement("return $L($L)", names.helper("inputOf", "inputOf"), values)
                .build();
    }

    // private static Input inputOf(Map<String, Object> values) { return new Input(Differentiation.ofCode(...), ...); }
    private MethodSpec inputOf() {
        String values = names.staticLocal("values");
        List<CodeBlock> args = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            args.add(fromMapValue(decl, types, CodeBlock.of("$L.get($S)", values, decl.name())));
        }
        return MethodSpec.methodBuilder(names.helper("inputOf", "inputOf"))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The body of {@link Input#fromValues}, kept out of the record for the same reason.\n")
                .returns(input)
                .addParameter(valuesType(), values)
                .addStatement("return new $T(\n$>$L$<)", input, CodeBlock.join(args, ",\n"))
                .build();
    }

    /** The helper the map entry point reads a patient with: {@code inputOfChecked}. */
    static String inputOfCheckedName(MemberNames names) {
        return names.helper("inputOfChecked", "inputOfChecked");
    }

    // private static Input inputOfChecked(Object[] checked) { return new Input(Differentiation.ofCode((String) checked[0]), InputValues.decimal(checked[1]), ...); }
    private MethodSpec inputOfChecked() {
        String checked = names.staticLocal("checked");
        List<CodeBlock> args = new ArrayList<>();
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            args.add(fromMapValue(inputs.get(i), types, CodeBlock.of("$L[$L]", checked, i)));
        }
        return MethodSpec.methodBuilder(inputOfCheckedName(names))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The input from the validator's values in declaration order ({@code "
                        + "InputValidator.valuesInOrderOrThrow}), for the map entry point: read by position, not "
                        + "looked up by name.\n")
                .returns(input)
                .addParameter(Object[].class, checked)
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
                .addJavadoc("The values as {@link #fromValues} reads them: input names to Double (whole numbers "
                        + "too), Boolean or code String, in declaration order; a missing input is absent. A new, "
                        + "modifiable map.\n")
                .addStatement("return $L(this)", names.helper("valuesOf", "valuesOf"))
                .build();
    }

    // private static Map<String, Object> valuesOf(Input input) { Map<String, Object> values = new LinkedHashMap<>(); if (input.ki67 != null) values.put("ki67", input.ki67); ... }
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
            method.beginControlFlow("if ($L.$L != null)", of, name);
            if (decl.type() instanceof Type.Code) {
                method.addStatement("$L.put($S, $L.$L.code())", values, decl.name(), of, name);
            } else if (typeOf(decl, types).equals(ClassName.get(Double.class)) || decl.type() instanceof Type.Bool) {
                method.addStatement("$L.put($S, $L.$L)", values, decl.name(), of, name);
            } else {
                method.addStatement("$L.put($S, $L.$L.doubleValue())", values, decl.name(), of, name);
            }
            method.endControlFlow();
        }
        return method.addStatement("return $L", values).build();
    }

    // public static final class Builder { private Double ki67; public Builder ki67(double v) ...; public Builder ki67(Double v) ... }
    private TypeSpec builderType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds an {@link Input}; a value never set, or set to null, is missing. Not thread-safe.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> fields = new ArrayList<>();
        for (InputDecl decl : guideline.inputs()) {
            String field = names.builderField(decl);
            fields.add(field);
            type.addField(typeOf(decl, types), field, Modifier.PRIVATE);
            TypeName primitive = primitiveOf(decl);
            if (primitive != null) {
                type.addMethod(setter(decl, field, primitive));
            }
            type.addMethod(setter(decl, field, typeOf(decl, types)));
        }
        return type.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(input)
                        .addJavadoc("The input.\n\n@throws IllegalArgumentException for a number the input's "
                                + "declaration refuses (see {@link Input#Input})\n")
                        .addStatement("return new $T($L)", input, String.join(", ", fields))
                        .build())
                .build();
    }

    // public Builder ki67(double ki67) { this.ki67 = ki67; return this; }   |   public Builder ki67(Double ki67) { ... }
    private MethodSpec setter(InputDecl decl, String field, TypeName parameter) {
        return MethodSpec.methodBuilder(MemberNames.input(decl))
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, field)
                .addJavadoc("Sets $L$L.\n", describeShort(decl), parameter.isPrimitive() ? "" : " (null: missing)")
                .addStatement("this.$L = $L", field, field)
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
