package org.guidelang.compiler.java;

import com.palantir.javapoet.CodeBlock;

/**
 * Guideline text as Java string literals. A class file holds a string constant of at most 65,535
 * bytes (javac: "constant string too long"), so a longer text is written as pieces joined when
 * the class loads: {@code "…".concat("…")}, which javac does not fold back into one constant.
 */
final class TextLiterals {
    /** Characters per piece: at most three bytes each in a class file, well under the limit. */
    static final int PIECE = 10_000;

    private TextLiterals() {}

    /** {@code "text"}, or pieces joined for a long text; {@code null} for null. */
    static CodeBlock of(String text) {
        if (text == null || text.length() <= PIECE) {
            return CodeBlock.of("$S", text);
        }
        CodeBlock.Builder joined = CodeBlock.builder();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PIECE);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a character outside the basic plane in two
            }
            joined.add(start == 0 ? "$S" : ".concat($S)", text.substring(start, end));
            start = end;
        }
        return joined.build();
    }
}
