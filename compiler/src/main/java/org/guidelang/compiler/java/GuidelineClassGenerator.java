package org.guidelang.compiler.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;

/** Generates the evaluator class of one guideline. */
final class GuidelineClassGenerator {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final ClassName self;

    GuidelineClassGenerator(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.self = types.classOf(guideline.id());
    }

    GeneratedFile generate() {
        TypeSpec type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(generated())
                .build();
        JavaFile file = JavaFile.builder(self.packageName(), type).skipJavaLangImports(true).indent("    ").build();
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
}
