package org.guidelang.compiler.java;

import org.guidelang.compiler.model.JavaPackage;
import org.guidelang.compiler.naming.JavaIdentifiers;

/** Java package names, for the command line and the Maven plugin; the other Java names come from {@link JavaIdentifiers}. */
public final class JavaNames {
    private JavaNames() {}

    /**
     * Whether {@code name} is a dotted Java package name such as {@code org.guidelang.nen} that may
     * hold generated classes (see {@link JavaPackage}).
     */
    public static boolean isPackageName(String name) {
        return JavaPackage.problem(name).isEmpty();
    }
}
