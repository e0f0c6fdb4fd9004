package org.guidelang.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.guidelang.grammar.GuideLangLexer;

/**
 * Turns tokens and ANTLR's expected-token sets into the words a committee member reads:
 * "name `foo`", "an expression", "a member such as `input`, `table` or `example`".
 */
final class TokenNames {
    private static final int MAX_SHOWN_TEXT = 24;

    /** Words the grammar's {@code name} rule accepts besides plain identifiers. */
    private static final Set<Integer> SOFT_KEYWORDS = Set.of(
            GuideLangLexer.TITLE, GuideLangLexer.STATUS, GuideLangLexer.AUTHORS, GuideLangLexer.COMMITTEE,
            GuideLangLexer.ISSUED, GuideLangLexer.UPDATED, GuideLangLexer.DESCRIPTION, GuideLangLexer.SOURCE,
            GuideLangLexer.DOI, GuideLangLexer.URL, GuideLangLexer.RATIONALE, GuideLangLexer.HISTORY,
            GuideLangLexer.SINCE, GuideLangLexer.HIT, GuideLangLexer.REQUIRE, GuideLangLexer.OUTCOME,
            GuideLangLexer.MET, GuideLangLexer.UNMET, GuideLangLexer.EXCEPTION, GuideLangLexer.STRENGTH,
            GuideLangLexer.EVIDENCE, GuideLangLexer.CRITERION, GuideLangLexer.RELATIVE, GuideLangLexer.LEAST,
            GuideLangLexer.PER, GuideLangLexer.AS, GuideLangLexer.AT, GuideLangLexer.VERSION,
            GuideLangLexer.UNDETERMINED, GuideLangLexer.ALL, GuideLangLexer.ANY, GuideLangLexer.PACKAGE,
            GuideLangLexer.CONSTRAINT,
            GuideLangLexer.CONFLICT);

    /** Tokens that open a guideline member. */
    private static final Set<Integer> MEMBER_STARTS = Set.of(
            GuideLangLexer.TITLE, GuideLangLexer.STATUS, GuideLangLexer.AUTHORS, GuideLangLexer.COMMITTEE,
            GuideLangLexer.ISSUED, GuideLangLexer.UPDATED, GuideLangLexer.DESCRIPTION, GuideLangLexer.SOURCE,
            GuideLangLexer.IMPORT, GuideLangLexer.INPUT, GuideLangLexer.PARAM, GuideLangLexer.DEFINE,
            GuideLangLexer.TABLE, GuideLangLexer.CRITERIA, GuideLangLexer.RECOMMEND, GuideLangLexer.EXAMPLE,
            GuideLangLexer.PACKAGE, GuideLangLexer.CONSTRAINT,
            GuideLangLexer.CONFLICT);

    /** Tokens that may continue an expression after an operand. */
    private static final Set<Integer> OPERATORS = Set.of(
            GuideLangLexer.AND, GuideLangLexer.OR, GuideLangLexer.EQ, GuideLangLexer.NE, GuideLangLexer.LT,
            GuideLangLexer.LE, GuideLangLexer.GT, GuideLangLexer.GE, GuideLangLexer.ASSIGN, GuideLangLexer.PLUS,
            GuideLangLexer.MINUS, GuideLangLexer.STAR, GuideLangLexer.SLASH, GuideLangLexer.IN,
            GuideLangLexer.IS, GuideLangLexer.NOT, GuideLangLexer.DOT);

    /** Words that open a statement inside a block. */
    private static final Set<Integer> STATEMENT_STARTS = Set.of(
            GuideLangLexer.WHEN, GuideLangLexer.OTHERWISE, GuideLangLexer.RELATIVE, GuideLangLexer.CRITERION,
            GuideLangLexer.GIVEN, GuideLangLexer.EXPECT);

    /** Member words that are reserved everywhere, so that recovery may always resume at them. */
    private static final Set<Integer> RESERVED_MEMBER_WORDS = Set.of(
            GuideLangLexer.IMPORT, GuideLangLexer.INPUT, GuideLangLexer.PARAM, GuideLangLexer.DEFINE,
            GuideLangLexer.TABLE, GuideLangLexer.CRITERIA, GuideLangLexer.RECOMMEND, GuideLangLexer.EXAMPLE);

    private TokenNames() {}

    /** True for a word that opens a guideline member, such as {@code input} or {@code title}. */
    static boolean startsMember(int type) {
        return MEMBER_STARTS.contains(type);
    }

    /** True for a word that opens a member, a statement of a block, or closes a block. */
    static boolean startsClause(int type) {
        return MEMBER_STARTS.contains(type) || STATEMENT_STARTS.contains(type) || type == GuideLangLexer.RBRACE;
    }

    /** True for a member word that can never be a name. */
    static boolean isReservedMemberWord(int type) {
        return RESERVED_MEMBER_WORDS.contains(type);
    }

    /** True for a keyword that may also be used as a name. */
    static boolean isSoftKeyword(int type) {
        return SOFT_KEYWORDS.contains(type);
    }

    /** Every word that opens a member, as a set for recovery. */
    static IntervalSet memberStarts() {
        IntervalSet set = new IntervalSet();
        MEMBER_STARTS.forEach(set::add);
        return set;
    }

    /** How a token found in the source is named in a message. */
    static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case GuideLangLexer.STRING -> "text " + shorten(token.getText());
            case GuideLangLexer.NUMBER -> "number `" + shorten(token.getText()) + "`";
            case GuideLangLexer.VERSION_NUMBER -> "version `" + shorten(token.getText()) + "`";
            case GuideLangLexer.DATE -> "date `" + token.getText() + "`";
            case GuideLangLexer.IDENTIFIER -> "name `" + shorten(token.getText()) + "`";
            default -> "`" + shorten(token.getText()) + "`";
        };
    }

    /** How a token type is named in the "expected ..." part of a message. */
    static String expected(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case GuideLangLexer.STRING -> "a quoted text";
            case GuideLangLexer.NUMBER -> "a number";
            case GuideLangLexer.VERSION_NUMBER -> "a version such as `1.0.0`";
            case GuideLangLexer.DATE -> "a date such as `2024-01-31`";
            case GuideLangLexer.IDENTIFIER -> "a name";
            default -> {
                String literal = GuideLangLexer.VOCABULARY.getLiteralName(type);
                yield literal == null ? GuideLangLexer.VOCABULARY.getDisplayName(type)
                        : "`" + literal.substring(1, literal.length() - 1) + "`";
            }
        };
    }

    /** A short phrase for a set of expected tokens, grouping the large families. */
    static String expected(IntervalSet set) {
        Set<Integer> remaining = new TreeSet<>(set.toList());
        List<String> parts = new ArrayList<>();
        if (remaining.contains(GuideLangLexer.INPUT) && remaining.contains(GuideLangLexer.TABLE)) {
            parts.add("a member (`input`, `table`, `example`, …)");
            remaining.removeAll(MEMBER_STARTS);
        }
        if (remaining.contains(GuideLangLexer.NUMBER) && remaining.contains(GuideLangLexer.LPAREN)
                && remaining.contains(GuideLangLexer.IDENTIFIER)) {
            parts.add("an expression");
            remaining.removeAll(List.of(GuideLangLexer.NUMBER, GuideLangLexer.LPAREN, GuideLangLexer.IDENTIFIER,
                    GuideLangLexer.MINUS, GuideLangLexer.NOT, GuideLangLexer.TRUE, GuideLangLexer.FALSE));
            remaining.removeAll(SOFT_KEYWORDS);
        }
        if (remaining.contains(GuideLangLexer.IDENTIFIER)) {
            parts.add("a name");
            remaining.remove(GuideLangLexer.IDENTIFIER);
            remaining.removeAll(SOFT_KEYWORDS);
        }
        if (remaining.contains(GuideLangLexer.AND) && remaining.contains(GuideLangLexer.OR)) {
            parts.add("an operator");
            remaining.removeAll(OPERATORS);
        }
        for (int type : remaining) {
            parts.add(expected(type));
        }
        if (parts.isEmpty()) {
            return "something else";
        }
        if (parts.size() > 6) {
            parts = new ArrayList<>(parts.subList(0, 5));
            parts.add("…");
            return String.join(", ", parts);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_SHOWN_TEXT ? oneLine : oneLine.substring(0, MAX_SHOWN_TEXT - 1) + "…";
    }
}
