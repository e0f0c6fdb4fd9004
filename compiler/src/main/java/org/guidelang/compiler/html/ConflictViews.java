package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidelang.compiler.html.GuidelineVars.ConflictView;
import org.guidelang.compiler.html.GuidelineVars.Link;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Conflict;

/**
 * The conflict declarations a guideline's page shows: those it declares, and those any guideline
 * of the site declares about its outcomes, each with the guidelines it relates and a link to where
 * it is declared. Names and citations link to the declaring guideline's page.
 */
final class ConflictViews {
    private final List<CheckedGuideline> site;
    private final Map<String, CheckedGuideline> byId;

    /** {@code site}: every guideline of the site, in page order. */
    ConflictViews(List<CheckedGuideline> site) {
        this.site = site;
        this.byId = site.stream().collect(Collectors.toMap(CheckedGuideline::id, Function.identity()));
    }

    List<ConflictView> of(CheckedGuideline shown) {
        List<ConflictView> views = new ArrayList<>();
        for (CheckedGuideline declaring : site) {
            boolean own = declaring.id().equals(shown.id());
            for (Conflict conflict : declaring.conflicts()) {
                if (own || conflict.guidelines().contains(shown.id())) {
                    views.add(view(declaring, conflict, own, shown));
                }
            }
        }
        return views;
    }

    private ConflictView view(CheckedGuideline declaring, Conflict conflict, boolean own, CheckedGuideline shown) {
        PageAnchors anchors = own ? new PageAnchors(declaring) : PageAnchors.from(declaring);
        String anchor = PageAnchors.conflictAnchor(conflict.name());
        List<Link> relates = conflict.guidelines().stream()
                .filter(id -> !id.equals(shown.id()) && byId.containsKey(id))
                .map(id -> new Link(PageAnchors.page(id), id, byId.get(id).title(), ""))
                .toList();
        return new ConflictView(own ? anchor : "conflict-" + declaring.id() + "-" + conflict.name(), conflict.name(),
                conflict.rationale(), new Notation(anchors).html(conflict.condition()),
                anchors.citations(conflict.citations()), relates, own ? "" : declaring.id(),
                own ? Html.EMPTY : new Html(Html.url(PageAnchors.page(declaring.id()) + "#" + anchor)));
    }
}
