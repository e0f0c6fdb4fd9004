package org.guidelang.compiler.model;

import java.time.LocalDate;

/** One approval of a guideline version, as its {@code approved} clause states it: who, in what role, when. */
public record Approval(String approver, String role, LocalDate date) {}
