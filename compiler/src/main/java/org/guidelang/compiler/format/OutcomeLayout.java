package org.guidelang.compiler.format;

import org.guidelang.grammar.GuideLangParser.BindingContext;
import org.guidelang.grammar.GuideLangParser.CitationsContext;
import org.guidelang.grammar.GuideLangParser.ConflictMemberContext;
import org.guidelang.grammar.GuideLangParser.CriteriaMemberContext;
import org.guidelang.grammar.GuideLangParser.CriterionContext;
import org.guidelang.grammar.GuideLangParser.ExampleMemberContext;
import org.guidelang.grammar.GuideLangParser.ExampleStepContext;
import org.guidelang.grammar.GuideLangParser.GivenStepContext;
import org.guidelang.grammar.GuideLangParser.OutcomeMappingContext;
import org.guidelang.grammar.GuideLangParser.RecommendClauseContext;
import org.guidelang.grammar.GuideLangParser.RecommendCiteContext;
import org.guidelang.grammar.GuideLangParser.RecommendMemberContext;
import org.guidelang.grammar.GuideLangParser.RecommendWhenContext;
import org.guidelang.grammar.GuideLangParser.TableMemberContext;
import org.guidelang.grammar.GuideLangParser.TableRuleContext;

/**
 * Layout of what decides and what tests: tables (one rule a line, the arrow after the
 * condition, a rule's citation on the next line when the rule would overflow), criteria sets,
 * recommendations, conflicts and examples.
 */
final class OutcomeLayout extends Syntax {
    private final DeclarationLayout declarations;

    OutcomeLayout(Page page, DeclarationLayout declarations) {
        super(page);
        this.declarations = declarations;
    }

    void table(TableMemberContext c) {
        boolean oneLineCodes = !DeclarationLayout.expanded(c.codes) && fits(p -> {
            flat(p, c.TABLE());
            flat(p, c.id);
            if (c.label != null) {
                flat(p, c.label);
            }
            flat(p, c.COLON());
            flat(p, c.CODE());
            flat(p, c.codes);
            flat(p, c.HIT());
            flat(p, c.policy);
            if (c.completeness != null) {
                flat(p, c.completeness);
            }
            flat(p, c.LBRACE());
        }, 0);
        flat(c.TABLE(), c.id);
        optionalLabel(c.label, 0);
        flat(c.COLON(), c.CODE());
        if (oneLineCodes) {
            flat(c.codes);
        } else {
            declarations.codeList(c.codes, 0);
        }
        flat(c.HIT(), c.policy);
        if (c.completeness != null) {
            flat(c.completeness);
        }
        flat(c.LBRACE());
        page.indent();
        for (TableRuleContext rule : c.rules) {
            page.newline();
            rule(rule);
        }
        if (c.otherwise != null) {
            page.newline();
            if (fits(p -> flat(p, c.otherwise), 0)) {
                flat(c.otherwise);
            } else {
                flat(c.otherwise.OTHERWISE(), c.otherwise.ARROW(), c.otherwise.outcome);
                ruleCitations(c.otherwise.citations());
            }
        }
        page.close(c.RBRACE().getSymbol());
        optionalCitations(c.citations());
    }

    /** {@code when condition -> CODE}, its citation on the same line if it fits, else on the next. */
    private void rule(TableRuleContext rule) {
        if (fits(p -> flat(p, rule), 0)) {
            flat(rule);
            return;
        }
        token(rule.WHEN());
        expr(rule.condition, " -> ".length() + rule.outcome.getText().length());
        flat(rule.ARROW(), rule.outcome);
        ruleCitations(rule.citations());
    }

    private void ruleCitations(CitationsContext cite) {
        if (cite != null) {
            page.indent();
            page.wrapTo(page.indentation());
            citations(cite);
            page.dedent();
        }
    }

    void criteria(CriteriaMemberContext c) {
        flat(c.CRITERIA(), c.id);
        optionalLabel(c.label, " require all {".length());
        flat(c.REQUIRE(), c.requirement, c.LBRACE(0));
        page.indent();
        for (CriterionContext criterion : c.criteria) {
            page.newline();
            criterion(criterion);
        }
        page.close(c.RBRACE(0).getSymbol());
        flat(c.OUTCOME(), c.LBRACE(1));
        page.indent();
        for (OutcomeMappingContext mapping : c.mappings) {
            page.newline();
            flat(mapping.kind, mapping.code);
            optionalLabel(mapping.label, 0);
        }
        page.close(c.RBRACE(1).getSymbol());
        optionalCitations(c.citations());
    }

    /** One line when it fits; otherwise the head, then the condition and the citation a line each. */
    private void criterion(CriterionContext c) {
        if (fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.RELATIVE(), c.CRITERION(), c.id);
        optionalLabel(c.label, 1);
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

    /** One line when it has at most one clause and fits; otherwise its clauses one a line. */
    void recommendation(RecommendMemberContext c) {
        if (c.recommendClause().size() <= 1 && fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.RECOMMEND(), c.id);
        label(c.content, 0);
        page.indent();
        for (RecommendClauseContext clause : c.recommendClause()) {
            page.wrapTo(page.indentation());
            if (clause instanceof RecommendWhenContext when) {
                token(when.WHEN());
                expr(when.condition, 0);
            } else if (clause instanceof RecommendCiteContext cite) {
                citations(cite.citations());
            } else {
                flat(clause);
            }
        }
        page.dedent();
    }

    /**
     * {@code conflict id "rationale" : condition cite …}: one line when it fits; otherwise the head
     * with its rationale, then the condition and the citation a line each, one step deeper.
     */
    void conflict(ConflictMemberContext c) {
        if (fits(p -> flat(p, c), 0)) {
            flat(c);
            return;
        }
        flat(c.CONFLICT(), c.id);
        label(c.rationale, " :".length());
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

    void example(ExampleMemberContext c) {
        token(c.EXAMPLE());
        if (c.title.parts.size() == 1) {
            token(c.title.parts.get(0)); // an example's title stays on its line, even when long
        } else {
            text(c.title, 2);
        }
        token(c.LBRACE());
        page.indent();
        for (ExampleStepContext step : c.steps) {
            page.newline();
            if (step instanceof GivenStepContext given) {
                given(given);
            } else {
                flat(step);
            }
        }
        page.close(c.RBRACE().getSymbol());
    }

    /** {@code given a = 1, b = 2}: bindings fill the line and continue aligned under the first. */
    private void given(GivenStepContext given) {
        token(given.GIVEN());
        int column = page.column();
        for (int i = 0; i < given.bindings.size(); i++) {
            BindingContext binding = given.bindings.get(i);
            int after = i + 1 < given.bindings.size() ? 1 : 0;
            if (i > 0 && !fits(p -> flat(p, binding), after)) {
                page.wrapTo(column);
            }
            flat(binding);
            if (after > 0) {
                token(given.COMMA(i));
            }
        }
    }
}
