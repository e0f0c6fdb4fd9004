package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.compiler.symbols.SymbolKind;
import org.guidelang.compiler.symbols.SymbolTable;
import org.guidelang.grammar.GuideLangLexer;
import org.guidelang.runtime.Unit;

/**
 * What to offer where completion is asked: after {@code alias.} the outcomes of the imported
 * guideline; after {@code name =} or inside {@code name in {…}} the codes of a code input or
 * outcome; after {@code ->} in a table its codes; after a number the units; elsewhere the names in
 * scope and the keywords valid there, as {@link Keywords} approximates the grammar. Names come
 * from the symbol tables of the last compilation that had them, since the text being typed
 * seldom checks.
 */
final class Completions {
    private final CompletionContext context;
    private final KnownSymbols known;
    private final Optional<SymbolTable> table;
    /** What an item replaces: the word being typed, or nothing at the cursor. */
    private final Range replaced;
    /** By label, so that a word offered twice (a keyword that is also a name) appears once. */
    private final Map<String, CompletionItem> items = new LinkedHashMap<>();

    private Completions(CompletionContext context, KnownSymbols known, Optional<SymbolTable> table, Range replaced) {
        this.context = context;
        this.known = known;
        this.table = table;
        this.replaced = replaced;
    }

    static List<CompletionItem> at(String text, int offset, String uri, KnownSymbols known) {
        CompletionContext context = CompletionContext.at(text, offset);
        if (context.inTextOrComment()) {
            return List.of();
        }
        // An explicit range: an editor's idea of the word at the cursor may be the number before a unit.
        Range replaced = new LineIndex(text).range(context.wordStart(), Math.max(context.wordStart(), offset));
        Completions completions = new Completions(context, known, known.table(uri), replaced);
        completions.offer();
        return List.copyOf(completions.items.values());
    }

    private void offer() {
        CompletionContext.Block block = context.block();
        int before = context.typeBefore(1);
        if (block == null) {
            keywords(List.of("guideline"));
        } else if (before == GuideLangLexer.DOT && context.isNameBefore(2)) {
            importedOutcomes(context.textBefore(2));
        } else if (before == GuideLangLexer.NUMBER && context.typeBefore(2) != GuideLangLexer.LEAST
                && context.typeBefore(2) != GuideLangLexer.SINCE) {
            units();
            keywords(List.of("and", "or"));
        } else if ((before == GuideLangLexer.ASSIGN || before == GuideLangLexer.EQ || before == GuideLangLexer.NE)
                && codesOf(context.referenceEndingAt(2))) {
            return; // the codes of the name before `=` are all that may follow
        } else if (block == CompletionContext.Block.SET && setOfCodes()) {
            return;
        } else if (before == GuideLangLexer.ARROW) {
            codesOfOwner(table.flatMap(t -> t.declaration(context.nameAfterLast(GuideLangLexer.TABLE))));
        } else if (before == GuideLangLexer.COLON && context.typeBefore(3) == GuideLangLexer.INPUT) {
            keywords(Keywords.TYPES);
        } else if (block == CompletionContext.Block.CODES) {
            return; // a new code's name is the author's to choose
        } else if (context.startsLine() && !continuesExpression(before)) {
            keywords(blockKeywords(block));
            names();
        } else {
            names();
            keywords(continuesExpression(before) ? List.of("not", "true", "false") : Keywords.EXPRESSION);
        }
    }

    /** Whether the token before the word leaves an expression to finish: an operator, `when`, `(`, ... */
    private static boolean continuesExpression(int type) {
        return switch (type) {
            case GuideLangLexer.AND, GuideLangLexer.OR, GuideLangLexer.NOT, GuideLangLexer.WHEN, GuideLangLexer.ASSIGN,
                    GuideLangLexer.EQ, GuideLangLexer.NE, GuideLangLexer.LT, GuideLangLexer.LE, GuideLangLexer.GT,
                    GuideLangLexer.GE, GuideLangLexer.PLUS, GuideLangLexer.MINUS, GuideLangLexer.STAR,
                    GuideLangLexer.SLASH, GuideLangLexer.LPAREN, GuideLangLexer.LBRACKET, GuideLangLexer.COMMA,
                    GuideLangLexer.COLON, GuideLangLexer.GIVEN, GuideLangLexer.EXPECT -> true;
            default -> false;
        };
    }

    private static List<String> blockKeywords(CompletionContext.Block block) {
        List<String> words = new ArrayList<>();
        switch (block) {
            case GUIDELINE -> {
                words.addAll(Keywords.members());
                words.addAll(Keywords.CLAUSES);
                words.addAll(List.of("and", "or"));
            }
            case TABLE -> {
                words.addAll(Keywords.TABLE_BODY);
                words.addAll(List.of("and", "or", "cite"));
            }
            case CRITERIA -> {
                words.addAll(Keywords.CRITERIA_BODY);
                words.addAll(List.of("and", "or", "cite"));
            }
            case OUTCOME -> words.addAll(Keywords.OUTCOME_BODY);
            case EXAMPLE -> words.addAll(Keywords.EXAMPLE_BODY);
            default -> {
                // history entries, sets and code lists start with values, not keywords
            }
        }
        return words;
    }

    /** Inside {@code {…}} after {@code name in}: the codes of that name, once per set. */
    private boolean setOfCodes() {
        int brace = context.backToOpenBrace();
        return brace > 0 && context.typeBefore(brace + 1) == GuideLangLexer.IN
                && codesOf(context.referenceEndingAt(brace + (context.typeBefore(brace + 2) == GuideLangLexer.NOT ? 3 : 2)));
    }

    /** Offers the codes of the input or outcome that {@code reference} names; false when it has none. */
    private boolean codesOf(List<String> reference) {
        Optional<Declaration> named = switch (reference.size()) {
            case 1 -> table.flatMap(t -> t.declaration(reference.get(0)));
            case 2 -> importedTable(reference.get(0)).flatMap(t -> t.declaration(reference.get(1)));
            default -> Optional.empty();
        };
        return codesOfOwner(named);
    }

    private boolean codesOfOwner(Optional<Declaration> owner) {
        if (owner.isEmpty()) {
            return false;
        }
        List<Declaration> codes = known.byId(owner.get().guideline()).map(t -> t.declarations().stream()
                .filter(d -> d.kind() == SymbolKind.CODE && owner.get().name().equals(d.owner())).toList())
                .orElse(List.of());
        codes.forEach(code -> add(code.name(), CompletionItemKind.EnumMember, "code of " + code.owner()));
        return !codes.isEmpty();
    }

    private void importedOutcomes(String alias) {
        importedTable(alias).ifPresent(t -> t.declarations().stream().filter(d -> d.kind().isOutcome())
                .forEach(d -> add(d.name(), kind(d), describe(d))));
    }

    /** The table of the guideline imported under {@code alias}: the guideline its import statement names. */
    private Optional<SymbolTable> importedTable(String alias) {
        Optional<Declaration> imp = table.flatMap(t -> t.declarations().stream()
                .filter(d -> d.kind() == SymbolKind.IMPORT && d.name().equals(alias)).findFirst());
        return imp.flatMap(i -> table.get().references().stream()
                .filter(r -> r.declaration().kind() == SymbolKind.GUIDELINE)
                .filter(r -> r.span().start() >= i.span().start() && r.span().end() <= i.span().end())
                .findFirst())
                .flatMap(r -> known.byId(r.declaration().guideline()));
    }

    private void names() {
        table.ifPresent(t -> {
            t.names().values().forEach(d -> add(d.name(), kind(d), describe(d)));
            t.declarations().stream().filter(d -> d.kind() == SymbolKind.IMPORT)
                    .forEach(d -> add(d.name(), CompletionItemKind.Module, "imported guideline"));
        });
    }

    /** The units; a word unit typed right after its number gets the space the formatter writes. */
    private void units() {
        for (String spelling : Unit.spellings()) {
            boolean glued = context.touchesNumber() && !spelling.equals("%");
            add(spelling, glued ? " " + spelling : spelling, CompletionItemKind.Unit, "unit");
        }
    }

    private void keywords(List<String> words) {
        words.forEach(w -> add(w, CompletionItemKind.Keyword, "keyword"));
    }

    private static CompletionItemKind kind(Declaration declaration) {
        return switch (declaration.kind()) {
            case INPUT -> CompletionItemKind.Field;
            case PARAM -> CompletionItemKind.Constant;
            case DEFINITION -> CompletionItemKind.Variable;
            case TABLE, CRITERIA_SET -> CompletionItemKind.Enum;
            case RECOMMENDATION -> CompletionItemKind.Event;
            case IMPORT, GUIDELINE -> CompletionItemKind.Module;
            case SOURCE -> CompletionItemKind.Reference;
            case CODE -> CompletionItemKind.EnumMember;
            case CRITERION -> CompletionItemKind.Property;
            case CONFLICT -> CompletionItemKind.Interface; // never a value: listed by no completion of names
            case CONSTRAINT -> CompletionItemKind.Interface; // likewise
        };
    }

    private static String describe(Declaration declaration) {
        String what = declaration.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return what + (declaration.guideline() == null ? "" : " of " + declaration.guideline());
    }

    private void add(String label, CompletionItemKind kind, String detail) {
        add(label, label, kind, detail);
    }

    private void add(String label, String text, CompletionItemKind kind, String detail) {
        items.computeIfAbsent(label, l -> {
            CompletionItem item = new CompletionItem(l);
            item.setKind(kind);
            item.setDetail(detail);
            item.setTextEdit(Either.forLeft(new TextEdit(replaced, text)));
            return item;
        });
    }
}
