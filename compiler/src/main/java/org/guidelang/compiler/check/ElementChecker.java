package org.guidelang.compiler.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.symbols.SymbolTable;

/** Checks definitions, decision tables, criteria sets and recommendations. */
final class ElementChecker {
    private final String guideline;
    private final ExprChecker exprs;
    private final CitationResolver citations;
    private final SymbolTable.Builder symbols;
    private final Diagnostics diagnostics;

    ElementChecker(String guideline, ExprChecker exprs, CitationResolver citations, SymbolTable.Builder symbols,
            Diagnostics diagnostics) {
        this.guideline = guideline;
        this.exprs = exprs;
        this.citations = citations;
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    Definition definition(Member.Define define) {
        return new Definition(define.id().text(), define.label() == null ? null : define.label().value(),
                exprs.check(define.value()), define.span());
    }

    DecisionTable table(Member.Table table) {
        String name = table.id().text();
        DecisionTable.HitPolicy policy = switch (table.policy().text()) {
            case "first" -> DecisionTable.HitPolicy.FIRST;
            case "unique" -> DecisionTable.HitPolicy.UNIQUE;
            default -> {
                String guess = ExprChecker.didYouMean(table.policy().text(), List.of("first", "unique"));
                diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_HIT_POLICY, table.policy().span(),
                        guess != null ? guess
                                : "write `hit first` (the first rule that holds wins) or `hit unique` (exactly one rule "
                                        + "may hold)",
                        table.policy().text());
                yield DecisionTable.HitPolicy.FIRST;
            }
        };
        CodeSet codes = new Declarations(guideline, diagnostics, exprs, citations)
                .codeSet(guideline + "." + name, name, table.codes());
        if (table.rules().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.EMPTY_TABLE, table.id().span(),
                    "add rules: `when condition -> CODE`", name);
        }
        Set<String> produced = new LinkedHashSet<>();
        List<DecisionTable.Rule> rules = new ArrayList<>();
        int number = 1;
        for (Member.Rule rule : table.rules()) {
            CExpr condition = exprs.condition(rule.condition(), "a rule's condition");
            String code = output(rule.outcome(), codes, name);
            produced.add(code);
            rules.add(new DecisionTable.Rule(number++, condition, rule.condition().span().text(), code,
                    citations.resolve(rule.citations()), rule.span()));
        }
        DecisionTable.Otherwise otherwise = null;
        if (table.otherwise() != null) {
            String code = output(table.otherwise().outcome(), codes, name);
            produced.add(code);
            otherwise = new DecisionTable.Otherwise(code, citations.resolve(table.otherwise().citations()),
                    table.otherwise().span());
        }
        // A code yielded under a misspelt name is reported once, as the undeclared output.
        boolean allDeclared = produced.stream().allMatch(codes::contains);
        for (Member.CodeDecl decl : table.codes()) {
            if (allDeclared && !produced.isEmpty() && !produced.contains(decl.id().text())) {
                diagnostics.reportWithHint(DiagnosticCode.UNUSED_CODE, decl.id().span(),
                        "add a rule that yields it, or remove it", name, decl.id().text());
            }
        }
        String label = table.label() == null ? name : table.label().value();
        return new DecisionTable(name, label, codes, policy, complete(table), rules, otherwise,
                citations.resolve(table.citations()), table.span());
    }

    /** Whether the table is declared {@code complete}: its gaps are then errors, not warnings. */
    private boolean complete(Member.Table table) {
        Name clause = table.completeness();
        if (clause == null) {
            return false;
        }
        if (!clause.text().equals("complete")) {
            String guess = ExprChecker.didYouMean(clause.text(), List.of("complete"));
            diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_TABLE_CLAUSE, clause.span(),
                    guess != null ? guess : "write `hit " + table.policy().text() + " complete` to require that the "
                            + "table classify every patient, or nothing",
                    clause.text());
            return false;
        }
        return true;
    }

    private String output(Name code, CodeSet codes, String table) {
        if (!codes.contains(code.text())) {
            String hint = ExprChecker.didYouMean(code.text(), codes.names());
            diagnostics.reportWithHint(DiagnosticCode.UNDECLARED_OUTPUT, code.span(),
                    hint != null ? hint : "declare it in the table's code list: " + codes.describe(), code.text(), table);
        } else {
            symbols.referToCode(guideline, table, code.text(), code.span());
        }
        return code.text();
    }

    CriteriaSet criteria(Member.CriteriaSet set) {
        String name = set.id().text();
        if (set.criteria().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.EMPTY_CRITERIA, set.id().span(),
                    "add criteria: `criterion id \"label\": condition`", name);
        }
        Map<String, Member.Criterion> seen = new LinkedHashMap<>();
        List<CriteriaSet.Criterion> criteria = new ArrayList<>();
        for (Member.Criterion criterion : set.criteria()) {
            Member.Criterion earlier = seen.putIfAbsent(criterion.id().text(), criterion);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_NAME, criterion.id().span(),
                        "give each criterion of the set its own id", criterion.id().text(), earlier.span().line());
            }
            CExpr condition = exprs.condition(criterion.condition(), "a criterion");
            criteria.add(new CriteriaSet.Criterion(criterion.id().text(),
                    criterion.label() == null ? criterion.id().text() : criterion.label().value(),
                    criterion.relative(), condition, criterion.condition().span().text(),
                    citations.resolve(criterion.citations()), criterion.span()));
        }
        long absolute = criteria.stream().filter(c -> !c.relative()).count();
        boolean anyRelative = absolute < criteria.size();
        int atLeast = atLeast(set, absolute);
        Map<Member.MappingKind, Member.OutcomeMapping> mappings = mappings(set);
        if (set.mappings().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.NO_OUTCOME_MAPPING, set.id().span(),
                    "add `outcome { met CODE  unmet CODE }`", name);
        } else {
            for (Member.MappingKind kind : List.of(Member.MappingKind.MET, Member.MappingKind.UNMET)) {
                if (!mappings.containsKey(kind)) {
                    diagnostics.reportWithHint(DiagnosticCode.INCOMPLETE_MAPPING, set.id().span(),
                            "add `" + kind.keyword() + " CODE \"label\"` to its outcome block", name, kind.keyword());
                }
            }
            Member.OutcomeMapping exception = mappings.get(Member.MappingKind.EXCEPTION);
            if (anyRelative && exception == null) {
                diagnostics.reportWithHint(DiagnosticCode.RELATIVE_MISMATCH, set.id().span(),
                        "add `exception CODE \"label\"` for patients who miss only relative criteria",
                        "criteria set `" + name + "` has relative criteria but no `exception` outcome");
            } else if (!anyRelative && exception != null) {
                diagnostics.reportWithHint(DiagnosticCode.RELATIVE_MISMATCH, exception.span(),
                        "mark the criteria that admit exceptions `relative criterion`, or remove this line",
                        "an `exception` outcome needs at least one relative criterion");
            }
        }
        List<CodeSet.Code> codes = new ArrayList<>();
        for (Member.OutcomeMapping mapping : mappings.values()) {
            codes.add(new CodeSet.Code(mapping.code().text(),
                    mapping.label() == null ? mapping.code().text() : mapping.label().value()));
        }
        String label = set.label() == null ? name : set.label().value();
        return new CriteriaSet(name, label, Operators.requirement(set.requirement().kind()), atLeast, criteria,
                code(mappings, Member.MappingKind.MET), anyRelative ? code(mappings, Member.MappingKind.EXCEPTION) : null,
                code(mappings, Member.MappingKind.UNMET), new CodeSet(guideline + "." + name, name, codes),
                citations.resolve(set.citations()), set.span());
    }

    private Map<Member.MappingKind, Member.OutcomeMapping> mappings(Member.CriteriaSet set) {
        Map<Member.MappingKind, Member.OutcomeMapping> byKind = new EnumMap<>(Member.MappingKind.class);
        Map<String, Member.OutcomeMapping> byCode = new LinkedHashMap<>();
        for (Member.OutcomeMapping mapping : set.mappings()) {
            Member.OutcomeMapping earlier = byKind.putIfAbsent(mapping.kind(), mapping);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_MAPPING, mapping.span(),
                        "a criteria set has one `" + mapping.kind().keyword() + "` outcome: keep one of these lines",
                        mapping.kind().keyword(), earlier.span().line());
                continue;
            }
            Member.OutcomeMapping sameCode = byCode.putIfAbsent(mapping.code().text(), mapping);
            if (sameCode != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_OUTPUT_CODE, mapping.code().span(),
                        "each outcome needs a code of its own", mapping.code().text(), sameCode.kind().keyword());
            }
        }
        return byKind;
    }

    private static String code(Map<Member.MappingKind, Member.OutcomeMapping> mappings, Member.MappingKind kind) {
        Member.OutcomeMapping mapping = mappings.get(kind);
        return mapping == null ? null : mapping.code().text();
    }

    private int atLeast(Member.CriteriaSet set, long absolute) {
        if (set.requirement().kind() != Member.RequirementKind.AT_LEAST) {
            return 0;
        }
        Name count = set.requirement().count();
        java.math.BigDecimal written = new java.math.BigDecimal(count.text());
        boolean whole = written.stripTrailingZeros().scale() <= 0;
        // Beyond the int range only "can never be met" matters, so clamp rather than overflow.
        int n = written.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                : written.intValue();
        if (!whole || n < 1 || n > absolute) {
            boolean anyRelative = absolute < set.criteria().size();
            String why = !whole
                    ? "counts criteria, so it takes a whole number"
                    : n < 1
                    ? "holds for every patient"
                    : "can never be met: the set has only " + plural(absolute, "criterion", "criteria")
                            + (anyRelative ? " that count" : "");
            String hint = absolute == 0
                    ? "add criteria that are not relative"
                    : (absolute == 1 ? "write `at least 1`, or `require all`" : "write a number from 1 to " + absolute)
                            + (anyRelative ? "; relative criteria do not count" : "");
            diagnostics.reportWithHint(DiagnosticCode.AT_LEAST_OUT_OF_RANGE, count.span(), hint, count.text(), why);
            return whole ? Math.max(0, n) : 0;
        }
        return n;
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    Recommendation recommendation(Member.Recommendation rec) {
        CExpr condition = null;
        String conditionText = null;
        if (!rec.conditions().isEmpty()) {
            condition = exprs.condition(rec.conditions().get(0), "a recommendation's condition");
            conditionText = rec.conditions().get(0).span().text();
            duplicates(rec.conditions().stream().map(c -> c.span()).toList(), "when");
        }
        duplicates(rec.strengths().stream().map(Name::span).toList(), "strength");
        duplicates(rec.evidence().stream().map(Name::span).toList(), "evidence");
        Recommendation.Strength strength = rec.strengths().isEmpty() ? null
                : grade(rec.strengths().get(0), Recommendation.Strength.values(), "strength");
        Recommendation.Evidence evidence = rec.evidence().isEmpty() ? null
                : grade(rec.evidence().get(0), Recommendation.Evidence.values(), "evidence level");
        return new Recommendation(rec.id().text(), rec.text().value(), condition, conditionText, strength, evidence,
                citations.resolve(rec.citations()), rec.span());
    }

    private void duplicates(List<org.guidelang.compiler.source.SourceSpan> spans, String keyword) {
        for (int i = 1; i < spans.size(); i++) {
            diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_CLAUSE, spans.get(i), "keep one", keyword,
                    spans.get(0).line());
        }
    }

    private <E extends Enum<E>> E grade(Name value, E[] values, String what) {
        List<String> words = new ArrayList<>();
        for (E e : values) {
            String word = e instanceof Recommendation.Strength s ? s.word() : ((Recommendation.Evidence) e).word();
            words.add(word);
            if (word.equals(value.text())) {
                return e;
            }
        }
        String hint = ExprChecker.didYouMean(value.text(), words);
        diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_GRADE, value.span(),
                (hint == null ? "" : hint + " ") + "expected one of " + String.join(", ", words), what, value.text());
        return null;
    }
}
