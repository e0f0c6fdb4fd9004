package org.guidelang.compiler.java;

import java.util.Locale;
import java.util.Set;
import org.guidelang.compiler.model.JavaPackage;
import javax.lang.model.SourceVersion;

/** Turns guideline names into Java names: {@code milan_nen} → {@code MilanNen}, {@code ageLimit} → {@code AGE_LIMIT}. */
public final class JavaNames {
    private JavaNames() {}

    /**
     * Whether {@code name} is a dotted Java package name such as {@code org.guidelang.nen} that may
     * hold generated classes (see {@link JavaPackage}).
     */
    public static boolean isPackageName(String name) {
        return JavaPackage.problem(name).isEmpty();
    }

    /** {@code milan_nen} → {@code MilanNen}; {@code ki67} → {@code Ki67}. */
    static String typeName(String name) {
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
        return safe(out.length() == 0 ? "Guideline" : out.toString());
    }

    /** {@code liverInvolvementLimit} → {@code LIVER_INVOLVEMENT_LIMIT}. */
    static String constantName(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))
                    && name.charAt(i - 1) != '_') {
                out.append('_');
            }
            out.append(c == '-' ? '_' : Character.toUpperCase(c));
        }
        return safe(out.toString().toUpperCase(Locale.ROOT));
    }

    /** A member name as written, made legal: keywords and names in {@code taken} get a trailing {@code _}. */
    static String memberName(String name, Set<String> taken) {
        String safe = safe(name);
        while (taken.contains(safe)) {
            safe = safe + "_";
        }
        return safe;
    }

    private static String safe(String name) {
        String legal = SourceVersion.isIdentifier(name) ? name : "_" + name.replaceAll("[^A-Za-z0-9_$]", "_");
        return SourceVersion.isKeyword(legal) ? legal + "_" : legal;
    }
}
