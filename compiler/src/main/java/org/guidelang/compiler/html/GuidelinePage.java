package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.eval.RuleCoverage;
import org.guidelang.compiler.html.GuidelineVars.CodeRow;
import org.guidelang.compiler.html.GuidelineVars.ConstraintRow;
import org.guidelang.compiler.html.GuidelineVars.DefinitionRow;
import org.guidelang.compiler.html.GuidelineVars.HistoryRow;
import org.guidelang.compiler.html.GuidelineVars.InputRow;
import org.guidelang.compiler.html.GuidelineVars.Link;
import org.guidelang.compiler.html.GuidelineVars.Meta;
import org.guidelang.compiler.html.GuidelineVars.ParamView;
import org.guidelang.compiler.html.GuidelineVars.RecommendationView;
import org.guidelang.compiler.html.GuidelineVars.ReferenceView;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.SourceRef;

/** Builds the view of one guideline's page from the checked model. */
final class GuidelinePage {
    private final CheckedGuideline guideline;
    private final Interpreter interpreter;
    private final PageAnchors anchors;
    private final Notation notation;

    /** The page of an analysed guideline, whose examples the interpreter works through. */
    GuidelinePage(GuidelineAnalysis analysis) {
        this.guideline = analysis.guideline();
        this.interpreter = new Interpreter(analysis);
        this.anchors = new PageAnchors(guideline);
        this.notation = new Notation(anchors);
    }

    /**
     * The page's variables; {@code usedBy} are the guidelines that import this one, {@code
     * conflicts} the conflict declarations that relate it.
     */
    GuidelineVars vars(String stylesheet, List<CheckedGuideline> usedBy, List<GuidelineVars.ConflictView> conflicts) {
        List<GuidelineVars.TableView> tables = new ArrayList<>();
        List<GuidelineVars.CriteriaView> criteria = new ArrayList<>();
        List<RecommendationView> recommendations = new ArrayList<>();
        DecisionTables tableViews = new DecisionTables(notation, anchors);
        CriteriaSets criteriaViews = new CriteriaSets(notation, anchors);
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable table) {
                tables.add(tableViews.view(table));
            } else if (outcome instanceof CriteriaSet set) {
                criteria.add(criteriaViews.view(set));
            } else {
                recommendations.add(recommendation((Recommendation) outcome));
            }
        }
        List<Link> uses = guideline.imports().stream()
                .map(i -> link(i.guideline(), i.alias()))
                .toList();
        List<Link> users = usedBy.stream().map(g -> link(g, "")).toList();
        List<ExampleRunner.Run> runs = ExampleRunner.run(interpreter);
        return new GuidelineVars(stylesheet, meta(), uses, users, inputs(), definitions(), constraints(), tables,
                criteria, recommendations, conflicts, params(), WorkedCases.of(interpreter, runs),
                CoverageViews.of(RuleCoverage.of(guideline, runs)), references());
    }

    private Meta meta() {
        return new Meta(guideline.id(), guideline.title(), guideline.version(), guideline.status(),
                String.join(", ", guideline.authors()), orEmpty(guideline.committee()),
                guideline.issued() == null ? "" : guideline.issued().toString(),
                guideline.updated() == null ? "" : guideline.updated().toString(),
                paragraphs(guideline.description()));
    }

    /** Paragraphs are separated by blank lines; a single line break is only where the source wrapped. */
    static List<String> paragraphs(String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : description.strip().split("\\n\\s*\\n")) {
            paragraphs.add(paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return paragraphs;
    }

    private static Link link(CheckedGuideline other, String alias) {
        return new Link(PageAnchors.page(other.id()), other.id(), other.title(), alias);
    }

    private List<InputRow> inputs() {
        List<InputRow> rows = new ArrayList<>();
        for (InputDecl input : guideline.inputs()) {
            List<CodeRow> codes = input.codes() == null ? List.of()
                    : input.codes().codes().stream().map(GuidelinePage::codeRow).toList();
            boolean inherited = !input.guideline().equals(guideline.id());
            rows.add(new InputRow(PageAnchors.inputAnchor(input.name()), input.name(), input.spec().description(),
                    ValueWords.type(input), ValueWords.unit(input), ValueWords.range(input), codes,
                    inherited ? input.guideline() : "", inherited ? PageAnchors.page(input.guideline()) : ""));
        }
        return rows;
    }

    private static CodeRow codeRow(CodeSet.Code code) {
        return new CodeRow(Notation.codeName(code.name()), code.label().equals(code.name()) ? "" : code.label());
    }

    private List<DefinitionRow> definitions() {
        return guideline.definitions().stream()
                .map(d -> new DefinitionRow(PageAnchors.definitionAnchor(d.name()), d.name(), orEmpty(d.label()),
                        notation.html(d.value())))
                .toList();
    }

    private List<ConstraintRow> constraints() {
        List<ConstraintRow> rows = new ArrayList<>();
        for (Constraint constraint : guideline.constraints()) {
            boolean inherited = !constraint.guideline().equals(guideline.id());
            rows.add(new ConstraintRow(PageAnchors.constraintAnchor(constraint.name()), constraint.name(),
                    constraint.rationale(), notation.html(constraint.condition()), anchors.citations(constraint.citations()),
                    inherited ? constraint.guideline() : "", inherited ? PageAnchors.page(constraint.guideline()) : ""));
        }
        return rows;
    }

    private RecommendationView recommendation(Recommendation rec) {
        return new RecommendationView(PageAnchors.outcomeAnchor(rec.name()), rec.name(), rec.text(),
                rec.condition() == null ? Html.EMPTY : notation.html(rec.condition()),
                rec.strength() == null ? "" : rec.strength().word(),
                rec.evidence() == null ? "" : rec.evidence().word().replace('_', ' '),
                anchors.citations(rec.citations()));
    }

    private List<ParamView> params() {
        List<ParamView> views = new ArrayList<>();
        for (ParamDecl param : guideline.params()) {
            List<HistoryRow> history = param.history().stream()
                    .map(h -> new HistoryRow(h.valueText(), h.since() == null ? "" : h.since().toString(),
                            orEmpty(h.note()), anchors.citations(h.citations())))
                    .toList();
            views.add(new ParamView(PageAnchors.paramAnchor(param.name()), param.name(), param.valueText(),
                    orEmpty(param.rationale()), anchors.citations(param.citations()), history));
        }
        return views;
    }

    private List<ReferenceView> references() {
        List<ReferenceView> views = new ArrayList<>();
        for (SourceRef source : guideline.sources()) {
            String doi = orEmpty(source.doi());
            String url = orEmpty(source.url());
            boolean web = url.startsWith("https://") || url.startsWith("http://");
            views.add(new ReferenceView(PageAnchors.sourceAnchor(source.id()), source.id(), source.citation(), doi,
                    doi.isEmpty() ? "" : "https://doi.org/" + Html.urlPath(doi), url, web ? url : ""));
        }
        return views;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
