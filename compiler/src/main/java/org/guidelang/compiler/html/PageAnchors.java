package org.guidelang.compiler.html;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.SourceRef;

/**
 * The anchors of one guideline's page ({@code input-ki67}, {@code outcome-grade}, {@code
 * ref-que2022}) and the links to them, including links into the pages of imported guidelines.
 * A name gets a link only when the page it points to declares it. Links to the guideline's own
 * page are within the page ({@code #outcome-grade}), or, for what another guideline's page shows
 * of it (a conflict it declares), to its page ({@code who_grading.html#outcome-grade}).
 */
final class PageAnchors implements Notation.Anchors {
    private final CheckedGuideline guideline;
    private final Set<String> params;
    private final Set<String> sources;
    private final String base;

    PageAnchors(CheckedGuideline guideline) {
        this(guideline, "");
    }

    private PageAnchors(CheckedGuideline guideline, String base) {
        this.guideline = guideline;
        this.params = guideline.params().stream().map(p -> p.name()).collect(Collectors.toSet());
        this.sources = guideline.sources().stream().map(SourceRef::id).collect(Collectors.toSet());
        this.base = base;
    }

    /** The links of {@code guideline}'s page as another guideline's page writes them. */
    static PageAnchors from(CheckedGuideline guideline) {
        return new PageAnchors(guideline, page(guideline.id()));
    }

    /** The file of a guideline's page, relative to the other guideline pages. */
    static String page(String guidelineId) {
        return guidelineId + ".html";
    }

    static String inputAnchor(String name) {
        return "input-" + name;
    }

    static String paramAnchor(String name) {
        return "param-" + name;
    }

    static String definitionAnchor(String name) {
        return "def-" + name;
    }

    static String constraintAnchor(String name) {
        return "constraint-" + name;
    }

    static String outcomeAnchor(String name) {
        return "outcome-" + name;
    }

    static String sourceAnchor(String id) {
        return "ref-" + id;
    }

    static String conflictAnchor(String name) {
        return "conflict-" + name;
    }

    /** The link to {@code anchor} of this guideline's page, from the page that shows it. */
    String own(String anchor) {
        return base + "#" + anchor;
    }

    @Override
    public String input(String name) {
        return guideline.input(name).isPresent() ? own(inputAnchor(name)) : null;
    }

    @Override
    public String param(String name) {
        return params.contains(name) ? own(paramAnchor(name)) : null;
    }

    @Override
    public String definition(Definition definition) {
        // Identity, not equality: an imported guideline's definition of the same name lives on its own page.
        boolean own = guideline.definitions().stream().anyMatch(d -> d == definition);
        return own ? own(definitionAnchor(definition.name())) : null;
    }

    @Override
    public String outcome(CExpr.OutcomeRef ref) {
        String anchor = outcomeAnchor(ref.outcome().name());
        return ref.alias() == null ? own(anchor) : page(ref.guideline()) + "#" + anchor;
    }

    /** Citations as links to the references list: {@code que2022, Table 1; who2019}. */
    Html citations(List<CitationRef> citations) {
        StringBuilder out = new StringBuilder();
        for (CitationRef citation : citations) {
            if (out.length() > 0) {
                out.append("; ");
            }
            if (sources.contains(citation.source())) {
                out.append("<a href=\"").append(Html.url(own(sourceAnchor(citation.source())))).append("\">")
                        .append(Html.escape(citation.source())).append("</a>");
            } else {
                out.append(Html.escape(citation.source()));
            }
            if (citation.locator() != null) {
                out.append(", ").append(Html.escape(citation.locator()));
            }
        }
        return new Html(out.toString());
    }
}
