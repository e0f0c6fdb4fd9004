package org.guidelang.compiler.diagnostics;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidelang.runtime.ControlCharacters;

/**
 * Diagnostics as a command prints them: each {@linkplain DiagnosticRenderer rendered} in turn,
 * but at most {@code limit} of one code and severity in one file; the others are counted in a
 * line after that file's last diagnostic ({@code … and 9,980 more GL702 warnings in this file}).
 * A table of ten thousand rules that hide each other gives ten thousand findings of one kind,
 * which nobody reads, and printing each with its source line took minutes and hundreds of
 * megabytes. The counts of a command's summary line stay the true ones.
 */
public final class DiagnosticListing {
    /** How many diagnostics of one code and severity a file shows, unless a command is told otherwise. */
    public static final int DEFAULT_LIMIT = 20;

    private DiagnosticListing() {}

    /**
     * Prints {@code diagnostics} (sorted, so that those of a file come together) to {@code out},
     * at most {@code limit} of one code and severity per file; a limit of 0 or less prints all.
     */
    public static void print(List<Diagnostic> diagnostics, int limit, PrintWriter out) {
        String file = null;
        Map<Kind, Integer> seen = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String path = diagnostic.span().file().displayPath();
            if (!path.equals(file)) {
                printLeftOut(file, seen, limit, out);
                seen.clear();
                file = path;
            }
            int count = seen.merge(new Kind(diagnostic.code(), diagnostic.severity()), 1, Integer::sum);
            if (limit <= 0 || count <= limit) {
                out.print(DiagnosticRenderer.render(diagnostic));
            }
        }
        printLeftOut(file, seen, limit, out);
    }

    /** The count line of each kind of which a file had more than {@code limit}, in order of first appearance. */
    private static void printLeftOut(String file, Map<Kind, Integer> seen, int limit, PrintWriter out) {
        if (limit <= 0) {
            return;
        }
        seen.forEach((kind, count) -> {
            if (count > limit) {
                int more = count - limit;
                out.println(String.format(Locale.ROOT, "%s: … and %,d more %s %s%s in this file", ControlCharacters.escape(file), more,
                        kind.code().id(), kind.severity().label(), more == 1 ? "" : "s"));
            }
        });
    }

    private record Kind(DiagnosticCode code, Severity severity) {}
}
