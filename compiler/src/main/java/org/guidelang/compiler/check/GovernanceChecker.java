package org.guidelang.compiler.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.ast.Text;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.Approval;

/**
 * Checks a guideline's governance clauses: an active guideline names who approved it, each
 * approval is complete and given once, and the next review comes after the approvals. Only this
 * check reads the calendar, and only when given today's date: a guideline past its review date
 * gets a warning from {@code guidec check}, while the generated Java and HTML, which never see
 * today's date, stay the same whenever they are built.
 */
final class GovernanceChecker {
    /** The checked clauses: approvals in the order written (those with a bad date left out), and the review date or null. */
    record Governance(List<Approval> approvals, LocalDate nextReview) {}

    private final Diagnostics diagnostics;
    private final LocalDate today;

    /** {@code today} is null where review dates are not to be compared with the calendar. */
    GovernanceChecker(Diagnostics diagnostics, LocalDate today) {
        this.diagnostics = diagnostics;
        this.today = today;
    }

    /**
     * Checks the clauses of guideline {@code id}; {@code status} is its checked status (null
     * when unknown), {@code lastRevision} its {@code updated} date (or {@code issued}), and
     * {@code date} reads a date, reporting one that is not in the calendar.
     */
    Governance check(String id, Member.Status status, String checkedStatus, LocalDate lastRevision,
            List<Member.Approved> approved, Member.Review review, Function<Name, LocalDate> date) {
        List<Approval> approvals = new ArrayList<>();
        Map<String, Member.Approved> seen = new HashMap<>();
        for (Member.Approved a : approved) {
            boolean complete = named(a.approver(), "who approved", "write the person or body that approved, "
                    + "such as \"GEP-NEN guideline committee\"")
                    & named(a.role(), "the role in which they approved", "write the role, such as \"chair\" or "
                    + "\"guideline committee\"");
            LocalDate on = date.apply(a.date());
            Member.Approved earlier = seen.putIfAbsent(key(a), a);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_APPROVAL, a.approver().span(),
                        "one approval per approver and role: remove this one, or keep the later date only",
                        quoted(a.approver()), quoted(a.role()), earlier.span().line());
            }
            if (!complete || on == null) {
                continue;
            }
            approvals.add(new Approval(a.approver().value(), a.role().value(), on));
            if (lastRevision != null && on.isBefore(lastRevision)) {
                diagnostics.reportWithHint(DiagnosticCode.APPROVAL_BEFORE_UPDATE, a.date().span(),
                        "an approval covers the text as it stood on its date: have this version approved again, "
                                + "or correct the date",
                        quoted(a.approver()) + " on " + on, lastRevision);
            }
        }
        if ("active".equals(checkedStatus) && approvals.isEmpty() && approved.isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.ACTIVE_WITHOUT_APPROVAL, status.value().span(),
                    "add `approved \"…\" role \"…\" on YYYY-MM-DD` for each approval of this version, or keep "
                            + "`status draft` until it is approved", id);
        }
        LocalDate nextReview = review == null ? null : date.apply(review.date());
        if (nextReview != null) {
            checkReviewDate(id, checkedStatus, review, nextReview, approvals);
        }
        return new Governance(approvals, nextReview);
    }

    private void checkReviewDate(String id, String status, Member.Review review, LocalDate nextReview,
            List<Approval> approvals) {
        Optional<Approval> latest = approvals.stream().max(Comparator.comparing(Approval::date));
        if (latest.isPresent() && !nextReview.isAfter(latest.get().date())) {
            diagnostics.reportWithHint(DiagnosticCode.REVIEW_BEFORE_APPROVAL, review.date().span(),
                    "the next review comes after the approvals of this version: correct one of the dates",
                    nextReview, "\"" + latest.get().approver() + "\" on " + latest.get().date());
        } else if (today != null && today.isAfter(nextReview) && !"retired".equals(status)) {
            diagnostics.reportWithHint(DiagnosticCode.REVIEW_OVERDUE, review.date().span(),
                    "have the committee review the guideline, then record the next date in `review by` "
                            + "(a patch release); a guideline no longer in use is `status retired`",
                    id, nextReview);
        }
    }

    /** True when {@code text} says something; reports an empty one. */
    private boolean named(Text text, String what, String hint) {
        if (!text.value().isBlank()) {
            return true;
        }
        diagnostics.reportWithHint(DiagnosticCode.EMPTY_APPROVAL, text.span(), hint, what);
        return false;
    }

    private static String key(Member.Approved a) {
        return a.approver().value().strip() + "\u0000" + a.role().value().strip();
    }

    private static String quoted(Text text) {
        return "\"" + text.value() + "\"";
    }
}
