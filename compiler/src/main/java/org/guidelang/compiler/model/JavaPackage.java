package org.guidelang.compiler.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The rule for the package of generated evaluators, wherever it is given (a guideline's {@code
 * package} clause, {@code guidec build --package}, the Maven plugin's {@code packageName}): dot-
 * separated Java identifiers that are not keywords, and not a package of the JDK, in which Java
 * refuses to define classes ({@code java.lang}) or which belongs to a JDK module ({@code javax.…}).
 */
public final class JavaPackage {
    private JavaPackage() {}

    /**
     * Why a package name cannot hold generated classes: the 0-based index of the part at fault,
     * what is wrong as a whole ("is not a Java package name"), and the reason with the fix.
     */
    public record Problem(int part, String summary, String reason) {}

    /** The problem with a dotted name such as {@code org.example.nen}, or empty when there is none. */
    public static Optional<Problem> problem(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return Optional.of(new Problem(0, "is not a Java package name", "it is empty; write it like "
                    + "org.example.guidelines"));
        }
        return problem(Arrays.asList(dotted.split("\\.", -1)));
    }

    /** The problem with a package name given as its parts, or empty when there is none. */
    public static Optional<Problem> problem(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.isEmpty()) {
                return Optional.of(new Problem(i, "is not a Java package name",
                        "its words are separated by single dots; write it like org.example.guidelines"));
            } else if (SourceVersion.isKeyword(part)) {
                return Optional.of(new Problem(i, "is not a Java package name",
                        "`" + part + "` is a Java keyword; choose another word, e.g. org.example.guidelines"));
            } else if (!SourceVersion.isIdentifier(part)) {
                return Optional.of(new Problem(i, "is not a Java package name", "`" + part + "` is not a Java "
                        + "identifier (letters, digits and _, not starting with a digit); write it like "
                        + "org.example.guidelines"));
            }
        }
        String top = parts.get(0);
        if (top.equals("java") || top.equals("javax")) {
            return Optional.of(new Problem(0, "is a package of the JDK", "Java refuses classes of anyone else in `"
                    + top + ".` packages; choose your organisation's package, e.g. org.example.guidelines"));
        }
        return Optional.empty();
    }
}
