package org.guidelang.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.runtime.Suggestions;

/**
 * ANTLR's recovery with our own words: every syntax error becomes a catalogued diagnostic that
 * names what was found and what the place expects, instead of a dump of token names.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final List<String> MEMBER_KEYWORDS = List.of(
            "title", "status", "authors", "committee", "issued", "updated", "description", "source", "import",
            "input", "param", "define", "table", "criteria", "recommend", "example");

    private final SyntaxReporter reporter;

    SyntaxErrorStrategy(SyntaxReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        reportUnexpected(e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        reportUnexpected(e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        reportUnexpected(e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        reportUnexpected(recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token current = recognizer.getCurrentToken();
        IntervalSet expecting = getExpectedTokens(recognizer);
        String where = current.getType() == Token.EOF ? "at end of file" : "before " + TokenNames.describe(current);
        String hint = expecting.contains(GuideLangLexer.RBRACE) ? "every `{` needs a matching `}`" : null;
        reporter.report(DiagnosticCode.MISSING_TOKEN, current, hint, TokenNames.expected(expecting), where);
    }

    private void reportUnexpected(Token found, IntervalSet expecting) {
        if (expecting != null && expecting.size() == 1 && expecting.contains(Token.EOF)) {
            reporter.report(DiagnosticCode.EXTRA_INPUT, found,
                    "a file holds one guideline; move this into the guideline's braces or into a file of its own",
                    TokenNames.describe(found));
            return;
        }
        String expected = expecting == null ? "something else" : TokenNames.expected(expecting);
        reporter.report(DiagnosticCode.UNEXPECTED_TOKEN, found, hint(found, expecting),
                TokenNames.describe(found), expected);
    }

    /** A likely misspelt keyword gets a did-you-mean. */
    private static String hint(Token found, IntervalSet expecting) {
        if (found.getType() != GuideLangLexer.IDENTIFIER || expecting == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (int type : expecting.toList()) {
            String literal = GuideLangLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                candidates.add(literal.substring(1, literal.length() - 1));
            }
        }
        if (expecting.contains(GuideLangLexer.INPUT)) {
            candidates.retainAll(MEMBER_KEYWORDS);
        }
        return Suggestions.closest(found.getText(), candidates)
                .map(s -> "did you mean `" + s + "`?")
                .orElse(null);
    }
}
