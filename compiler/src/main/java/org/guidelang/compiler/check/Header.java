package org.guidelang.compiler.check;

import java.time.LocalDate;
import java.util.List;

import org.guidelang.compiler.model.Approval;

/** The checked metadata of a guideline; absent parts are null (authors and approvals empty). */
record Header(String title, String status, List<String> authors, String committee, LocalDate issued,
        LocalDate updated, String description, String packageName, List<Approval> approvals,
        LocalDate nextReview) {}
