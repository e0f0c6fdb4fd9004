package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CodeSet;

/** Generates the Java enum of one code set, with its labels. */
final class CodeEnumGenerator {
    private final CodeSet codes;
    private final ClassName name;
    private final String about;
    private final Map<String, List<String>> notes;
    private final MemberNames.EnumMembers members;

    /** {@code notes}: what yields each code (the rules of a table), shown under its label. */
    CodeEnumGenerator(CodeSet codes, ClassName name, String about, Map<String, List<String>> notes,
            MemberNames.EnumMembers members) {
        this.codes = codes;
        this.name = name;
        this.about = about;
        this.notes = notes;
        this.members = members;
    }

    // public enum Differentiation implements CodeValue { WELL("WELL", "Well differentiated"), ... }
    TypeSpec generate() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.CODE_VALUE)
                .addJavadoc("$L\n", JavadocText.escape(about));
        for (CodeSet.Code code : codes.codes()) {
            type.addEnumConstant(MemberNames.code(code.name()), TypeSpec.anonymousClassBuilder("$S, $L", code.name(),
                            TextLiterals.of(code.label()))
                    .addJavadoc("$L\n", constantDoc(code))
                    .build());
        }
        return type.addField(String.class, members.codeField(), Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, members.labelField(), Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(constructor())
                .addMethod(accessor("code", members.codeField(), "The code as written in the guideline."))
                .addMethod(accessor("label", members.labelField(), "The label the guideline gives this code."))
                .addMethod(ofCode())
                .build();
    }

    private String constantDoc(CodeSet.Code code) {
        StringBuilder doc = new StringBuilder(JavadocText.escape(code.label()));
        for (String note : notes.getOrDefault(code.name(), List.of())) {
            doc.append("\n\n<p>").append(JavadocText.escape(note));
        }
        return doc.toString();
    }

    // Differentiation(String code, String label) { this.code = code; this.label = label; }
    private MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addParameter(String.class, "code")
                .addParameter(String.class, "label")
                .addStatement("this.$L = code", members.codeField())
                .addStatement("this.$L = label", members.labelField())
                .build();
    }

    // @Override public String code() { return code; }
    private static MethodSpec accessor(String method, String field, String doc) {
        return MethodSpec.methodBuilder(method)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("$L\n", doc)
                .addStatement("return $L", field)
                .build();
    }

    // public static Differentiation ofCode(String code) { return switch (code) { case "WELL" -> WELL; ... }; }
    private MethodSpec ofCode() {
        String param = members.codeParameter();
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($L) {\n$>", param);
        for (CodeSet.Code code : codes.codes()) {
            cases.add("case $S -> $L;\n", code.name(), MemberNames.code(code.name()));
        }
        cases.add("default -> throw new $T($S + $L + $L);\n", IllegalArgumentException.class, "unknown code ", param,
                        TextLiterals.of(" of " + codes.owner() + "; expected one of " + String.join(", ", codes.names())))
                .add("$<};\n");
        return MethodSpec.methodBuilder("ofCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, param)
                .addJavadoc("The constant for a code as written in the guideline; null for null (missing).\n\n"
                        + "@throws IllegalArgumentException for a code the guideline does not declare\n")
                .beginControlFlow("if ($L == null)", param)
                .addStatement("return null")
                .endControlFlow()
                .addCode(cases.build())
                .build();
    }
}
