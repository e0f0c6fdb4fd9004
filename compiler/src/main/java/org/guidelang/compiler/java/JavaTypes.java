package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;

/**
 * The Java names of everything generated for a compilation, decided once so that a guideline
 * and those importing it agree: each guideline's class, the enum of each code set (declared in
 * the class of the guideline that declares the code set), and the Java names of inputs and
 * parameters.
 */
final class JavaTypes {
    /** Nested types every evaluator class declares; code enums must not take these names. */
    static final Set<String> NESTED = Set.of("Input", "Builder", "Result", "Evaluation", "MapEvaluator",
            "ExactSubject", "Constraints");
    /** Methods of records and builders that an input's accessor must not hide. */
    private static final Set<String> RECORD_MEMBERS = Set.of("builder", "fromValues", "toValues", "toBuilder", "build",
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    /** Members and locals of an evaluation and a result; outcomes and definitions must not take these names. */
    static final Set<String> EVALUATION_MEMBERS = Set.of("condition", "missing", "values", "input", "trace",
            "evaluateAll", "evaluation", "explain", "toEvaluationResult", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "missingInputs");

    private final String packageOverride;
    private final Map<String, ClassName> classes = new HashMap<>();
    private final Map<String, ClassName> enums = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();

    JavaTypes(List<CheckedGuideline> guidelines, String packageOverride) {
        this.packageOverride = packageOverride;
        for (CheckedGuideline guideline : guidelines) {
            ClassName owner = ClassName.get(packageOf(guideline), JavaNames.typeName(guideline.id()));
            classes.put(guideline.id(), owner);
            Set<String> taken = new HashSet<>(NESTED);
            taken.add(owner.simpleName());
            for (InputDecl input : guideline.ownInputs()) {
                if (input.codes() != null) {
                    enums.put(input.codes().key(), ClassName.get(owner.packageName(), owner.simpleName(),
                            unique(JavaNames.typeName(input.name()), taken)));
                }
            }
            for (Outcome outcome : guideline.outcomes()) {
                CodeSet codes = Codes.of(outcome);
                if (codes != null) {
                    enums.put(codes.key(), ClassName.get(owner.packageName(), owner.simpleName(),
                            unique(JavaNames.typeName(outcome.name()), taken)));
                }
            }
            Set<String> constantNames = new HashSet<>(Set.of("ID", "VERSION", "INPUTS", "INPUT_INDEX"));
            for (ParamDecl param : guideline.params()) {
                String name = JavaNames.constantName(param.name());
                while (!constantNames.add(name)) {
                    name = name + "_";
                }
                constants.put(guideline.id() + "." + param.name(), name);
            }
        }
    }

    private static String unique(String name, Set<String> taken) {
        String result = name;
        if (taken.contains(result)) {
            result = result + "Code";
        }
        while (!taken.add(result)) {
            result = result + "_";
        }
        return result;
    }

    String packageOf(CheckedGuideline guideline) {
        if (packageOverride != null) {
            return packageOverride;
        }
        return guideline.packageName() != null ? guideline.packageName() : JavaBackend.DEFAULT_PACKAGE;
    }

    ClassName classOf(String guidelineId) {
        ClassName name = classes.get(guidelineId);
        if (name == null) {
            throw new IllegalStateException("no class for guideline " + guidelineId);
        }
        return name;
    }

    ClassName enumOf(CodeSet codes) {
        ClassName name = enums.get(codes.key());
        if (name == null) {
            throw new IllegalStateException("no enum for code set " + codes.key());
        }
        return name;
    }

    /** The constant holding a parameter of a guideline. */
    String constantOf(String guidelineId, ParamDecl param) {
        return constants.get(guidelineId + "." + param.name());
    }

    /** The Java name of an input: the same in every guideline that reads it. */
    static String inputName(String name) {
        return JavaNames.memberName(name, RECORD_MEMBERS);
    }

    /** The names of a guideline's evaluation members for its outcomes and definitions, in a stable order. */
    static Map<String, String> evaluationNames(CheckedGuideline guideline) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(EVALUATION_MEMBERS);
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            taken.add(imported.alias());
        }
        for (Outcome outcome : guideline.outcomes()) {
            String name = JavaNames.memberName(outcome.name(), taken);
            taken.add(name);
            taken.add(name + "Missing");
            names.put(outcome.name(), name);
        }
        for (var definition : guideline.definitions()) {
            String name = JavaNames.memberName(definition.name(), taken);
            taken.add(name);
            taken.add(name + "Missing");
            names.put(definition.name(), name);
        }
        return names;
    }
}
