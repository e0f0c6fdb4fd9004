package org.guidelang.compiler.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.ast.Text;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.JavaPackage;
import org.guidelang.compiler.source.SourceSpan;

/** Checks a guideline's metadata: each item at most once, known status, real dates. */
final class HeaderChecker {
    static final List<String> STATUSES = List.of("draft", "active", "retired");

    private final Diagnostics diagnostics;
    private final Map<String, SourceSpan> seen = new HashMap<>();

    HeaderChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Header check(Guideline guideline) {
        String title = null;
        String status = null;
        List<String> authors = new ArrayList<>();
        String committee = null;
        LocalDate issued = null;
        LocalDate updated = null;
        String description = null;
        String packageName = null;
        for (Member member : guideline.members()) {
            if (member instanceof Member.Title t && once("title", t.span())) {
                title = t.text().value();
            } else if (member instanceof Member.Status s && once("status", s.span())) {
                status = status(s.value());
            } else if (member instanceof Member.Authors a && once("authors", a.span())) {
                a.names().stream().map(Text::value).forEach(authors::add);
            } else if (member instanceof Member.Committee c && once("committee", c.span())) {
                committee = c.text().value();
            } else if (member instanceof Member.Issued i && once("issued", i.span())) {
                issued = date(i.date());
            } else if (member instanceof Member.Updated u && once("updated", u.span())) {
                updated = date(u.date());
            } else if (member instanceof Member.Description d && once("description", d.span())) {
                description = d.text().value();
            } else if (member instanceof Member.Package p && once("package", p.span())) {
                packageName = javaPackage(p);
            }
        }
        if (title == null) {
            diagnostics.reportWithHint(DiagnosticCode.MISSING_TITLE, guideline.id().span(),
                    "add `title \"…\"`: documents and explanations show it", guideline.id().text());
        }
        if (issued != null && updated != null && updated.isBefore(issued)) {
            Member.Updated u = (Member.Updated) guideline.members().stream()
                    .filter(Member.Updated.class::isInstance).findFirst().orElseThrow();
            diagnostics.reportWithHint(DiagnosticCode.DATES_OUT_OF_ORDER, u.date().span(),
                    "`updated` is the date of the last revision, on or after `issued`: check both dates", updated,
                    issued);
        }
        return new Header(title, status == null ? "draft" : status, authors, committee, issued, updated, description,
                packageName);
    }

    private boolean once(String keyword, SourceSpan span) {
        SourceSpan earlier = seen.putIfAbsent(keyword, span);
        if (earlier != null) {
            // Point at the keyword: the clause as a whole may run over several lines.
            SourceSpan word = span.file().span(span.start(), span.start() + keyword.length());
            diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_HEADER, word, "a guideline has one " + keyword
                    + ": remove one of them", keyword, earlier.line());
            return false;
        }
        return true;
    }

    /**
     * The package name, or null after reporting a part that Java does not accept (a keyword such
     * as `new`) or a package of the JDK (`java.lang`).
     */
    private String javaPackage(Member.Package declared) {
        Optional<JavaPackage.Problem> problem =
                JavaPackage.problem(declared.parts().stream().map(Name::text).toList());
        if (problem.isPresent()) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_JAVA_PACKAGE,
                    declared.parts().get(problem.get().part()).span(), problem.get().reason(), declared.dotted(),
                    problem.get().summary());
            return null;
        }
        return declared.dotted();
    }

    private String status(Name value) {
        if (!Set.copyOf(STATUSES).contains(value.text())) {
            String guess = ExprChecker.didYouMean(value.text(), STATUSES);
            diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_STATUS, value.span(),
                    guess != null ? guess : "write `draft`, `active` or `retired`", value.text());
            return null;
        }
        return value.text();
    }

    private LocalDate date(Name date) {
        try {
            return LocalDate.parse(date.text());
        } catch (DateTimeParseException e) {
            diagnostics.reportWithHint(DiagnosticCode.BAD_DATE, date.span(), dateHint(date.text()), date.text());
            return null;
        }
    }

    /** Says what is wrong with a YYYY-MM-DD text that is not a date. */
    private static String dateHint(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        int day = Integer.parseInt(text.substring(8, 10));
        if (month < 1 || month > 12) {
            return "months run from 01 to 12; dates are written YYYY-MM-DD";
        }
        if (day < 1) {
            return "days run from 01; dates are written YYYY-MM-DD";
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                + yearMonth.lengthOfMonth() + " days";
    }
}
