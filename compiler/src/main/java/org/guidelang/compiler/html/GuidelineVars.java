package org.guidelang.compiler.html;

import java.util.List;

/**
 * The variables of {@code guideline.vm}: one guideline's page, every part already in the words
 * and markup the page shows. Lists are empty, never null, when a guideline has none of a part.
 */
record GuidelineVars(
        String stylesheet,
        Meta meta,
        List<Link> uses,
        List<Link> usedBy,
        List<InputRow> inputs,
        List<DefinitionRow> definitions,
        List<ConstraintRow> constraints,
        List<TableView> tables,
        List<CriteriaView> criteriaSets,
        List<RecommendationView> recommendations,
        List<ConflictView> conflicts,
        List<ParamView> params,
        List<WorkedCase> examples,
        List<CoverageView> coverage,
        List<ReferenceView> references)
        implements TemplateVars {

    @Override
    public String template() {
        return "guideline.vm";
    }

    /** The header: {@code updated}, {@code issued}, {@code authors} and {@code committee} may be empty. */
    public record Meta(String id, String title, String version, String status, String authors, String committee,
            String issued, String updated, List<String> description) {}

    /** A link to another guideline's page; {@code alias} is how the importing guideline names it. */
    public record Link(String href, String id, String title, String alias) {}

    /** One code with its label. */
    public record CodeRow(String name, String label) {}

    /** An input; {@code from} and {@code fromHref} name the guideline that declares it when imported. */
    public record InputRow(String anchor, String name, String meaning, String type, String unit, String range,
            List<CodeRow> codes, String from, String fromHref) {}

    public record DefinitionRow(String anchor, String name, String label, Html expression) {}

    /**
     * A constraint between inputs: what must hold, why, and where it is stated; {@code from} and
     * {@code fromHref} name the guideline that declares it when imported, {@code citations} may be empty.
     */
    public record ConstraintRow(String anchor, String name, String rationale, Html condition, Html citations,
            String from, String fromHref) {}

    /** A decision table: conditions in {@code columns} (one cell per column in every rule). */
    public record TableView(String anchor, String name, String label, String policy, List<String> columns,
            List<RuleRow> rules, List<CodeRow> codes, Html citations, Html diagram) {}

    /** One rule; the otherwise row has {@code number} "otherwise" and empty cells. */
    public record RuleRow(String number, List<Html> cells, String code, String codeLabel, Html citations) {}

    public record CriteriaView(String anchor, String name, String label, String requirement, List<CriterionRow> criteria,
            List<OutcomeRow> outcomes, Html citations, Html diagram) {}

    public record CriterionRow(String anchor, int number, String name, String label, boolean relative, Html condition,
            Html citations) {}

    /** {@code kind} is met, exception or unmet. */
    public record OutcomeRow(String kind, String code, String label) {}

    /** {@code condition} is empty when the recommendation always applies; strength and evidence may be empty. */
    public record RecommendationView(String anchor, String name, String text, Html condition, String strength,
            String evidence, Html citations) {}

    /**
     * A conflict declaration: the answers that must never go together ({@code condition}), why, and
     * the other guidelines it relates; {@code declaredIn} and {@code declaredHref} are empty on the
     * page of the guideline that declares it.
     */
    public record ConflictView(String anchor, String name, String rationale, Html condition, Html citations,
            List<Link> relates, String declaredIn, Html declaredHref) {}

    public record ParamView(String anchor, String name, String value, String rationale, Html citations,
            List<HistoryRow> history) {}

    /** An earlier value; {@code since} is empty when no year was given. */
    public record HistoryRow(String value, String since, String note, Html citations) {}

    /** An example as computed by the interpreter at build time. */
    public record WorkedCase(String anchor, String title, boolean passed, List<Given> givens, List<ResultRow> results) {}

    /**
     * How far the worked cases exercise one outcome ({@code anchor} is the outcome's section): each
     * rule, criterion or condition, and {@code codesNever} the codes no case yields (empty: none).
     */
    public record CoverageView(String anchor, String kind, String name, List<CoverageRow> rows, String codesNever) {}

    /**
     * One rule, {@code otherwise}, criterion or condition, with the worked cases that made it true
     * and false and how many left it unknown; {@code covered} as {@code guidec test --coverage} says.
     */
    public record CoverageRow(String item, boolean covered, List<CaseLink> whenTrue, List<CaseLink> whenFalse,
            int unknown) {}

    /** A link to worked case {@code number}, whose {@code anchor} is {@code example-3}. */
    public record CaseLink(String anchor, String number) {}

    /** One input of a worked case; {@code missing} when the example leaves it out. */
    public record Given(String name, String value, boolean missing) {}

    /** One outcome of a worked case: what the example expects and what the interpreter concluded, and why. */
    public record ResultRow(String outcome, String expected, String actual, boolean passed, List<Step> why) {}

    /** One step of an explanation: {@code status} is held, failed, unknown or skipped. */
    public record Step(String status, String element, String text, String values) {}

    /**
     * A source; {@code doi}, {@code doiHref} and {@code url} are empty when it has none, and {@code urlHref}
     * is empty unless the URL is http or https (no other scheme becomes a link).
     */
    public record ReferenceView(String anchor, String id, String citation, String doi, String doiHref, String url,
            String urlHref) {}
}
