package org.guidelang.lsp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidelang.compiler.diagnostics.Diagnostic;

/**
 * The replacement a diagnostic's hint names for the text it points at, when it names exactly one:
 * {@code write `20%`} for a number without its unit, {@code did you mean `ki67`?} for a misspelt
 * name. A hint that offers a choice, explains, or names text beyond the diagnostic's span (such
 * as {@code write `count per "2 mm²"`} for a misplaced {@code per} clause) gives none.
 */
record QuickFix(String replacement) {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("^did you mean `([^`]+)`\\?");
    private static final Pattern WRITE = Pattern.compile("(?:^|: )write `([^`]+)`$");

    static Optional<QuickFix> of(Diagnostic diagnostic) {
        String hint = diagnostic.hint();
        if (hint == null || diagnostic.span().end() <= diagnostic.span().start()) {
            return Optional.empty();
        }
        Matcher meant = DID_YOU_MEAN.matcher(hint);
        if (meant.find()) {
            return Optional.of(new QuickFix(meant.group(1)));
        }
        Matcher write = WRITE.matcher(hint);
        if (write.find() && replacesTheSpan(diagnostic.span().text(), write.group(1))) {
            return Optional.of(new QuickFix(write.group(1)));
        }
        return Optional.empty();
    }

    /**
     * Whether text written in place of {@code written} reads as a replacement of it rather than of
     * a larger clause: it keeps the written number ({@code 20} to {@code 20%}), or both are a few
     * characters of punctuation ({@code ≥} to {@code >=}).
     */
    private static boolean replacesTheSpan(String written, String replacement) {
        boolean number = !written.isEmpty() && Character.isDigit(written.charAt(0));
        return number ? replacement.startsWith(written.split("\\s", 2)[0]) || isNumber(replacement)
                : written.codePointCount(0, written.length()) == 1 || isWord(written) && isWord(replacement);
    }

    private static boolean isNumber(String text) {
        return text.matches("[0-9]+(\\.[0-9]+)?");
    }

    private static boolean isWord(String text) {
        return text.matches("[A-Za-z_][A-Za-z_0-9]*");
    }
}
