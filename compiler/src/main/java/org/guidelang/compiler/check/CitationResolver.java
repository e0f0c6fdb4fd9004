package org.guidelang.compiler.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.guidelang.compiler.ast.Citation;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Text;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.compiler.symbols.SymbolTable;

/** The sources of one guideline, and every citation resolved against them. */
final class CitationResolver {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final SymbolTable.Builder symbols;
    private final Diagnostics diagnostics;
    private final Map<String, Member.Source> sources = new LinkedHashMap<>();
    private final Set<String> cited = new TreeSet<>();

    CitationResolver(SymbolTable.Builder symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    /** Collects the {@code source} members, reporting duplicates and malformed links. */
    List<SourceRef> declare(List<Member> members) {
        List<SourceRef> refs = new ArrayList<>();
        for (Member member : members) {
            if (!(member instanceof Member.Source source)) {
                continue;
            }
            Member.Source earlier = sources.putIfAbsent(source.id().text(), source);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_NAME, source.id().span(),
                        "give each source its own id, or remove the copy", source.id().text(), earlier.span().line());
                continue;
            }
            String doi = single(source.dois(), "doi");
            String url = single(source.urls(), "url");
            if (doi != null && !DOI.matcher(doi).matches()) {
                diagnostics.reportWithHint(DiagnosticCode.BAD_DOI, source.dois().get(0).span(),
                        "a DOI looks like `10.3390/jcm12072456`, without `https://doi.org/`", doi);
            }
            if (url != null && !URL.matcher(url).matches()) {
                diagnostics.reportWithHint(DiagnosticCode.BAD_URL, source.urls().get(0).span(),
                        "write the full address, starting with `https://`", url);
            }
            refs.add(new SourceRef(source.id().text(), source.citation().value(), doi, url));
        }
        return refs;
    }

    private String single(List<Text> values, String keyword) {
        if (values.size() > 1) {
            diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_CLAUSE, values.get(1).span(), "keep one", keyword,
                    values.get(0).span().line());
        }
        return values.isEmpty() ? null : values.get(0).value();
    }

    /** The citations, each checked to name a declared source. */
    List<CitationRef> resolve(List<Citation> citations) {
        List<CitationRef> refs = new ArrayList<>();
        for (Citation citation : citations) {
            String id = citation.source().text();
            if (!sources.containsKey(id)) {
                String hint = ExprChecker.didYouMean(id, sources.keySet());
                diagnostics.reportWithHint(DiagnosticCode.UNKNOWN_SOURCE, citation.source().span(),
                        hint != null ? hint : "declare it: `source " + id + " \"Author. Title. Journal Year\"`", id);
                continue;
            }
            cited.add(id);
            symbols.referToSource(id, citation.source().span());
            refs.add(new CitationRef(id, citation.locator() == null ? null : citation.locator().value()));
        }
        return refs;
    }

    void warnUncited() {
        for (Member.Source source : sources.values()) {
            if (!cited.contains(source.id().text())) {
                diagnostics.reportWithHint(DiagnosticCode.UNUSED_SOURCE, source.id().span(),
                        "cite it where it supports a rule, or remove it", source.id().text());
            }
        }
    }
}
