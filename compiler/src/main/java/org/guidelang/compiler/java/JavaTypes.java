package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.naming.GeneratedMembers;
import org.guidelang.compiler.naming.JavaIdentifiers;

/**
 * The Java names of everything generated for a compilation, decided once so that a guideline
 * and those importing it agree: each guideline's class, the enum of each code set (declared in
 * the class of the guideline that declares the code set), and the members of each class.
 */
final class JavaTypes {
    /** The simple names of the JDK types generated code names. */
    private static final Set<String> JDK_TYPES = Set.of("String", "Object", "Boolean", "Double", "Long", "Integer",
            "Override", "List", "Map", "ArrayList", "TreeSet", "SortedSet", "Collections", "Objects",
            "IllegalArgumentException", "IllegalStateException", "Generated", "Math", "System", "Enum", "Record",
            "BigDecimal", "LinkedHashMap");

    private final String packageOverride;
    private final Map<String, ClassName> classes = new HashMap<>();
    private final Map<String, ClassName> enums = new HashMap<>();
    private final Map<String, CheckedGuideline> guidelines = new HashMap<>();
    private final Map<String, MemberNames> members = new HashMap<>();
    private final Set<String> hidable = new HashSet<>();

    JavaTypes(List<CheckedGuideline> guidelines, String packageOverride) {
        this.packageOverride = packageOverride;
        hidable.addAll(JDK_TYPES);
        hidable.addAll(RuntimeTypes.SIMPLE_NAMES);
        hidable.addAll(GeneratedMembers.NESTED_TYPES);
        hidable.addAll(Set.of("org", "java", "javax"));
        for (CheckedGuideline guideline : guidelines) {
            ClassName owner = ClassName.get(packageOf(guideline), JavaIdentifiers.typeName(guideline.id()));
            this.guidelines.put(guideline.id(), guideline);
            classes.put(guideline.id(), owner);
            hidable.add(owner.simpleName());
            hidable.add(owner.packageName().split("\\.")[0]);
            for (InputDecl input : guideline.ownInputs()) {
                if (input.codes() != null) {
                    declareEnum(owner, input.codes(), input.name());
                }
            }
            for (Outcome outcome : guideline.outcomes()) {
                CodeSet codes = Codes.of(outcome);
                if (codes != null) {
                    declareEnum(owner, codes, outcome.name());
                }
            }
        }
    }

    private void declareEnum(ClassName owner, CodeSet codes, String declaredBy) {
        ClassName name = owner.nestedClass(JavaIdentifiers.enumName(declaredBy, owner.simpleName()));
        enums.put(codes.key(), name);
        hidable.add(name.simpleName());
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

    /** The member names of a guideline's class, the same for the class itself and for those importing it. */
    MemberNames membersOf(String guidelineId) {
        return members.computeIfAbsent(guidelineId, id -> {
            CheckedGuideline guideline = guidelines.get(id);
            if (guideline == null) {
                throw new IllegalStateException("no class for guideline " + id);
            }
            return new MemberNames(guideline, hidable);
        });
    }
}
