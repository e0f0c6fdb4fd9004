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
                    why(found), names(found.inputs(), "or") + " is");
        }
    }

    private static String why(InputCells.WithoutCells found) {
        String inputs = names(found.inputs(), "and");
        return switch (found.why()) {
            case ARITHMETIC -> "reads " + inputs + " in arithmetic";
            case COMPARED -> "compares " + inputs + " with another input, a computed number or an outcome";
            case ASKED_IF_KNOWN -> (found.site() instanceof CExpr.InputRef ? "is read by value, but" : "reads " + inputs
                    + ", but") + " a missing " + inputs + " is never given a value, because the guideline asks whether "
                    + "it is known elsewhere";
        };
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
