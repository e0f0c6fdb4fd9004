package org.guidelang.lsp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.grammar.GuideLangLexer;

/**
 * The grammar's keywords by where they are valid, an approximation of the grammar for completion:
 * members of a guideline, clauses that continue a member, the members of each kind of block, and
 * the words of expressions. Keywords the lexer has and this class does not place (a new member
 * keyword added to the grammar) count as member keywords.
 */
final class Keywords {
    static final List<String> MEMBERS = List.of("title", "status", "authors", "committee", "issued", "updated",
            "description", "source", "import", "package", "input", "param", "define", "constraint", "table", "criteria",
            "recommend", "conflict", "example");
    /** Clauses after a member's head: a source's links, a parameter's notes, an outcome's parts and citations. */
    static final List<String> CLAUSES = List.of("cite", "at", "doi", "url", "rationale", "history", "hit", "complete",
            "require", "outcome", "when", "strength", "evidence");
    static final List<String> EXPRESSION = List.of("and", "or", "not", "in", "is", "known", "missing", "true", "false");
    static final List<String> TABLE_BODY = List.of("when", "otherwise");
    static final List<String> CRITERIA_BODY = List.of("criterion", "relative");
    static final List<String> OUTCOME_BODY = List.of("met", "exception", "unmet");
    static final List<String> EXAMPLE_BODY = List.of("given", "expect");
    /** What may follow {@code input x :}. */
    static final List<String> TYPES = List.of("boolean", "code", "integer", "decimal", "percent", "count", "years",
            "months", "weeks", "days", "cm", "mm");
    /** Words of other places: the file's first line, version, import, require, undetermined, ... */
    private static final List<String> ELSEWHERE = List.of("guideline", "version", "as", "per", "since", "all", "any",
            "least", "undetermined");

    private Keywords() {}

    /** The member keywords, with any keyword of the lexer that no list above places. */
    static List<String> members() {
        Set<String> members = new LinkedHashSet<>(MEMBERS);
        Set<String> placed = new LinkedHashSet<>();
        for (List<String> list : List.of(MEMBERS, CLAUSES, EXPRESSION, TABLE_BODY, CRITERIA_BODY, OUTCOME_BODY,
                EXAMPLE_BODY, TYPES, ELSEWHERE)) {
            placed.addAll(list);
        }
        for (String keyword : all()) {
            if (!placed.contains(keyword)) {
                members.add(keyword);
            }
        }
        return List.copyOf(members);
    }

    /** Every keyword of the lexer: the words among its literal token names. */
    static Set<String> all() {
        Set<String> words = new LinkedHashSet<>();
        for (int type = 1; type <= GuideLangLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = GuideLangLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z]+'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }
}
