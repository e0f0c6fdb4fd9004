package org.guidelang.compiler.format;

import org.guidelang.grammar.GuideLangParser.AuthorsMemberContext;
import org.guidelang.grammar.GuideLangParser.CodeDeclContext;
import org.guidelang.grammar.GuideLangParser.CodeListContext;
import org.guidelang.grammar.GuideLangParser.CodeTypeContext;
import org.guidelang.grammar.GuideLangParser.CommitteeMemberContext;
import org.guidelang.grammar.GuideLangParser.ConstraintMemberContext;
import org.guidelang.grammar.GuideLangParser.DefineMemberContext;
import org.guidelang.grammar.GuideLangParser.DescriptionMemberContext;
import org.guidelang.grammar.GuideLangParser.HistoryEntryContext;
import org.guidelang.grammar.GuideLangParser.InputMemberContext;
import org.guidelang.grammar.GuideLangParser.ParamClauseContext;
import org.guidelang.grammar.GuideLangParser.ParamCiteContext;
import org.guidelang.grammar.GuideLangParser.ParamHistoryContext;
import org.guidelang.grammar.GuideLangParser.ParamMemberContext;
import org.guidelang.grammar.GuideLangParser.ParamRationaleContext;
import org.guidelang.grammar.GuideLangParser.SourceLinkContext;
import org.guidelang.grammar.GuideLangParser.SourceMemberContext;
import org.guidelang.grammar.GuideLangParser.TitleMemberContext;

/**
 * Layout of the header and of declarations: title and description, sources, inputs and their
 * code lists, parameters with their history, definitions, constraints. A member is one line when it fits
 * and holds no text spanning lines; otherwise its clauses go one a line, one step deeper.
 */
final class DeclarationLayout extends Syntax {

    DeclarationLayout(Page page) {
        super(page);
    }

    void title(TitleMemberContext c) {
        token(c.TITLE());
        text(c.content, 0);
    }

    void committee(CommitteeMemberContext c) {
        token(c.COMMITTEE());
        text(c.content, 0);
    }

    void description(DescriptionMemberContext c) {
        token(c.DESCRIPTION());
        text(c.content, 0);
    }

    void authors(AuthorsMemberContext c) {
        token(c.AUTHORS());
        for (int i = 0; i < c.texts.size(); i++) {
            boolean more = i + 1 < c.texts.size();
            text(c.texts.get(i), more ? 1 : 0);
            if (more) {
                token(c.COMMA(i));
            }
        }
    }

    /** {@code source id "citation" doi "…"}: one line, or the citation's parts and each link a line. */
    void source(SourceMemberContext c) {
        if (fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.SOURCE(), c.id);
        label(c.content, 0);
        page.indent();
        for (SourceLinkContext link : c.sourceLink()) {
            page.wrapTo(page.indentation());
            flat(link);
        }
        page.dedent();
    }

    /** {@code input id : type "description"}; a code list goes one code a line when it must. */
    void input(InputMemberContext c) {
        if (!(c.type instanceof CodeTypeContext code) || !expanded(code.codes)) {
            if (fits(p -> flat(p, c), 0)) {
                flat(c);
                return;
            }
        }
        flat(c.INPUT(), c.id, c.COLON());
        if (c.type instanceof CodeTypeContext code) {
            token(code.CODE());
            codeList(code.codes, 0);
        } else {
            flat(c.type);
        }
        optionalLabel(c.description, 0);
    }

    /**
     * A code list on one line ({@code { A "a", B "b" }}) when it fits and was not written with a
     * trailing comma; otherwise one code a line, each ending with a comma. The trailing comma
     * keeps a list laid out one code a line, as the author chose.
     */
    void codeList(CodeListContext list, int extra) {
        if (!expanded(list) && fits(p -> flat(p, list), extra)) {
            flat(list);
            return;
        }
        token(list.LBRACE());
        page.indent();
        for (int i = 0; i < list.codes.size(); i++) {
            CodeDeclContext code = list.codes.get(i);
            page.newline();
            flat(code.id);
            optionalLabel(code.label, 1);
            if (i < list.COMMA().size()) {
                token(list.COMMA(i));
            } else {
                page.extra(",");
            }
        }
        page.close(list.RBRACE().getSymbol());
    }

    /** True when the list was written with a trailing comma (a comment inside it also keeps it expanded). */
    static boolean expanded(CodeListContext list) {
        return list.COMMA().size() == list.codes.size();
    }

    /** {@code param id = value}, then its clauses, one a line; a lone short citation stays on the line. */
    void param(ParamMemberContext c) {
        boolean simple = c.paramClause().stream().allMatch(ParamCiteContext.class::isInstance)
                && c.paramClause().size() <= 1;
        if (simple && fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.PARAM(), c.id, c.ASSIGN(), c.value);
        page.indent();
        for (ParamClauseContext clause : c.paramClause()) {
            page.wrapTo(page.indentation());
            if (clause instanceof ParamCiteContext cite) {
                citations(cite.citations());
            } else if (clause instanceof ParamRationaleContext rationale) {
                token(rationale.RATIONALE());
                text(rationale.content, 0);
            } else if (clause instanceof ParamHistoryContext history) {
                history(history);
            } else {
                flat(clause);
            }
        }
        page.dedent();
    }

    private void history(ParamHistoryContext history) {
        flat(history.HISTORY(), history.LBRACE());
        page.indent();
        for (HistoryEntryContext entry : history.entries) {
            page.newline();
            if (fits(p -> flat(p, entry), 0)) {
                flat(entry);
                continue;
            }
            flat(entry.value, entry.SINCE(), entry.NUMBER());
            optionalLabel(entry.note, 0);
            if (entry.citations() != null) {
                page.indent();
                page.wrapTo(page.indentation());
                citations(entry.citations());
                page.dedent();
            }
        }
        page.close(history.RBRACE().getSymbol());
    }

    /** {@code define id "label" = expr}: one line, or the expression on the next line. */
    void define(DefineMemberContext c) {
        if (fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.DEFINE(), c.id);
        optionalLabel(c.label, 2);
        token(c.ASSIGN());
        page.indent();
        page.wrapTo(page.indentation());
        expr(c.value, 0);
        page.dedent();
    }

    /**
     * {@code constraint id "rationale" : condition cite …}: one line when it fits; otherwise the
     * head, then the condition and the citation a line each, as a criterion.
     */
    void constraint(ConstraintMemberContext c) {
        if (fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.CONSTRAINT(), c.id);
        label(c.rationale, 1);
        token(c.COLON());
        page.indent();
        page.wrapTo(page.indentation());
        expr(c.condition, 0);
        if (c.citations() != null) {
            page.wrapTo(page.indentation());
            citations(c.citations());
        }
        page.dedent();
    }
}
