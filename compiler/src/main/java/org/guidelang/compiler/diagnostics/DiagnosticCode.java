package org.guidelang.compiler.diagnostics;

import java.util.Locale;

/**
 * The one catalogue of diagnostics: a stable code, a severity and a message template each.
 * Codes never change meaning once published; add new ones at the end of their block.
 * GL1xx syntax, GL2xx names, GL3xx types and units, GL4xx structure, GL5xx examples, GL6xx files,
 * GL7xx static analysis (coverage, overlap, reachability, conflicts between guidelines), GL8xx formatter and differ (reserved),
 * GL90x the Java back end.
 */
public enum DiagnosticCode {
    // --- syntax ---
    UNEXPECTED_TOKEN("GL100", Severity.ERROR, "unexpected %s; expected %s"),
    MISSING_TOKEN("GL101", Severity.ERROR, "missing %s %s"),
    UNTERMINATED_STRING("GL102", Severity.ERROR, "unterminated text: a quoted text must end with `\"`"),
    UNTERMINATED_COMMENT("GL103", Severity.ERROR, "unterminated comment: a `/*` comment must end with `*/`"),
    BAD_CHARACTER("GL104", Severity.ERROR, "unexpected character %s"),
    EMPTY_FILE("GL105", Severity.ERROR, "the file holds no guideline"),
    TOO_DEEP("GL106", Severity.ERROR, "expression nested too deeply to read"),
    EXTRA_INPUT("GL107", Severity.ERROR, "unexpected %s after the end of the guideline"),
    CONTROL_CHARACTER("GL108", Severity.ERROR, "invisible control character %s"),
    // --- names ---
    UNDEFINED_NAME("GL200", Severity.ERROR, "unknown name `%s`"),
    DUPLICATE_NAME("GL201", Severity.ERROR, "`%s` is already declared at line %d"),
    UNKNOWN_SOURCE("GL202", Severity.ERROR, "citation names no source `%s`"),
    UNKNOWN_CODE("GL203", Severity.ERROR, "`%s` is not a code of %s"),
    UNKNOWN_IMPORT("GL204", Severity.ERROR, "no guideline `%s` to import"),
    CYCLIC_IMPORT("GL205", Severity.ERROR, "guidelines import each other in a cycle: %s"),
    CYCLIC_DEFINITION("GL206", Severity.ERROR, "`%s` is defined in terms of itself: %s"),
    DUPLICATE_CODE("GL207", Severity.ERROR, "code `%s` is already declared at line %d"),
    DUPLICATE_GUIDELINE("GL208", Severity.ERROR, "guideline `%s` is already defined in %s"),
    INPUT_REDECLARED("GL209", Severity.ERROR, "input `%s` is already declared by the imported guideline `%s`"),
    DUPLICATE_HEADER("GL210", Severity.ERROR, "`%s` is already given at line %d"),
    UNKNOWN_OUTCOME("GL211", Severity.ERROR, "guideline `%s` has no outcome `%s`"),
    UNKNOWN_QUALIFIER("GL212", Severity.ERROR, "`%s` names no imported guideline"),
    IMPORT_NOT_CHECKED("GL213", Severity.WARNING, "`%s` is not checked until `%s`, which it imports, checks without errors"),
    JAVA_CLASS_CLASH("GL214", Severity.ERROR, "guideline `%s` would be the Java class %s, as guideline `%s` (%s) already is"),
    JAVA_NAME_CLASH("GL215", Severity.ERROR, "%s `%s` would be %s in the generated Java, as %s `%s` (%s) already is"),
    JAVA_NAME_RESERVED("GL216", Severity.ERROR, "%s `%s` would be %s in the generated Java, which the class already has: %s"),
    JAVA_CASE_CLASH("GL217", Severity.ERROR, "%s `%s` would be %s in the generated Java and %s `%s` (%s) would be %s: "
            + "their class files clash where file names ignore case (Windows, macOS)"),
    JAVA_CONSTANT_HIDES_TYPE("GL218", Severity.ERROR, "parameter `%s` would be the constant %s in the generated Java, "
            + "which hides %s (%s)"),
    IMPORT_ALIAS_AMBIGUOUS("GL219", Severity.ERROR, "alias `%s` names guideline `%s` here, but `%s` in `%s`, which "
            + "this guideline imports: explanation steps `%s.…` could not tell them apart"),
    // --- types and units ---
    TYPE_MISMATCH("GL300", Severity.ERROR, "%s"),
    UNIT_MISMATCH("GL301", Severity.ERROR, "cannot %s %s with %s"),
    UNIT_MISSING("GL302", Severity.ERROR, "%s"),
    UNKNOWN_UNIT("GL303", Severity.ERROR, "unknown unit `%s`"),
    UNKNOWN_TYPE("GL304", Severity.ERROR, "unknown type `%s`"),
    EMPTY_RANGE("GL305", Severity.ERROR, "the range %s holds no value"),
    BAD_TYPE_CLAUSE("GL306", Severity.ERROR, "%s"),
    DIVISION_BY_ZERO("GL307", Severity.ERROR, "`%s` divides by zero"),
    NUMBER_TOO_LARGE("GL308", Severity.ERROR, "the number %s is too large to compute with"),
    NUMBER_TOO_CLOSE_TO_ZERO("GL309", Severity.ERROR, "the number %s is too close to zero to tell from 0"),
    // --- structure ---
    UNKNOWN_HIT_POLICY("GL400", Severity.ERROR, "unknown hit policy `%s`"),
    UNDECLARED_OUTPUT("GL401", Severity.ERROR, "`%s` is not an output code of table `%s`"),
    NO_OUTCOME_MAPPING("GL402", Severity.ERROR, "criteria set `%s` maps no outcome"),
    INCOMPLETE_MAPPING("GL403", Severity.ERROR, "criteria set `%s` has no `%s` outcome"),
    RELATIVE_MISMATCH("GL404", Severity.ERROR, "%s"),
    AT_LEAST_OUT_OF_RANGE("GL405", Severity.ERROR, "`at least %s` %s"),
    EMPTY_TABLE("GL406", Severity.ERROR, "table `%s` has no rules"),
    EMPTY_CRITERIA("GL407", Severity.ERROR, "criteria set `%s` has no criteria"),
    UNKNOWN_GRADE("GL408", Severity.ERROR, "unknown %s `%s`"),
    DUPLICATE_CLAUSE("GL409", Severity.ERROR, "`%s` is already given at line %d"),
    MISSING_TITLE("GL410", Severity.WARNING, "guideline `%s` has no title"),
    UNKNOWN_STATUS("GL411", Severity.ERROR, "unknown status `%s`"),
    BAD_DATE("GL413", Severity.ERROR, "`%s` is not a calendar date"),
    BAD_DOI("GL414", Severity.WARNING, "`%s` does not look like a DOI"),
    BAD_URL("GL415", Severity.ERROR, "`%s` is not a web address"),
    UNUSED_CODE("GL416", Severity.WARNING, "no rule of table `%s` yields `%s`"),
    UNUSED_SOURCE("GL417", Severity.WARNING, "source `%s` is never cited"),
    UNUSED_PARAM("GL418", Severity.WARNING, "parameter `%s` is never used"),
    UNUSED_INPUT("GL419", Severity.WARNING, "input `%s` is never used"),
    DUPLICATE_MAPPING("GL420", Severity.ERROR, "`%s` outcome is already given at line %d"),
    DATES_OUT_OF_ORDER("GL422", Severity.WARNING, "updated date %s is before the issued date %s"),
    DUPLICATE_OUTPUT_CODE("GL423", Severity.ERROR, "code `%s` is already used by the `%s` outcome"),
    UNCITED_PARAM("GL424", Severity.WARNING, "parameter `%s` names no source"),
    TOO_MANY_INPUTS("GL425", Severity.ERROR, "guideline `%s` reads %d inputs (with those it imports); at most %d are supported"),
    CONFLICT_READS_INPUT("GL426", Severity.ERROR, "conflict `%s` reads the input `%s`%s"),
    UNCITED_CONFLICT("GL427", Severity.ERROR, "conflict `%s` names no source"),
    CONSTRAINT_READS_OUTCOME("GL428", Severity.ERROR, "constraint `%s` reads the outcome `%s`"),
    UNCITED_CONSTRAINT("GL429", Severity.WARNING, "constraint `%s` names no source"),
    CONTRADICTORY_CONSTRAINTS("GL430", Severity.ERROR, "no patient satisfies %s"),
    CONSTRAINT_ALWAYS_HOLDS("GL431", Severity.WARNING, "constraint `%s` holds for every patient: it rules nothing out"),
    // governance: approvals and review dates (GL432-GL437)
    ACTIVE_WITHOUT_APPROVAL("GL432", Severity.ERROR, "guideline `%s` is active but names no approval"),
    REVIEW_OVERDUE("GL433", Severity.WARNING, "guideline `%s` was due for review by %s"),
    EMPTY_APPROVAL("GL434", Severity.ERROR, "an approval must name %s"),
    DUPLICATE_APPROVAL("GL435", Severity.WARNING, "%s already approves in the role %s at line %d"),
    REVIEW_BEFORE_APPROVAL("GL436", Severity.WARNING, "the review date %s is not after the approval of %s"),
    APPROVAL_BEFORE_UPDATE("GL437", Severity.WARNING, "the approval of %s is before the last update on %s"),
    // --- examples ---
    EXAMPLE_UNKNOWN_INPUT("GL500", Severity.ERROR, "example sets unknown input `%s`"),
    EXAMPLE_BAD_VALUE("GL501", Severity.ERROR, "%s"),
    EXAMPLE_UNKNOWN_OUTCOME("GL502", Severity.ERROR, "example expects unknown outcome `%s`"),
    EXAMPLE_BAD_EXPECTATION("GL503", Severity.ERROR, "%s"),
    EXAMPLE_DUPLICATE_INPUT("GL504", Severity.ERROR, "input `%s` is already given at line %d"),
    EXAMPLE_NO_EXPECTATION("GL505", Severity.ERROR, "example \"%s\" expects nothing"),
    EXAMPLE_BREAKS_CONSTRAINT("GL506", Severity.ERROR, "example \"%s\" breaks constraint `%s`: %s"),
    // --- files ---
    UNREADABLE_FILE("GL600", Severity.ERROR, "cannot read the file: %s"),
    NOT_TEXT("GL601", Severity.ERROR, "the file is not UTF-8 text"),
    NO_GUIDELINE_FILES("GL602", Severity.WARNING, "no .guide files in %s"),
    // --- static analysis ---
    TABLE_GAP("GL700", Severity.WARNING, "table `%s` leaves patients unclassified: %s matches no rule (uncovered: %s)%s"),
    RULES_OVERLAP("GL701", Severity.WARNING,
            "rules %d and %d of unique table `%s` both hold for %s (both hold for: %s)"),
    UNREACHABLE_RULE("GL702", Severity.WARNING, "rule %d of table `%s` never applies: %s"),
    UNREACHABLE_OTHERWISE("GL703", Severity.WARNING,
            "the `otherwise` of table `%s` never applies: its rules classify every patient"),
    NEVER_TRUE("GL704", Severity.WARNING, "%s can never hold%s"),
    ALWAYS_TRUE("GL705", Severity.WARNING, "%s holds for every patient%s"),
    BEYOND_ANALYSIS("GL706", Severity.WARNING, "%s: the analysis cannot decide `%s` (%s)"),
    TOO_COMPLEX("GL707", Severity.WARNING, "%s has too many cases for the coverage analysis"),
    UNREACHABLE_OUTCOME("GL708", Severity.WARNING, "criteria set `%s` never yields `%s`: %s"),
    UNKNOWN_TABLE_CLAUSE("GL709", Severity.ERROR, "unknown table clause `%s`"),
    CONFLICT_REACHED("GL710", Severity.ERROR, "conflict `%s` is reached: %s"),
    CONFLICT_BEYOND_EXACTNESS("GL711", Severity.WARNING, "conflict `%s` is not proven absent: %s"),
    SOUND_NOT_EXACT("GL712", Severity.NOTE, "`%s` %s: where %s missing, answers that depend on it are sound but "
            + "may stay undetermined though every value would decide them"),
    // --- Java back end ---
    BAD_JAVA_PACKAGE("GL900", Severity.ERROR, "`%s` %s");

    private final String id;
    private final Severity severity;
    private final String template;

    DiagnosticCode(String id, Severity severity, String template) {
        this.id = id;
        this.severity = severity;
        this.template = template;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String template() {
        return template;
    }

    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
