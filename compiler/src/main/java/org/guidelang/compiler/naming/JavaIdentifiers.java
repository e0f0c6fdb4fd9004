package org.guidelang.compiler.naming;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The Java name of every kind of thing a guideline declares, as the Java back end writes it and
 * as {@code check} compares them: {@code milan_nen} → class {@code MilanNen}, {@code ageLimit} →
 * constant {@code AGE_LIMIT}, an input, outcome or code keeps its name unless Java reserves the
 * word ({@code native} → {@code native_}). Depends on nothing but the JDK, so that both the
 * checker and the back end read it.
 */
public final class JavaIdentifiers {
    /**
     * Words a generated member may not be called although Java does not call them keywords:
     * {@code yield()} cannot be called without a qualifier.
     */
    private static final Set<String> RESTRICTED = Set.of("yield");

    private JavaIdentifiers() {}

    /** Whether {@code name} is a dotted Java package name such as {@code org.guidelang.nen}. */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                return false;
            }
        }
        return true;
    }

    /** A class or enum: {@code milan_nen} → {@code MilanNen}; {@code ki67} → {@code Ki67}. */
    public static String typeName(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        return legal(out.length() == 0 ? "Guideline" : out.toString());
    }

    /**
     * The enum of a code set declared by an input or outcome named {@code owner}, nested in the
     * class {@code className}: {@code grade} → {@code Grade}; {@code result} → {@code ResultCode},
     * since the class already has a nested type of that name, and {@code ID} → {@code IDCode}, since
     * in an expression the class's constant {@code ID} would hide an enum of that name.
     */
    public static String enumName(String owner, String className) {
        String name = typeName(owner);
        boolean taken = GeneratedMembers.NESTED_TYPES.contains(name) || GeneratedMembers.CONSTANTS.containsKey(name)
                || name.equals(className);
        return taken ? name + "Code" : name;
    }

    /** A parameter's constant: {@code liverInvolvementLimit} → {@code LIVER_INVOLVEMENT_LIMIT}. */
    public static String constantName(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))
                    && name.charAt(i - 1) != '_') {
                out.append('_');
            }
            out.append(c == '-' ? '_' : Character.toUpperCase(c));
        }
        return legal(out.toString().toUpperCase(Locale.ROOT));
    }

    /** An input's accessor, an outcome's record component or a code's enum constant: the name as written, made legal. */
    public static String memberName(String name) {
        String legal = legal(name);
        return RESTRICTED.contains(legal) ? legal + "_" : legal;
    }

    /** A Java keyword (or {@code _}) gets a trailing {@code _}; any other character Java refuses becomes {@code _}. */
    private static String legal(String name) {
        String legal = SourceVersion.isIdentifier(name) ? name : "_" + name.replaceAll("[^A-Za-z0-9_$]", "_");
        return SourceVersion.isKeyword(legal) ? legal + "_" : legal;
    }
}
