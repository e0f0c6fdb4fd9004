package org.guidelang.compiler.format;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.guidelang.grammar.GuideLangParser.AuthorsMemberContext;
import org.guidelang.grammar.GuideLangParser.CommitteeMemberContext;
import org.guidelang.grammar.GuideLangParser.ConflictMemberContext;
import org.guidelang.grammar.GuideLangParser.ConstraintMemberContext;
import org.guidelang.grammar.GuideLangParser.CriteriaMemberContext;
import org.guidelang.grammar.GuideLangParser.DefineMemberContext;
import org.guidelang.grammar.GuideLangParser.DescriptionMemberContext;
import org.guidelang.grammar.GuideLangParser.ExampleMemberContext;
import org.guidelang.grammar.GuideLangParser.FileContext;
import org.guidelang.grammar.GuideLangParser.GuidelineContext;
import org.guidelang.grammar.GuideLangParser.ImportMemberContext;
import org.guidelang.grammar.GuideLangParser.InputMemberContext;
import org.guidelang.grammar.GuideLangParser.MemberContext;
import org.guidelang.grammar.GuideLangParser.ParamMemberContext;
import org.guidelang.grammar.GuideLangParser.RecommendMemberContext;
import org.guidelang.grammar.GuideLangParser.SourceMemberContext;
import org.guidelang.grammar.GuideLangParser.TableMemberContext;
import org.guidelang.grammar.GuideLangParser.TitleMemberContext;

/**
 * The layout of a whole file: {@code guideline id version v {}, its members two spaces in,
 * and a blank line between groups of members (header, sources, imports, inputs, parameters,
 * definitions, constraints, outcomes, conflicts, examples). Within a group, the author's blank
 * lines are kept (at most one in a row). Members keep their order: the formatter never moves text.
 *
 * <p>To format a new kind of member, give it a {@link Group} in {@link #group} and, unless one
 * line with canonical spacing suits it, a layout in {@link #member}; without one it is written
 * on one line.
 */
final class GuidelineLayout extends Syntax {
    /** Groups of members, separated by a blank line. */
    enum Group {
        HEADER,
        SOURCES,
        IMPORTS,
        INPUTS,
        PARAMETERS,
        DEFINITIONS,
        CONSTRAINTS,
        OUTCOMES,
        CONFLICTS,
        EXAMPLES
    }

    private final List<Token> tokens;
    private final DeclarationLayout declarations;
    private final OutcomeLayout outcomes;

    GuidelineLayout(List<Token> tokens) {
        super(new Page(tokens));
        this.tokens = tokens;
        this.declarations = new DeclarationLayout(page);
        this.outcomes = new OutcomeLayout(page, declarations);
    }

    String file(FileContext file) {
        GuidelineContext g = file.guideline();
        page.newline();
        flat(g.GUIDELINE(), g.id, g.VERSION(), g.VERSION_NUMBER(), g.LBRACE());
        page.indent();
        Group previous = null;
        for (MemberContext member : g.members) {
            Group group = group(member);
            if (previous != null && group != previous) {
                page.blank();
            }
            page.newline();
            member(member);
            previous = group;
        }
        page.close(g.RBRACE().getSymbol());
        return page.finish(tokens.get(tokens.size() - 1));
    }

    static Group group(MemberContext member) {
        if (member instanceof SourceMemberContext) {
            return Group.SOURCES;
        } else if (member instanceof ImportMemberContext) {
            return Group.IMPORTS;
        } else if (member instanceof InputMemberContext) {
            return Group.INPUTS;
        } else if (member instanceof ParamMemberContext) {
            return Group.PARAMETERS;
        } else if (member instanceof DefineMemberContext) {
            return Group.DEFINITIONS;
        } else if (member instanceof ConstraintMemberContext) {
            return Group.CONSTRAINTS;
        } else if (member instanceof TableMemberContext || member instanceof CriteriaMemberContext
                || member instanceof RecommendMemberContext) {
            return Group.OUTCOMES;
        } else if (member instanceof ConflictMemberContext) {
            return Group.CONFLICTS;
        } else if (member instanceof ExampleMemberContext) {
            return Group.EXAMPLES;
        }
        return Group.HEADER; // title, status, authors, committee, dates, description
    }

    private void member(MemberContext member) {
        if (member instanceof TitleMemberContext c) {
            declarations.title(c);
        } else if (member instanceof AuthorsMemberContext c) {
            declarations.authors(c);
        } else if (member instanceof CommitteeMemberContext c) {
            declarations.committee(c);
        } else if (member instanceof DescriptionMemberContext c) {
            declarations.description(c);
        } else if (member instanceof SourceMemberContext c) {
            declarations.source(c);
        } else if (member instanceof InputMemberContext c) {
            declarations.input(c);
        } else if (member instanceof ParamMemberContext c) {
            declarations.param(c);
        } else if (member instanceof DefineMemberContext c) {
            declarations.define(c);
        } else if (member instanceof ConstraintMemberContext c) {
            declarations.constraint(c);
        } else if (member instanceof TableMemberContext c) {
            outcomes.table(c);
        } else if (member instanceof CriteriaMemberContext c) {
            outcomes.criteria(c);
        } else if (member instanceof RecommendMemberContext c) {
            outcomes.recommendation(c);
        } else if (member instanceof ConflictMemberContext c) {
            outcomes.conflict(c);
        } else if (member instanceof ExampleMemberContext c) {
            outcomes.example(c);
        } else {
            flat(member); // status, issued, updated, import: one line with canonical spacing
        }
    }
}
