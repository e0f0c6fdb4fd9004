package org.guidelang.compiler.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.guidelang.compiler.ast.Citation;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.IntervalSyntax;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.ast.Text;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.grammar.GuideLangParser;
import org.guidelang.grammar.GuideLangParser.*;

/**
 * Parse tree to AST. Runs only on trees without syntax errors, so every labelled element the
 * grammar requires is present. This is the last place an ANTLR type is seen.
 */
final class AstBuilder {
    /** Deeper expressions are refused so that every later (recursive) pass is safe. */
    static final int MAX_DEPTH = 200;

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final TextDecoder texts;

    private AstBuilder(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.texts = new TextDecoder();
    }

    static Optional<Guideline> build(SourceFile file, GuideLangParser.FileContext tree, Diagnostics diagnostics) {
        AstBuilder builder = new AstBuilder(file, diagnostics);
        try {
            return Optional.of(builder.guideline(tree.guideline()));
        } catch (TooDeep e) {
            diagnostics.reportWithHint(DiagnosticCode.TOO_DEEP, e.span,
                    "split the expression into named definitions with `define`");
            return Optional.empty();
        }
    }

    private Guideline guideline(GuidelineContext ctx) {
        List<Member> members = new ArrayList<>();
        for (MemberContext m : ctx.members) {
            members.add(member(m));
        }
        return new Guideline(file, name(ctx.id), name(ctx.version), members, span(ctx));
    }

    private Member member(MemberContext ctx) {
        SourceSpan span = span(ctx);
        if (ctx instanceof TitleMemberContext c) {
            return new Member.Title(text(c.content), span);
        } else if (ctx instanceof StatusMemberContext c) {
            return new Member.Status(name(c.value), span);
        } else if (ctx instanceof AuthorsMemberContext c) {
            return new Member.Authors(c.texts.stream().map(this::text).toList(), span);
        } else if (ctx instanceof CommitteeMemberContext c) {
            return new Member.Committee(text(c.content), span);
        } else if (ctx instanceof IssuedMemberContext c) {
            return new Member.Issued(name(c.date), span);
        } else if (ctx instanceof UpdatedMemberContext c) {
            return new Member.Updated(name(c.date), span);
        } else if (ctx instanceof DescriptionMemberContext c) {
            return new Member.Description(text(c.content), span);
        } else if (ctx instanceof SourceMemberContext c) {
            return source(c, span);
        } else if (ctx instanceof PackageMemberContext c) {
            return new Member.Package(c.parts.stream().map(this::name).toList(), span);
        } else if (ctx instanceof ImportMemberContext c) {
            return new Member.Import(name(c.target), c.alias == null ? null : name(c.alias), span);
        } else if (ctx instanceof InputMemberContext c) {
            return new Member.Input(name(c.id), type(c.type), optionalText(c.description), span);
        } else if (ctx instanceof ParamMemberContext c) {
            return param(c, span);
        } else if (ctx instanceof DefineMemberContext c) {
            return new Member.Define(name(c.id), optionalText(c.label), expr(c.value, 0), span);
        } else if (ctx instanceof ConstraintMemberContext c) {
            return new Member.Constraint(name(c.id), text(c.rationale), expr(c.condition, 0), citations(c.citations()),
                    span);
        } else if (ctx instanceof TableMemberContext c) {
            return table(c, span);
        } else if (ctx instanceof CriteriaMemberContext c) {
            return criteria(c, span);
        } else if (ctx instanceof RecommendMemberContext c) {
            return recommendation(c, span);
        } else if (ctx instanceof ConflictMemberContext c) {
            return new Member.Conflict(name(c.id), text(c.rationale), expr(c.condition, 0), citations(c.citations()),
                    span);
        } else if (ctx instanceof ExampleMemberContext c) {
            return example(c, span);
        }
        throw new IllegalStateException("member kind not handled: " + ctx.getClass().getSimpleName());
    }

    private Member.Source source(SourceMemberContext c, SourceSpan span) {
        List<Text> dois = new ArrayList<>();
        List<Text> urls = new ArrayList<>();
        for (SourceLinkContext link : c.sourceLink()) {
            if (link instanceof DoiLinkContext d) {
                dois.add(string(d.value));
            } else if (link instanceof UrlLinkContext u) {
                urls.add(string(u.value));
            }
        }
        return new Member.Source(name(c.id), text(c.content), dois, urls, span);
    }

    private Member.TypeSyntax type(InputTypeContext ctx) {
        SourceSpan span = span(ctx);
        if (ctx instanceof BooleanTypeContext) {
            return new Member.BooleanType(span);
        } else if (ctx instanceof CodeTypeContext c) {
            return new Member.CodeType(codes(c.codes), span);
        }
        NumericTypeContext n = (NumericTypeContext) ctx;
        return new Member.NumericType(
                name(n.unit), n.per == null ? null : string(n.per), n.range == null ? null : interval(n.range, 0), span);
    }

    private List<Member.CodeDecl> codes(CodeListContext ctx) {
        return ctx.codes.stream()
                .map(c -> new Member.CodeDecl(name(c.id), optionalText(c.label), span(c)))
                .toList();
    }

    private Member.Param param(ParamMemberContext c, SourceSpan span) {
        List<Citation> citations = new ArrayList<>();
        List<Text> rationales = new ArrayList<>();
        List<Member.HistoryEntry> history = new ArrayList<>();
        for (ParamClauseContext clause : c.paramClause()) {
            if (clause instanceof ParamCiteContext cite) {
                citations.addAll(citations(cite.citations()));
            } else if (clause instanceof ParamRationaleContext r) {
                rationales.add(text(r.content));
            } else if (clause instanceof ParamHistoryContext h) {
                for (HistoryEntryContext e : h.entries) {
                    history.add(new Member.HistoryEntry(
                            literal(e.value),
                            e.year == null ? null : name(e.year),
                            optionalText(e.note),
                            citations(e.citations()),
                            span(e)));
                }
            }
        }
        return new Member.Param(name(c.id), literal(c.value), citations, rationales, history, span);
    }

    private Member.Table table(TableMemberContext c, SourceSpan span) {
        List<Member.Rule> rules = c.rules.stream()
                .map(r -> new Member.Rule(expr(r.condition, 0), name(r.outcome), citations(r.citations()), span(r)))
                .toList();
        Member.Otherwise otherwise = c.otherwise == null
                ? null
                : new Member.Otherwise(name(c.otherwise.outcome), citations(c.otherwise.citations()), span(c.otherwise));
        return new Member.Table(name(c.id), optionalText(c.label), codes(c.codes), name(c.policy),
                c.completeness == null ? null : name(c.completeness), rules, otherwise,
                citations(c.citations()), span);
    }

    private Member.CriteriaSet criteria(CriteriaMemberContext c, SourceSpan span) {
        Member.Requirement requirement;
        if (c.requirement instanceof RequireAtLeastContext atLeast) {
            requirement = new Member.Requirement(Member.RequirementKind.AT_LEAST, name(atLeast.count), span(atLeast));
        } else if (c.requirement instanceof RequireAnyContext any) {
            requirement = new Member.Requirement(Member.RequirementKind.ANY, null, span(any));
        } else {
            requirement = new Member.Requirement(Member.RequirementKind.ALL, null, span(c.requirement));
        }
        List<Member.Criterion> criteria = c.criteria.stream()
                .map(k -> new Member.Criterion(k.relative != null, name(k.id), optionalText(k.label),
                        expr(k.condition, 0), citations(k.citations()), span(k)))
                .toList();
        List<Member.OutcomeMapping> mappings = c.mappings.stream()
                .map(m -> new Member.OutcomeMapping(mappingKind(m.kind), name(m.code), optionalText(m.label), span(m)))
                .toList();
        return new Member.CriteriaSet(name(c.id), optionalText(c.label), requirement, criteria, mappings,
                citations(c.citations()), span);
    }

    private static Member.MappingKind mappingKind(MappingKindContext ctx) {
        return switch (ctx.getStart().getType()) {
            case GuideLangParser.MET -> Member.MappingKind.MET;
            case GuideLangParser.EXCEPTION -> Member.MappingKind.EXCEPTION;
            default -> Member.MappingKind.UNMET;
        };
    }

    private Member.Recommendation recommendation(RecommendMemberContext c, SourceSpan span) {
        List<Expr> conditions = new ArrayList<>();
        List<Name> strengths = new ArrayList<>();
        List<Name> evidence = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (RecommendClauseContext clause : c.recommendClause()) {
            if (clause instanceof RecommendWhenContext w) {
                conditions.add(expr(w.condition, 0));
            } else if (clause instanceof RecommendStrengthContext s) {
                strengths.add(name(s.value));
            } else if (clause instanceof RecommendEvidenceContext e) {
                evidence.add(name(e.value));
            } else if (clause instanceof RecommendCiteContext cite) {
                citations.addAll(citations(cite.citations()));
            }
        }
        return new Member.Recommendation(name(c.id), text(c.content), conditions, strengths, evidence, citations, span);
    }

    private Member.Example example(ExampleMemberContext c, SourceSpan span) {
        List<Member.Binding> givens = new ArrayList<>();
        List<Member.Expectation> expectations = new ArrayList<>();
        for (ExampleStepContext step : c.steps) {
            if (step instanceof GivenStepContext g) {
                for (BindingContext b : g.bindings) {
                    givens.add(new Member.Binding(name(b.input), bindingValue(b.value), span(b)));
                }
            } else if (step instanceof ExpectValueStepContext e) {
                Name code = e.value instanceof ExpectCodeContext ec ? name(ec.code) : null;
                Boolean bool = e.value instanceof ExpectTrueContext ? Boolean.TRUE
                        : e.value instanceof ExpectFalseContext ? Boolean.FALSE : null;
                expectations.add(new Member.ExpectValue(reference(e.target), code, bool, span(e)));
            } else if (step instanceof ExpectUndeterminedStepContext u) {
                List<Name> missing = u.MISSING() == null ? null : u.inputs.stream().map(this::name).toList();
                expectations.add(new Member.ExpectUndetermined(reference(u.target), missing, span(u)));
            }
        }
        return new Member.Example(text(c.title), givens, expectations, span);
    }

    private Member.BindingValue bindingValue(BindingValueContext ctx) {
        SourceSpan span = span(ctx);
        if (ctx instanceof LiteralBindingContext l) {
            return new Member.LiteralValue(literal(l.literal()), span);
        } else if (ctx instanceof NegativeBindingContext n) {
            Name unit = n.unit == null ? null : name(n.unit);
            return new Member.LiteralValue(new Expr.NumberLiteral(new BigDecimal(n.value.getText()).negate(), unit, span),
                    span);
        } else if (ctx instanceof CodeBindingContext c) {
            return new Member.CodeValue(name(c.code), span);
        }
        return new Member.MissingValue(span);
    }

    // ---- expressions ----

    private Expr expr(ExprContext ctx, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep(span(ctx));
        }
        int d = depth + 1;
        SourceSpan span = span(ctx);
        if (ctx instanceof OrExprContext c) {
            return new Expr.Binary(Expr.BinaryOp.OR, expr(c.left, d), expr(c.right, d), span);
        } else if (ctx instanceof AndExprContext c) {
            return new Expr.Binary(Expr.BinaryOp.AND, expr(c.left, d), expr(c.right, d), span);
        } else if (ctx instanceof NotExprContext c) {
            return new Expr.Not(expr(c.operand, d), span);
        } else if (ctx instanceof CompareExprContext c) {
            return new Expr.Binary(comparison(c.op), expr(c.left, d), expr(c.right, d), span);
        } else if (ctx instanceof InIntervalExprContext c) {
            return new Expr.InInterval(expr(c.operand, d), c.negated != null, interval(c.range, d), span);
        } else if (ctx instanceof InSetExprContext c) {
            List<Expr> items = c.set.items.stream().map(i -> expr(i, d)).toList();
            return new Expr.InSet(expr(c.operand, d), c.negated != null, items, span);
        } else if (ctx instanceof IsExprContext c) {
            return new Expr.IsCheck(expr(c.operand, d), c.negated != null, c.state.getType() == GuideLangParser.KNOWN,
                    span);
        } else if (ctx instanceof AdditiveExprContext c) {
            Expr.BinaryOp op = c.op.getType() == GuideLangParser.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
            return new Expr.Binary(op, expr(c.left, d), expr(c.right, d), span);
        } else if (ctx instanceof MultiplicativeExprContext c) {
            Expr.BinaryOp op = c.op.getType() == GuideLangParser.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
            return new Expr.Binary(op, expr(c.left, d), expr(c.right, d), span);
        } else if (ctx instanceof NegateExprContext c) {
            return new Expr.Negate(expr(c.operand, d), span);
        } else if (ctx instanceof ParenExprContext c) {
            return new Expr.Parenthesized(expr(c.inner, d), span);
        } else if (ctx instanceof LiteralExprContext c) {
            return literal(c.value);
        } else if (ctx instanceof ReferenceExprContext c) {
            return reference(c.value);
        }
        throw new IllegalStateException("expression kind not handled: " + ctx.getClass().getSimpleName());
    }

    private static Expr.BinaryOp comparison(Token op) {
        return switch (op.getType()) {
            case GuideLangParser.NE -> Expr.BinaryOp.NE;
            case GuideLangParser.LT -> Expr.BinaryOp.LT;
            case GuideLangParser.LE -> Expr.BinaryOp.LE;
            case GuideLangParser.GT -> Expr.BinaryOp.GT;
            case GuideLangParser.GE -> Expr.BinaryOp.GE;
            default -> Expr.BinaryOp.EQ;
        };
    }

    private IntervalSyntax interval(IntervalContext ctx, int depth) {
        return new IntervalSyntax(
                ctx.open.getType() == GuideLangParser.LBRACKET,
                bound(ctx.low, depth),
                bound(ctx.high, depth),
                ctx.close.getType() == GuideLangParser.RBRACKET,
                span(ctx));
    }

    private Expr bound(BoundContext ctx, int depth) {
        if (ctx instanceof LiteralBoundContext l) {
            Expr.Literal value = literal(l.value);
            if (l.sign != null && value instanceof Expr.NumberLiteral n) {
                return new Expr.NumberLiteral(n.value().negate(), n.unit(), span(ctx));
            }
            if (l.sign != null) {
                return new Expr.Negate(value, span(ctx));
            }
            return value;
        } else if (ctx instanceof ReferenceBoundContext r) {
            return reference(r.value);
        }
        return null;
    }

    private Expr.Literal literal(LiteralContext ctx) {
        SourceSpan span = span(ctx);
        if (ctx instanceof TrueLiteralContext) {
            return new Expr.BooleanLiteral(true, span);
        } else if (ctx instanceof FalseLiteralContext) {
            return new Expr.BooleanLiteral(false, span);
        }
        NumberLiteralContext n = (NumberLiteralContext) ctx;
        Name unit = n.unit == null ? null : name(n.unit);
        return new Expr.NumberLiteral(new BigDecimal(n.value.getText()), unit, span);
    }

    private Expr.Reference reference(ReferenceContext ctx) {
        SourceSpan span = span(ctx);
        if (ctx.parts.size() == 2) {
            return new Expr.Reference(name(ctx.parts.get(0)), name(ctx.parts.get(1)), span);
        }
        return new Expr.Reference(null, name(ctx.parts.get(0)), span);
    }

    private List<Citation> citations(CitationsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.refs.stream()
                .map(r -> new Citation(name(r.source), r.locator == null ? null : string(r.locator), span(r)))
                .toList();
    }

    // ---- leaves ----

    private Name name(ParserRuleContext ctx) {
        return new Name(ctx.getText(), span(ctx));
    }

    private Name name(Token token) {
        return new Name(token.getText(), span(token));
    }

    private Text text(TextValueContext ctx) {
        StringBuilder value = new StringBuilder();
        for (Token part : ctx.parts) {
            value.append(texts.decode(part.getText()));
        }
        return new Text(value.toString(), span(ctx));
    }

    private Text optionalText(TextValueContext ctx) {
        return ctx == null ? null : text(ctx);
    }

    private Text string(Token token) {
        return new Text(texts.decode(token.getText()), span(token));
    }

    private SourceSpan span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart()
                : ctx.getStop();
        return file.span(file.charOffset(ctx.getStart().getStartIndex()), file.charOffset(stop.getStopIndex() + 1));
    }

    private SourceSpan span(Token token) {
        return file.span(file.charOffset(token.getStartIndex()), file.charOffset(token.getStopIndex() + 1));
    }

    /** Unwinds a too-deep expression to the builder's entry point. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceSpan span;

        TooDeep(SourceSpan span) {
            super(null, null, false, false);
            this.span = span;
        }
    }
}
