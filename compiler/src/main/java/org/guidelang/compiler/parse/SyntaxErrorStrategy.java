package org.guidelang.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.grammar.GuideLangParser;
import org.guidelang.runtime.Suggestions;

/**
 * ANTLR's recovery with our own words and our own sense of structure. Every syntax error
 * becomes a catalogued diagnostic that names what was found and what the place expects.
 * Recovery resumes at the next statement of a block (a table rule, a criterion, an example
 * step) or at the next member of the guideline, skipping over balanced braces, so that one
 * mistake gives one diagnostic and the rest of the file is still checked.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final List<String> NUMBER_WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private final SyntaxReporter reporter;
    private final Layout layout;
    /** The statement or member the last error was reported in: later errors there are echoes. */
    private ParserRuleContext lastFaultyUnit;

    SyntaxErrorStrategy(SyntaxReporter reporter, Layout layout) {
        this.reporter = reporter;
        this.layout = layout;
    }

    // ---- reporting ----

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        reportUnexpected(recognizer, e.getOffendingToken(), expectedAtFailure(recognizer, e));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        reportUnexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        reportUnexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        reportUnexpected(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (isEcho(recognizer)) {
            return;
        }
        Token current = recognizer.getCurrentToken();
        IntervalSet expecting = getExpectedTokens(recognizer);
        if (current.getType() == Token.EOF && expecting.contains(GuideLangLexer.RBRACE)) {
            reportMissingBraceAtEnd(recognizer, current);
            return;
        }
        Token previous = layout.previous(current);
        String lowerCase = lowerCaseKeywordHint(current);
        if (lowerCase != null) {
            // `when a OR b -> X`: `OR` read as a name, so `->` looks missing; the word is the mistake.
            reporter.report(DiagnosticCode.UNEXPECTED_TOKEN, current, lowerCase, TokenNames.describe(current),
                    TokenNames.expected(expecting));
            return;
        }
        String guess = hint(current, previous, expecting);
        if (current.getType() == GuideLangLexer.IDENTIFIER && guess != null && guess.startsWith("did you mean")) {
            // `guidline x`: the word is a misspelt keyword, not a name after a missing one.
            reporter.report(DiagnosticCode.UNEXPECTED_TOKEN, current, guess, TokenNames.describe(current),
                    TokenNames.expected(expecting));
            return;
        }
        if (reportRuleAfterOtherwise(current, expecting)) {
            return;
        }
        String hint = expecting.contains(GuideLangLexer.RBRACE) ? unclosedBraceHint(recognizer)
                : expecting.contains(GuideLangLexer.RBRACKET) && expecting.contains(GuideLangLexer.RPAREN)
                ? "close the range with `]` to include its end, or `)` to exclude it"
                : null;
        if (previous != null && startsNewClause(current)) {
            // The clause on the line before is unfinished: point at its end.
            if (previous.getType() == GuideLangLexer.COMMA) {
                hint = "remove the `,` at the end of the line, or continue the list after it";
            }
            reporter.reportAfter(DiagnosticCode.MISSING_TOKEN, previous, hint, TokenNames.expected(expecting),
                    "after " + TokenNames.describe(previous));
            return;
        }
        String where = current.getType() == Token.EOF ? "at end of file" : "before " + TokenNames.describe(current);
        reporter.report(DiagnosticCode.MISSING_TOKEN, current, hint, TokenNames.expected(expecting), where);
    }

    private void reportUnexpected(Parser recognizer, Token found, IntervalSet expecting) {
        if (isEcho(recognizer)) {
            return;
        }
        TokenStream tokens = recognizer.getInputStream();
        if (expecting != null && expecting.size() == 1 && expecting.contains(Token.EOF)) {
            Token end = layout.previous(found);
            String hint = end != null && end.getType() == GuideLangLexer.RBRACE
                    ? "the guideline ends with the `}` at line " + end.getLine() + ": remove that `}` if it is one "
                            + "too many; a file holds one guideline"
                    : "a file holds one guideline; move this into the guideline's braces or into a file of its own";
            reporter.report(DiagnosticCode.EXTRA_INPUT, found, hint, TokenNames.describe(found));
            return;
        }
        if (found.getType() == Token.EOF && expecting != null && expecting.contains(GuideLangLexer.RBRACE)) {
            reportMissingBraceAtEnd(recognizer, found);
            return;
        }
        Token previous = tokens.index() > 0 ? layout.previous(found) : null;
        if (previous != null && reportMissingName(recognizer, previous)) {
            return;
        }
        if (expecting != null && reportRuleAfterOtherwise(found, expecting)) {
            return;
        }
        if (previous != null && startsNewClause(found) && expecting != null && !expecting.contains(found.getType())
                && !expecting.contains(GuideLangLexer.INPUT)) {
            // The member on the previous line is incomplete; say what it lacks, where it lacks it.
            String hint = previous.getType() == GuideLangLexer.COMMA
                    ? "remove the `,` at the end of the line, or continue the list after it"
                    : null;
            reporter.reportAfter(DiagnosticCode.MISSING_TOKEN, previous, hint, TokenNames.expected(expecting),
                    "after " + TokenNames.describe(previous));
            return;
        }
        String expected = expecting == null ? "something else" : TokenNames.expected(expecting);
        String hint = hint(found, previous, expecting);
        if (hint == null && found.getType() == Token.EOF && inHeader(recognizer.getContext())) {
            hint = "a guideline file starts with `guideline my_id version 1.0.0 {`";
        }
        reporter.report(DiagnosticCode.UNEXPECTED_TOKEN, found, hint,
                TokenNames.describe(found), expected);
    }

    /**
     * True when an error was already reported in the statement (table rule, criterion, example
     * step) or member being parsed: recovery inside it has probably gone astray, so this error is
     * counted but not reported. Errors between members are each reported.
     */
    private boolean isEcho(Parser recognizer) {
        ParserRuleContext unit = recognizer.getContext();
        while (unit != null && statementStarts(unit) == null && !(unit instanceof GuideLangParser.MemberContext)) {
            unit = unit.getParent();
        }
        if (unit != null && unit == lastFaultyUnit) {
            reporter.countEcho();
            return true;
        }
        lastFaultyUnit = unit;
        return false;
    }

    /**
     * A clause word at the start of a line taken as the name the line before lacks
     * ({@code status} followed by {@code source who2019 ...} on the next line), or
     * {@code version} taken as the guideline's name: the name is what is missing.
     */
    private boolean reportMissingName(Parser recognizer, Token previous) {
        TerminalNode last = lastTerminal(root(recognizer.getContext()));
        if (last == null || last.getSymbol() != previous
                || !(last.getParent() instanceof GuideLangParser.NameContext)) {
            return false;
        }
        Token before = layout.previous(previous);
        if (before == null) {
            return false;
        }
        boolean clauseWordOnNewLine = TokenNames.startsMember(previous.getType()) && layout.firstOnLine(previous);
        boolean versionAsId = previous.getType() == GuideLangLexer.VERSION && before.getType() == GuideLangLexer.GUIDELINE;
        if (!clauseWordOnNewLine && !versionAsId) {
            return false;
        }
        String hint = switch (before.getType()) {
            case GuideLangLexer.GUIDELINE -> "a guideline file starts with `guideline my_id version 1.0.0 {`";
            case GuideLangLexer.STATUS -> "write `status draft`, `status active` or `status retired`";
            default -> null;
        };
        reporter.reportAfter(DiagnosticCode.MISSING_TOKEN, before, hint, "a name", "after " + TokenNames.describe(before));
        return true;
    }

    /** A `when` rule after `otherwise`, which must come last: say so rather than ask for a `}`. */
    private boolean reportRuleAfterOtherwise(Token found, IntervalSet expecting) {
        if (found.getType() != GuideLangLexer.WHEN || !expecting.contains(GuideLangLexer.RBRACE)
                || expecting.contains(GuideLangLexer.WHEN)) {
            return false;
        }
        reporter.report(DiagnosticCode.UNEXPECTED_TOKEN, found,
                "`otherwise` is the table's last rule: move it below the `when` rules", TokenNames.describe(found),
                TokenNames.expected(expecting));
        return true;
    }

    /** A did-you-mean for a misspelt keyword, and a few targeted hints. */
    private static String hint(Token found, Token previous, IntervalSet expecting) {
        if (expecting == null) {
            return null;
        }
        int type = found.getType();
        if (type == GuideLangLexer.GT && previous != null && previous.getType() == GuideLangLexer.ASSIGN
                && previous.getStopIndex() + 1 == found.getStartIndex()) {
            return "a rule gives its code after `->`, not `=>`";
        }
        if (expecting.contains(GuideLangLexer.VERSION_NUMBER) && expecting.size() == 1) {
            return type == GuideLangLexer.NUMBER
                    ? "a version has three numbers, MAJOR.MINOR.PATCH: write `" + threePart(found.getText()) + "`"
                    : "a version has three numbers, MAJOR.MINOR.PATCH, such as `1.0.0`";
        }
        if (expecting.contains(GuideLangLexer.VERSION) && expecting.size() == 1) {
            return "a guideline states its version: `guideline my_id version 1.0.0 {`";
        }
        if (expecting.contains(GuideLangLexer.NUMBER) && NUMBER_WORDS.contains(found.getText())) {
            return "write the number in digits: `" + (NUMBER_WORDS.indexOf(found.getText()) + 1) + "`";
        }
        if (expecting.contains(GuideLangLexer.DATE) && expecting.size() == 1) {
            return "write dates as YYYY-MM-DD, such as `2024-01-31`";
        }
        if (expecting.contains(GuideLangLexer.HIT) && expecting.size() == 1) {
            return "a table states its hit policy before its rules: `hit first` or `hit unique`";
        }
        if (type == GuideLangLexer.IDENTIFIER && previous != null && previous.getType() == GuideLangLexer.RBRACE
                && previous.getLine() == found.getLine() && !expecting.contains(GuideLangLexer.IDENTIFIER)) {
            return "a citation starts with `cite`: `cite " + found.getText() + "`";
        }
        if (type == GuideLangLexer.EQ && expecting.contains(GuideLangLexer.ASSIGN)) {
            return "examples state values with a single `=`";
        }
        boolean nameOnly = expecting.contains(GuideLangLexer.IDENTIFIER) && !expecting.contains(GuideLangLexer.NUMBER)
                && !expecting.contains(GuideLangLexer.LPAREN);
        if (nameOnly && isKeyword(found.getText()) && !TokenNames.isSoftKeyword(type)) {
            return "`" + found.getText() + "` is a reserved word and cannot be a name: choose another";
        }
        if (type == GuideLangLexer.IDENTIFIER && found.getText().equals("between")) {
            return "write a range with `in`: `ki67 in [3%, 20%]`";
        }
        if (type != GuideLangLexer.IDENTIFIER) {
            return null;
        }
        String lowerCase = lowerCaseKeywordHint(found);
        if (lowerCase != null) {
            return lowerCase;
        }
        List<String> candidates = new ArrayList<>();
        for (int expected : expecting.toList()) {
            String literal = GuideLangLexer.VOCABULARY.getLiteralName(expected);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                candidates.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Suggestions.closest(found.getText(), candidates)
                .map(s -> "did you mean `" + s + "`?")
                .orElse(null);
    }

    /** For a keyword written with capitals ({@code OR}, {@code And}), read as a name: the hint to write it in lower case. */
    private static String lowerCaseKeywordHint(Token found) {
        if (found.getType() != GuideLangLexer.IDENTIFIER) {
            return null;
        }
        String lower = found.getText().toLowerCase(java.util.Locale.ROOT);
        return !lower.equals(found.getText()) && isKeyword(lower)
                ? "keywords are written in lower case: `" + lower + "`"
                : null;
    }

    private static boolean isKeyword(String word) {
        for (int type = 1; type <= GuideLangLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (("'" + word + "'").equals(GuideLangLexer.VOCABULARY.getLiteralName(type))) {
                return true;
            }
        }
        return false;
    }

    /** True while the guideline's first line, before its {@code {}, is being read. */
    private static boolean inHeader(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof GuideLangParser.MemberContext) {
                return false;
            }
            if (c instanceof GuideLangParser.GuidelineContext g) {
                return g.LBRACE() == null;
            }
        }
        return false;
    }

    private static String threePart(String number) {
        return number.indexOf('.') >= 0 ? number + ".0" : number + ".0.0";
    }

    /**
     * The file ends inside a block. Indentation usually shows which {@code {} was left open, and
     * so where its {@code }} belongs; otherwise the error is placed at the end of the file.
     */
    private void reportMissingBraceAtEnd(Parser recognizer, Token eof) {
        Token[] unclosed = layout.unclosedBrace();
        if (unclosed != null && unclosed[1] != null) {
            reporter.reportAfter(DiagnosticCode.MISSING_TOKEN, unclosed[1],
                    "the `{` at line " + unclosed[0].getLine() + " is not closed", "`}`",
                    "after " + TokenNames.describe(unclosed[1]));
            return;
        }
        reporter.report(DiagnosticCode.MISSING_TOKEN, eof, unclosedBraceHint(recognizer), "`}`", "at end of file");
    }

    /** Where the brace that a missing {@code }} should close was opened. */
    private String unclosedBraceHint(Parser recognizer) {
        for (ParserRuleContext ctx = recognizer.getContext(); ctx != null; ctx = ctx.getParent()) {
            Token open = null;
            for (int i = 0; i < ctx.getChildCount(); i++) {
                if (ctx.getChild(i) instanceof TerminalNode t) {
                    int type = t.getSymbol().getType();
                    if (type == GuideLangLexer.LBRACE) {
                        open = t.getSymbol();
                    } else if (type == GuideLangLexer.RBRACE) {
                        open = null;
                    }
                }
            }
            if (open != null) {
                return "the `{` at line " + open.getLine() + " is not closed";
            }
        }
        return "every `{` needs a matching `}`";
    }

    /**
     * The tokens that would have let prediction go on, at the token where it failed: ANTLR's own
     * expected set names the tokens at the start of the decision, which may lie earlier.
     */
    private static IntervalSet expectedAtFailure(Parser recognizer, NoViableAltException e) {
        if (e.getDeadEndConfigs() == null) {
            return e.getExpectedTokens();
        }
        IntervalSet expected = new IntervalSet();
        for (ATNConfig config : e.getDeadEndConfigs().configs) {
            if (config.state instanceof RuleStopState) {
                continue;
            }
            for (int i = 0; i < config.state.getNumberOfTransitions(); i++) {
                Transition transition = config.state.transition(i);
                if (!transition.isEpsilon() && transition.label() != null) {
                    expected.addAll(transition.label());
                }
            }
        }
        return expected.isNil() ? e.getExpectedTokens() : expected;
    }

    // ---- inline repairs ----

    /** A word that opens a clause on a new line is never dropped as a stray token. */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        if (TokenNames.isReservedMemberWord(current.getType()) || startsNewClause(current)) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    private boolean startsNewClause(Token token) {
        return token.getType() != Token.EOF && TokenNames.startsClause(token.getType()) && layout.firstOnLine(token);
    }

    @Override
    public Token recoverInline(Parser recognizer) throws RecognitionException {
        Token deleted = singleTokenDeletion(recognizer);
        if (deleted != null) {
            recognizer.consume();
            return deleted;
        }
        if (singleTokenInsertion(recognizer)) {
            return getMissingSymbol(recognizer);
        }
        IntervalSet expecting = getExpectedTokens(recognizer);
        TokenStream tokens = recognizer.getInputStream();
        if (expecting.contains(GuideLangLexer.VERSION) && tokens.LA(1) == GuideLangLexer.LBRACE) {
            // `guideline demo {`: both the keyword and the number are missing.
            if (!inErrorRecoveryMode(recognizer)) {
                beginErrorCondition(recognizer);
                reporter.report(DiagnosticCode.MISSING_TOKEN, recognizer.getCurrentToken(),
                        "a guideline states its version: `guideline my_id version 1.0.0 {`", "`version`",
                        "before `{`");
            }
            return getMissingSymbol(recognizer);
        }
        if (replaceable(recognizer)) {
            reportUnwantedToken(recognizer);
            recognizer.consume();
            return getMissingSymbol(recognizer);
        }
        throw new InputMismatchException(recognizer);
    }

    /** One wrong token in place of the expected one: what follows fits after the expected token. */
    private static boolean replaceable(Parser recognizer) {
        TokenStream tokens = recognizer.getInputStream();
        if (tokens.LA(1) == Token.EOF || tokens.LA(2) == Token.EOF) {
            return false;
        }
        ATN atn = recognizer.getInterpreter().atn;
        ATNState current = atn.states.get(recognizer.getState());
        if (current.getNumberOfTransitions() != 1 || current.transition(0).isEpsilon()) {
            return false;
        }
        ATNState next = current.transition(0).target;
        return atn.nextTokens(next, recognizer.getContext()).contains(tokens.LA(2));
    }

    // ---- resynchronisation ----

    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        ATN atn = recognizer.getInterpreter().atn;
        ATNState state = atn.states.get(recognizer.getState());
        int la = recognizer.getInputStream().LA(1);
        IntervalSet next = atn.nextTokens(state);
        boolean loop = switch (state.getStateType()) {
            case ATNState.STAR_LOOP_ENTRY, ATNState.STAR_LOOP_BACK, ATNState.PLUS_LOOP_BACK -> true;
            default -> false;
        };
        if (!loop || next.contains(la) || next.contains(Token.EPSILON) || !isBlock(recognizer.getContext())) {
            super.sync(recognizer);
            return;
        }
        if (singleTokenDeletion(recognizer) != null) {
            return;
        }
        // A stray token in a list of members or statements: report it and skip to the next one.
        reportUnwantedToken(recognizer);
        skip(recognizer, getExpectedTokens(recognizer), 0);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        TokenStream tokens = recognizer.getInputStream();
        if (lastErrorIndex == tokens.index() && lastErrorStates != null
                && lastErrorStates.contains(recognizer.getState())) {
            // Failing twice at the same place: make progress, as the default strategy does.
            recognizer.consume();
        }
        lastErrorIndex = tokens.index();
        if (lastErrorStates == null) {
            lastErrorStates = new IntervalSet();
        }
        lastErrorStates.add(recognizer.getState());

        ParserRuleContext ctx = recognizer.getContext();
        IntervalSet statementStarts = statementStarts(ctx);
        if (statementStarts != null) {
            Token stop = skip(recognizer, statementStarts, layout.depthWithin(ctx, tokens.index()));
            if (stop.getType() == Token.EOF || TokenNames.isReservedMemberWord(stop.getType())) {
                throw e; // the block itself is unfinished: let the member recover
            }
        } else if (ctx instanceof GuideLangParser.MemberContext) {
            skip(recognizer, TokenNames.memberStarts(), layout.depthWithin(ctx, tokens.index()));
        } else if (ctx instanceof GuideLangParser.GuidelineContext || ctx instanceof GuideLangParser.FileContext) {
            super.recover(recognizer, e);
        } else {
            throw e; // unwind to the enclosing statement or member, which knows where to resume
        }
    }

    /** ANTLR's own resynchronisation, made to skip over nested braces. */
    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        skip(recognizer, set, 0);
    }

    /** The words that open the next statement of the block {@code ctx} is a statement of; null otherwise. */
    private static IntervalSet statementStarts(ParserRuleContext ctx) {
        if (ctx instanceof GuideLangParser.TableRuleContext || ctx instanceof GuideLangParser.OtherwiseRuleContext) {
            return new IntervalSet(GuideLangLexer.WHEN, GuideLangLexer.OTHERWISE);
        } else if (ctx instanceof GuideLangParser.CriterionContext) {
            return new IntervalSet(GuideLangLexer.RELATIVE, GuideLangLexer.CRITERION);
        } else if (ctx instanceof GuideLangParser.OutcomeMappingContext) {
            return new IntervalSet(GuideLangLexer.MET, GuideLangLexer.UNMET, GuideLangLexer.EXCEPTION);
        } else if (ctx instanceof GuideLangParser.ExampleStepContext) {
            return new IntervalSet(GuideLangLexer.GIVEN, GuideLangLexer.EXPECT);
        }
        return null;
    }

    private static boolean isBlock(ParserRuleContext ctx) {
        return ctx instanceof GuideLangParser.GuidelineContext || ctx instanceof GuideLangParser.MemberContext;
    }

    /**
     * Consumes tokens up to one where parsing can resume: one of {@code stops} outside nested
     * braces (or first on its line), a reserved member word, the {@code }} that closes the
     * enclosing block, or the end of the file. Clause words that may also be names stop only at
     * the start of a line. {@code depth} counts the braces already open inside the construct.
     */
    private Token skip(Parser recognizer, IntervalSet stops, int depth) {
        TokenStream tokens = recognizer.getInputStream();
        int open = depth;
        while (true) {
            Token token = tokens.LT(1);
            int type = token.getType();
            if (type == Token.EOF || TokenNames.isReservedMemberWord(type)) {
                return token;
            }
            boolean lineStart = layout.firstOnLine(token);
            if (stops.contains(type) && type != GuideLangLexer.RBRACE) {
                boolean clauseWord = TokenNames.startsMember(type) && TokenNames.isSoftKeyword(type);
                if (clauseWord ? lineStart : (open <= 0 || lineStart)) {
                    return token;
                }
            }
            if (type == GuideLangLexer.RBRACE) {
                if (open <= 0) {
                    return token;
                }
                open--;
            } else if (type == GuideLangLexer.LBRACE) {
                open++;
            }
            recognizer.consume();
        }
    }

    private static ParserRuleContext root(ParserRuleContext ctx) {
        ParserRuleContext root = ctx;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /** The last token node added to the tree: the token consumed last, and the rule it went to. */
    private static TerminalNode lastTerminal(ParseTree tree) {
        ParseTree node = tree;
        while (node != null && !(node instanceof TerminalNode)) {
            node = node.getChildCount() == 0 ? null : node.getChild(node.getChildCount() - 1);
        }
        return (TerminalNode) node;
    }
}
