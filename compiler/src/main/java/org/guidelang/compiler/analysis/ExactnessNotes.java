package org.guidelang.compiler.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * Says where a guideline's answers for missing data are sound rather than exact (GL712, a note):
 * at each expression that reads an input in a way the refinement cannot split into cells
 * ({@link InputCells}), so that a committee sees which conditions can leave an outcome
 * undetermined although every value of the missing input would decide it (docs/language.md §9.1).
 */
public final class ExactnessNotes {
    private static final String HINT = "exact answers split a missing input at the constants and parameters it is "
            + "compared with; where the guideline allows, compare the input itself with constants "
            + "(docs/language.md §9.1, \"Sound rather than exact\")";

    private ExactnessNotes() {}

    public static void report(CheckedGuideline guideline, Diagnostics diagnostics) {
        for (InputCells.WithoutCells found : InputCells.withoutCells(guideline)) {
            CExpr site = found.site();
            diagnostics.reportWithHint(DiagnosticCode.SOUND_NOT_EXACT, site.span(), HINT, oneLine(site.span().text()),
                    found.askedIfKnown() ? askedIfKnown(site, found.inputs().get(0)) : why(site, found.inputs()),
                    which(found.inputs()));
        }
    }

    private static String askedIfKnown(CExpr site, String input) {
        String because = " is never given a value, because the guideline asks whether it is known elsewhere";
        return site instanceof CExpr.InputRef ? "is read by value, but a missing `" + input + "`" + because
                : "reads `" + input + "`, but a missing `" + input + "`" + because;
    }

    private static String why(CExpr site, List<String> inputs) {
        if (readsArithmetic(site)) {
            return "reads " + names(inputs, "and") + " in arithmetic";
        }
        return "compares " + names(inputs, "and") + " with another input, a computed number or an outcome";
    }

    private static String which(List<String> inputs) {
        return names(inputs, "or") + " is";
    }

    private static boolean readsArithmetic(CExpr expr) {
        if (expr instanceof CExpr.Arithmetic || expr instanceof CExpr.Negate n && !(n.operand() instanceof CExpr.Const)) {
            return true;
        }
        if (expr instanceof CExpr.DefinitionRef d) {
            return readsArithmetic(d.definition().value());
        }
        if (expr instanceof CExpr.Compare c) {
            return readsArithmetic(c.left()) || readsArithmetic(c.right());
        }
        if (expr instanceof CExpr.InRange r) {
            return readsArithmetic(r.operand()) || r.low() != null && readsArithmetic(r.low())
                    || r.high() != null && readsArithmetic(r.high());
        }
        if (expr instanceof CExpr.InSet s) {
            return readsArithmetic(s.operand()) || s.items().stream().anyMatch(ExactnessNotes::readsArithmetic);
        }
        return false;
    }

    /** {@code `a`}, {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    private static String names(List<String> inputs, String conjunction) {
        List<String> quoted = inputs.stream().map(n -> "`" + n + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + conjunction + " " + quoted.get(quoted.size() - 1);
    }

    /** An expression's text on one line, as a message quotes it. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
