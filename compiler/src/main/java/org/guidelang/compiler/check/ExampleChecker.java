package org.guidelang.compiler.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.guidelang.compiler.ast.Expr;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.eval.ConstraintEvaluation;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Unit;
import org.guidelang.runtime.ValueText;

/**
 * Checks examples: every given is a valid value of a declared input, the givens together break
 * no constraint between inputs (they are evaluated as a patient would be, in three-valued logic),
 * every expectation a possible outcome.
 */
final class ExampleChecker {
    private final String guideline;
    private final Map<String, InputDecl> inputs;
    private final Map<String, Outcome> outcomes;
    private final GuidelineScope scope;
    private final Diagnostics diagnostics;
    private final Literals literals;
    private final List<Constraint> constraints;

    ExampleChecker(String guideline, GuidelineScope scope, List<Constraint> constraints, Diagnostics diagnostics) {
        this.guideline = guideline;
        this.constraints = constraints;
        this.inputs = scope.inputs();
        this.outcomes = scope.outcomes();
        this.scope = scope;
        this.diagnostics = diagnostics;
        this.literals = new Literals(diagnostics);
    }

    ExampleCase check(Member.Example example) {
        Map<String, Object> patient = new LinkedHashMap<>();
        Map<String, Member.Binding> seen = new LinkedHashMap<>();
        int errorsBefore = diagnostics.errorCount();
        for (Member.Binding binding : example.givens()) {
            Member.Binding earlier = seen.putIfAbsent(binding.input().text(), binding);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_DUPLICATE_INPUT, binding.input().span(),
                        "an example gives each input once: `given` lines add inputs, they do not replace them; "
                                + "write a second example for another value",
                        binding.input().text(), earlier.span().line());
                continue;
            }
            value(binding).ifPresent(v -> patient.put(binding.input().text(), v));
        }
        if (diagnostics.errorCount() == errorsBefore) {
            brokenConstraints(example, patient);
        }
        if (example.expectations().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_NO_EXPECTATION, example.title().span(),
                    "add `expect outcome = CODE`", example.title().value());
        }
        List<ExampleCase.Expectation> expectations = new ArrayList<>();
        for (Member.Expectation expectation : example.expectations()) {
            expectation(expectation).ifPresent(expectations::add);
        }
        return new ExampleCase(example.title().value(), patient, expectations, example.span());
    }

    /** Reports each constraint that the example's given values break, at the example's title. */
    private void brokenConstraints(Member.Example example, Map<String, Object> patient) {
        if (constraints.isEmpty()) {
            return;
        }
        ConstraintEvaluation evaluation = ConstraintEvaluation.of(constraints, patient);
        for (Constraint constraint : evaluation.broken()) {
            Map<String, Object> given = evaluation.givenValues(constraint);
            String values = ValueText.of(given, name -> unitOf(name));
            diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_BREAKS_CONSTRAINT, example.title().span(),
                    "a patient with these values is refused (\"" + constraint.rationale() + "\"): change one of "
                            + String.join(", ", given.keySet()) + ", or give it as missing",
                    example.title().value(), constraint.name(), values);
        }
    }

    private Unit unitOf(String input) {
        InputDecl decl = inputs.get(input);
        return decl != null && decl.type() instanceof Type.Num n ? n.unit() : Unit.NONE;
    }

    /**
     * The given value, normalized as patient data (a Double in the input's unit that stands for
     * exactly the decimal written, converted exactly; Boolean; String); empty if missing or bad.
     */
    private Optional<Object> value(Member.Binding binding) {
        String name = binding.input().text();
        InputDecl input = inputs.get(name);
        if (input == null) {
            String hint = outcomes.containsKey(name)
                    ? "`" + name + "` is an outcome: outcomes are computed, not given; use `expect`"
                    : ExprChecker.didYouMean(name, inputs.keySet());
            diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_UNKNOWN_INPUT, binding.input().span(), hint, name);
            return Optional.empty();
        }
        scope.referToName(binding.input());
        Member.BindingValue value = binding.value();
        if (value instanceof Member.MissingValue) {
            return Optional.empty();
        }
        InputKind kind = input.spec().kind();
        if (value instanceof Member.CodeValue code) {
            if (kind != InputKind.CODE) {
                bad(binding, "`" + name + "` takes " + ExprChecker.describe(input.type()) + ", not the name `" + code.code().text() + "`");
                return Optional.empty();
            }
            if (!input.codes().contains(code.code().text())) {
                diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_CODE, code.span(),
                        ExprChecker.didYouMean(code.code().text(), input.codes().names()), code.code().text(),
                        input.codes().describe());
                return Optional.empty();
            }
            scope.referToCode(input.codes(), code.code());
            return Optional.of(code.code().text());
        }
        Expr.Literal literal = ((Member.LiteralValue) value).literal();
        if (literal instanceof Expr.BooleanLiteral bool) {
            if (kind != InputKind.BOOLEAN) {
                bad(binding, "`" + name + "` takes " + ExprChecker.describe(input.type()) + ", not " + bool.value());
                return Optional.empty();
            }
            return Optional.of(bool.value());
        }
        Expr.NumberLiteral number = (Expr.NumberLiteral) literal;
        if (kind == InputKind.BOOLEAN || kind == InputKind.CODE) {
            bad(binding, "`" + name + "` takes " + (kind == InputKind.BOOLEAN ? "true or false" : input.codes().describe())
                    + ", not a number");
            return Optional.empty();
        }
        return number(binding, input, number);
    }

    private Optional<Object> number(Member.Binding binding, InputDecl input, Expr.NumberLiteral number) {
        Optional<Unit> written = literals.unit(number);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = input.spec().unit();
        if (written.get() == Unit.NONE && unit != Unit.NONE && unit != Unit.COUNT) {
            diagnostics.reportWithHint(DiagnosticCode.UNIT_MISSING, number.span(),
                    "write `" + number.value().toPlainString() + (unit == Unit.PERCENT ? "%" : " " + unit.symbol()) + "`",
                    "`" + number.span().text() + "` has no unit, but `" + input.name() + "` is in " + unit.symbol());
            return Optional.empty();
        }
        BigDecimal exact = number.value();
        if (written.get() != Unit.NONE && written.get() != unit) {
            if (!written.get().convertibleTo(unit)) {
                bad(binding, "`" + input.name() + "` is in " + (unit == Unit.NONE ? "no unit" : unit.symbol())
                        + ", not " + written.get().symbol());
                return Optional.empty();
            }
            Optional<BigDecimal> converted = written.get().convertExactly(number.value(), unit);
            if (converted.isEmpty()) {
                bad(binding, "`" + number.span().text() + "` does not come out even in " + unit.symbol() + ": give `"
                        + input.name() + "` in " + unit.symbol());
                return Optional.empty();
            }
            exact = converted.get();
        }
        // An example is a patient, whose numbers are doubles each standing for its shortest decimal
        // (as the validator refuses a JSON number no double stands for).
        if (!Decimals.fitsDouble(exact)) {
            bad(binding, "`" + number.span().text() + "` has more digits than can be kept exactly (it would be read as "
                    + unit.format(exact.doubleValue()) + "): write it with at most 15 significant digits");
            return Optional.empty();
        }
        double value = exact.doubleValue();
        if (!input.spec().range().contains(value)) {
            bad(binding, "`" + input.name() + " = " + number.span().text() + "` is outside its valid range "
                    + input.spec().range() + (unit == Unit.NONE || unit == Unit.COUNT ? "" : " " + unit.symbol()));
            return Optional.empty();
        }
        if (input.spec().kind() == InputKind.INTEGER && value != Math.rint(value)) {
            bad(binding, "`" + input.name() + "` takes whole numbers, not " + number.span().text());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void bad(Member.Binding binding, String message) {
        diagnostics.report(DiagnosticCode.EXAMPLE_BAD_VALUE, binding.value().span(), message);
    }

    private Optional<ExampleCase.Expectation> expectation(Member.Expectation expectation) {
        Expr.Reference target = expectation.target();
        Optional<CExpr.OutcomeRef> ref = outcome(target);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = ref.get().outcome();
        if (expectation instanceof Member.ExpectUndetermined u) {
            TreeSetOrNull missing = missing(u.missing());
            return missing.valid ? Optional.of(new ExampleCase.ExpectUndetermined(target.display(), ref.get(),
                    missing.names, u.span())) : Optional.empty();
        }
        Member.ExpectValue v = (Member.ExpectValue) expectation;
        if (outcome.type() instanceof Type.Code code) {
            if (v.code() == null) {
                diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_BAD_EXPECTATION, v.span(),
                        "the codes are " + String.join(", ", code.codes().names()),
                        "`" + target.display() + "` yields a code, not true or false");
                return Optional.empty();
            }
            if (!code.codes().contains(v.code().text())) {
                String hint = ExprChecker.didYouMean(v.code().text(), code.codes().names());
                diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_BAD_EXPECTATION, v.code().span(),
                        hint != null ? hint : "the codes are " + String.join(", ", code.codes().names()),
                        "`" + v.code().text() + "` is not a code of `" + target.display() + "`");
                return Optional.empty();
            }
            scope.referToCode(code.codes(), v.code());
            return Optional.of(new ExampleCase.ExpectValue(target.display(), ref.get(), v.code().text(), v.span()));
        }
        if (v.bool() == null) {
            diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_BAD_EXPECTATION, v.code().span(),
                    "expect `true` or `false`",
                    "`" + target.display() + "` is a recommendation: it applies (true) or not (false)");
            return Optional.empty();
        }
        return Optional.of(new ExampleCase.ExpectValue(target.display(), ref.get(), v.bool(), v.span()));
    }

    private Optional<CExpr.OutcomeRef> outcome(Expr.Reference target) {
        if (target.qualifier() == null) {
            Outcome outcome = outcomes.get(target.name().text());
            if (outcome == null) {
                String hint = inputs.containsKey(target.name().text())
                        ? "`" + target.name().text() + "` is an input: set it with `given`"
                        : ExprChecker.didYouMean(target.name().text(), outcomes.keySet());
                diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_UNKNOWN_OUTCOME, target.span(), hint,
                        target.display());
                return Optional.empty();
            }
            scope.referToName(target.name());
            return Optional.of(new CExpr.OutcomeRef(guideline, null, outcome, target.span()));
        }
        CheckedGuideline imported = scope.imported(target.qualifier()).orElse(null);
        Optional<Outcome> outcome = imported == null ? Optional.empty() : imported.outcome(target.name().text());
        if (outcome.isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_UNKNOWN_OUTCOME, target.span(),
                    imported == null ? "`" + target.qualifier().text() + "` names no imported guideline" : null,
                    target.display());
            return Optional.empty();
        }
        scope.referToImported(target.qualifier(), target.name());
        return Optional.of(new CExpr.OutcomeRef(imported.id(), target.qualifier().text(), outcome.get(), target.span()));
    }

    private TreeSetOrNull missing(List<Name> names) {
        if (names == null) {
            return new TreeSetOrNull(null, true);
        }
        TreeSet<String> set = new TreeSet<>();
        boolean valid = true;
        for (Name name : names) {
            if (!inputs.containsKey(name.text())) {
                String hint = ExprChecker.didYouMean(name.text(), inputs.keySet());
                diagnostics.reportWithHint(DiagnosticCode.EXAMPLE_BAD_EXPECTATION, name.span(),
                        hint != null ? hint : "list the inputs whose values are missing: the inputs are "
                                + String.join(", ", inputs.keySet()),
                        "`missing` lists inputs, and `" + name.text() + "` is not one");
                valid = false;
            } else {
                scope.referToName(name);
            }
            set.add(name.text());
        }
        return new TreeSetOrNull(set, valid);
    }

    private record TreeSetOrNull(TreeSet<String> names, boolean valid) {}
}
