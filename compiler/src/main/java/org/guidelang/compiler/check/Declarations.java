package org.guidelang.compiler.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.ast.IntervalSyntax;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/** Checks input and parameter declarations: types, units, valid ranges, codes. */
final class Declarations {
    static final List<String> TYPE_NAMES = List.of(
            "boolean", "code {…}", "integer", "decimal", "percent", "count", "years", "months", "weeks", "days", "cm",
            "mm");

    private final String guideline;
    private final Diagnostics diagnostics;
    private final ExprChecker exprs;
    private final CitationResolver citations;
    private final Literals literals;

    Declarations(String guideline, Diagnostics diagnostics, ExprChecker exprs, CitationResolver citations) {
        this.guideline = guideline;
        this.diagnostics = diagnostics;
        this.exprs = exprs;
        this.citations = citations;
        this.literals = new Literals(diagnostics);
    }

    Optional<InputDecl> input(Member.Input input) {
        String name = input.id().text();
        String description = input.description() == null ? "" : input.description().value();
        Member.TypeSyntax type = input.type();
        if (type instanceof Member.BooleanType) {
            return Optional.of(new InputDecl(InputSpec.bool(name, description), Type.BOOL, null, null, guideline,
                    input.span()));
        }
        if (type instanceof Member.CodeType code) {
            CodeSet codes = codeSet(guideline + "." + name, name, code.codes());
            return Optional.of(new InputDecl(InputSpec.code(name, codes.names(), description), new Type.Code(codes),
                    codes, null, guideline, input.span()));
        }
        Member.NumericType numeric = (Member.NumericType) type;
        String typeName = numeric.unit().text();
        InputKind kind;
        Unit unit;
        Range defaultRange = Range.unbounded();
        switch (typeName) {
            case "integer" -> {
                kind = InputKind.INTEGER;
                unit = Unit.NONE;
            }
            case "decimal" -> {
                kind = InputKind.DECIMAL;
                unit = Unit.NONE;
            }
            default -> {
                Optional<Unit> parsed = Unit.parse(typeName);
                if (parsed.isEmpty() || parsed.get() == Unit.NONE || typeName.equals("%")) {
                    String hint = typeHint(typeName);
                    diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_TYPE, numeric.unit().span(),
                            hint != null ? hint : "the types are " + String.join(", ", TYPE_NAMES), typeName);
                    return Optional.empty();
                }
                kind = InputKind.QUANTITY;
                unit = parsed.get();
                if (unit == Unit.PERCENT) {
                    defaultRange = Range.closed(0, 100);
                } else {
                    defaultRange = new Range(0, true, Double.POSITIVE_INFINITY, false);
                }
            }
        }
        if (numeric.per() != null && unit != Unit.COUNT) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_TYPE_CLAUSE, numeric.per().span(),
                    "write `count per \"2 mm²\"`", "`per` goes with counts only, not with " + typeName);
            return Optional.empty();
        }
        Optional<Range> range = numeric.range() == null ? Optional.of(defaultRange) : range(numeric.range(), unit);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        InputSpec spec = switch (kind) {
            case INTEGER -> InputSpec.integer(name, range.get(), description);
            case DECIMAL -> InputSpec.decimal(name, range.get(), description);
            default -> InputSpec.quantity(name, unit, range.get(), description);
        };
        String per = numeric.per() == null ? null : numeric.per().value();
        return Optional.of(new InputDecl(spec, Type.num(unit), null, per, guideline, input.span()));
    }

    /** What a type name from another language is written as here, or the closest type name. */
    private static String typeHint(String written) {
        String meant = switch (written) {
            case "int", "long", "short", "whole", "Integer", "int32", "int64" -> "integer";
            case "float", "double", "real", "number", "numeric", "Double", "BigDecimal" -> "decimal";
            case "bool", "Boolean", "yesno" -> "boolean";
            case "enum", "choice" -> "code { A, B }";
            case "pct", "percentage" -> "percent";
            default -> null;
        };
        if (meant != null) {
            return "did you mean `" + meant + "`?";
        }
        List<String> names = TYPE_NAMES.stream().filter(t -> !t.startsWith("code")).toList();
        return ExprChecker.didYouMean(written, names);
    }

    private Optional<Range> range(IntervalSyntax interval, Unit unit) {
        Optional<Double> lo = rangeEnd(interval.low(), unit, Double.NEGATIVE_INFINITY);
        Optional<Double> hi = rangeEnd(interval.high(), unit, Double.POSITIVE_INFINITY);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        boolean loClosed = interval.lowClosed();
        boolean hiClosed = interval.highClosed();
        if (lo.get() > hi.get() || (lo.get().equals(hi.get()) && !(loClosed && hiClosed))) {
            diagnostics.reportWithHint(DiagnosticCode.EMPTY_RANGE, interval.span(),
                    ExprChecker.emptyRangeHint(lo.get() > hi.get()), interval.span().text());
            return Optional.empty();
        }
        return Optional.of(new Range(lo.get(), loClosed, hi.get(), hiClosed));
    }

    private Optional<Double> rangeEnd(Expr end, Unit unit, double unbounded) {
        if (end == null) {
            return Optional.of(unbounded);
        }
        if (!(end instanceof Expr.NumberLiteral literal)) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_TYPE_CLAUSE, end.span(), "write a number, or `*` for no limit",
                    "a valid range's ends must be numbers, but `" + end.span().text() + "` is not");
            return Optional.empty();
        }
        Optional<Unit> written = literals.unit(literal);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = literal.value();
        if (written.get() != Unit.NONE && !written.get().convertibleTo(unit)) {
            diagnostics.reportWithHint(DiagnosticCode.UNIT_MISMATCH, end.span(),
                    "write the valid range in the input's own unit, " + unit.symbol() + ", or in plain numbers",
                    "compare", Units.describe(end, written.get()), "the input's unit " + unit.symbol());
            return Optional.empty();
        }
        Optional<BigDecimal> converted = Unit.converts(written.get(), unit)
                ? written.get().convertExactly(value, unit) : Optional.of(value);
        // A range is checked on doubles, each standing for its shortest decimal: an end no double
        // stands for would move the range.
        if (converted.isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_TYPE_CLAUSE, end.span(),
                    "write the range in the input's own unit, " + unit.symbol(),
                    "the range end `" + end.span().text() + "` does not come out even in " + unit.symbol());
            return Optional.empty();
        }
        if (!Decimals.fitsDouble(converted.get())) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_TYPE_CLAUSE, end.span(),
                    "write the end with at most 15 significant digits",
                    "the range end `" + end.span().text() + "` has more digits than can be kept exactly (it would be "
                            + "read as " + Unit.NONE.format(converted.get().doubleValue()) + ")");
            return Optional.empty();
        }
        return Optional.of(converted.get().doubleValue());
    }

    CodeSet codeSet(String key, String owner, List<Member.CodeDecl> decls) {
        Map<String, Member.CodeDecl> seen = new LinkedHashMap<>();
        List<CodeSet.Code> codes = new ArrayList<>();
        for (Member.CodeDecl decl : decls) {
            Member.CodeDecl earlier = seen.putIfAbsent(decl.id().text(), decl);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_CODE, decl.id().span(),
                        "list each code once: remove this `" + decl.id().text() + "`", decl.id().text(),
                        earlier.span().line());
                continue;
            }
            codes.add(new CodeSet.Code(decl.id().text(), decl.label() == null ? decl.id().text() : decl.label().value()));
        }
        return new CodeSet(key, owner, codes);
    }

    ParamDecl param(Member.Param param) {
        CExpr value = exprs.check(param.value());
        Object constant = value instanceof CExpr.Const c ? c.value() : null;
        if (param.rationales().size() > 1) {
            diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_CLAUSE, param.rationales().get(1).span(), "keep one",
                    "rationale", param.rationales().get(0).span().line());
        }
        String rationale = param.rationales().isEmpty() ? null : param.rationales().get(0).value();
        List<ParamDecl.HistoryItem> history = new ArrayList<>();
        for (Member.HistoryEntry entry : param.history()) {
            CExpr earlier = exprs.check(entry.value());
            if (value.type() instanceof Type.Num now && earlier.type() instanceof Type.Num then
                    && !then.unit().convertibleTo(now.unit())) {
                diagnostics.report(DiagnosticCode.UNIT_MISMATCH, entry.value().span(), "compare",
                        Units.describe(entry.value(), then.unit()), Units.describe(param.value(), now.unit()));
            }
            Integer since = entry.since() == null ? null : Integer.valueOf(sinceYear(entry.since().text(),
                    entry.since().span()));
            history.add(new ParamDecl.HistoryItem(entry.value().span().text(), since,
                    entry.note() == null ? null : entry.note().value(), citations.resolve(entry.citations())));
        }
        List<org.guidelang.compiler.model.CitationRef> cites = citations.resolve(param.citations());
        if (param.citations().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.UNCITED_PARAM, param.id().span(),
                    "add `cite source` so that a reader can trace the threshold", param.id().text());
        }
        return new ParamDecl(param.id().text(), constant, param.value().span().text(), value.type(), cites, rationale,
                history, param.span());
    }

    private int sinceYear(String text, SourceSpan span) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_DATE, span, "`since` takes a year, such as `since 1990`",
                    text);
            return 0;
        }
    }
}
