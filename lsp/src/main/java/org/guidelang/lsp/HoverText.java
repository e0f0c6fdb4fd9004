package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.ast.Citation;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Node;
import org.guidelang.compiler.ast.Text;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.runtime.Unit;

/**
 * The Markdown an editor shows on hover over a name: what the declaration is, from its syntax
 * (an input's type, unit, range and description; a parameter's value, rationale, citations and
 * history; an outcome's codes and labels; a source's reference and DOI), and, for a name declared
 * in an imported guideline, which guideline and file it comes from.
 */
final class HoverText {
    private final Snapshot snapshot;
    private final List<String> lines = new ArrayList<>();

    private HoverText(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The hover for {@code declaration} seen from guideline {@code here}; empty when its file has no syntax. */
    static Optional<String> of(Declaration declaration, String here, Snapshot snapshot) {
        Optional<Guideline> declaring = snapshot.syntaxOf(declaration);
        Optional<Node> node = declaring.flatMap(g -> DeclaredSyntax.of(declaration, g));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        HoverText hover = new HoverText(snapshot);
        hover.describe(node.get(), declaration, declaring.get());
        if (!declaration.guideline().equals(here)) {
            hover.paragraph("*From guideline `" + declaration.guideline() + "` (" + declaration.file().displayPath()
                    + ", line " + declaration.nameSpan().line() + ")*");
        }
        return Optional.of(String.join("\n", hover.lines).strip());
    }

    private void describe(Node node, Declaration declaration, Guideline guideline) {
        if (node instanceof Guideline g) {
            header("guideline " + g.id().text() + " version " + g.version().text());
            title(g);
            paragraph("File: " + g.file().displayPath());
        } else if (node instanceof Member.Input input) {
            input(input);
        } else if (node instanceof Member.Param param) {
            param(param, guideline);
        } else if (node instanceof Member.Define define) {
            header("define " + define.id().text() + " = " + define.value().span().text());
            label(define.label());
        } else if (node instanceof Member.Table table) {
            table(table, guideline);
        } else if (node instanceof Member.CriteriaSet set) {
            criteria(set, guideline);
        } else if (node instanceof Member.Recommendation rec) {
            recommendation(rec, guideline);
        } else if (node instanceof Member.Source source) {
            source(source);
        } else if (node instanceof Member.Import imp) {
            importedGuideline(imp);
        } else if (node instanceof Member.CodeDecl code) {
            header("code " + code.id().text());
            paragraph("A code of `" + declaration.owner() + "`" + (code.label() == null ? "" : ": " + code.label().value()));
        } else if (node instanceof Member.OutcomeMapping mapping) {
            header(mapping.kind().keyword() + " " + mapping.code().text());
            paragraph("The `" + mapping.kind().keyword() + "` outcome of criteria set `" + declaration.owner() + "`"
                    + (mapping.label() == null ? "" : ": " + mapping.label().value()));
        } else if (node instanceof Member.Criterion criterion) {
            header((criterion.relative() ? "relative " : "") + "criterion " + criterion.id().text() + ": "
                    + criterion.condition().span().text());
            paragraph("A criterion of `" + declaration.owner() + "`"
                    + (criterion.label() == null ? "" : ": " + criterion.label().value()));
        }
    }

    private void input(Member.Input input) {
        header("input " + input.id().text() + " : " + typeHeader(input.type()));
        if (input.description() != null) {
            paragraph(input.description().value());
        }
        if (input.type() instanceof Member.NumericType numeric) {
            List<String> facts = new ArrayList<>();
            facts.add("**Unit:** " + unit(numeric.unit().text()) + (numeric.per() == null ? "" : " per " + numeric.per().value()));
            if (numeric.range() != null) {
                facts.add("**Range:** " + numeric.range().span().text());
            }
            paragraph(String.join(" · ", facts));
        } else if (input.type() instanceof Member.CodeType codes) {
            paragraph("**Codes:**");
            codes.codes().forEach(this::codeItem);
        }
    }

    /** A unit as guidec prints values in it ({@code %} for {@code percent}); a number type as written. */
    private static String unit(String written) {
        return Unit.parse(written).map(Unit::symbol).filter(s -> !s.isEmpty()).orElse(written);
    }

    private static String typeHeader(Member.TypeSyntax type) {
        return type instanceof Member.CodeType ? "code" : type.span().text();
    }

    private void param(Member.Param param, Guideline guideline) {
        header("param " + param.id().text() + " = " + param.value().span().text());
        param.rationales().forEach(r -> paragraph(r.value()));
        citations(param.citations(), guideline);
        if (!param.history().isEmpty()) {
            paragraph("**History:**");
            for (Member.HistoryEntry entry : param.history()) {
                lines.add("- " + entry.value().span().text() + (entry.since() == null ? "" : " since " + entry.since().text())
                        + (entry.note() == null ? "" : ": " + entry.note().value())
                        + (entry.citations().isEmpty() ? "" : " (" + citationList(entry.citations()) + ")"));
            }
        }
    }

    private void table(Member.Table table, Guideline guideline) {
        header("table " + table.id().text() + " : code, hit " + table.policy().text()
                + (table.completeness() == null ? "" : " " + table.completeness().text()));
        label(table.label());
        paragraph("**Codes:**");
        table.codes().forEach(this::codeItem);
        citations(table.citations(), guideline);
    }

    private void criteria(Member.CriteriaSet set, Guideline guideline) {
        header("criteria " + set.id().text() + " " + set.requirement().span().text());
        label(set.label());
        paragraph("**Outcomes:**");
        for (Member.OutcomeMapping mapping : set.mappings()) {
            lines.add("- " + mapping.kind().keyword() + " `" + mapping.code().text() + "`"
                    + (mapping.label() == null ? "" : " — " + mapping.label().value()));
        }
        citations(set.citations(), guideline);
    }

    private void recommendation(Member.Recommendation rec, Guideline guideline) {
        header("recommend " + rec.id().text());
        paragraph(rec.text().value());
        List<String> grades = new ArrayList<>();
        rec.strengths().stream().findFirst().ifPresent(s -> grades.add("**Strength:** " + s.text()));
        rec.evidence().stream().findFirst().ifPresent(e -> grades.add("**Evidence:** " + e.text()));
        if (!grades.isEmpty()) {
            paragraph(String.join(" · ", grades));
        }
        citations(rec.citations(), guideline);
    }

    private void source(Member.Source source) {
        header("source " + source.id().text());
        paragraph(source.citation().value());
        for (Text doi : source.dois()) {
            paragraph("**DOI:** [" + doi.value() + "](https://doi.org/" + doi.value() + ")");
        }
        for (Text url : source.urls()) {
            paragraph("**URL:** <" + url.value() + ">");
        }
    }

    private void importedGuideline(Member.Import imp) {
        header("import " + imp.target().text() + (imp.alias() == null ? "" : " as " + imp.alias().text()));
        snapshot.compilation().syntax().stream().filter(g -> g.id().text().equals(imp.target().text())).findFirst()
                .ifPresent(g -> {
                    title(g);
                    paragraph("Version " + g.version().text() + ", " + g.file().displayPath());
                });
    }

    private void title(Guideline guideline) {
        guideline.members().stream().filter(Member.Title.class::isInstance).map(Member.Title.class::cast).findFirst()
                .ifPresent(t -> paragraph(t.text().value()));
    }

    private void codeItem(Member.CodeDecl code) {
        lines.add("- `" + code.id().text() + "`" + (code.label() == null ? "" : " — " + code.label().value()));
    }

    private void citations(List<Citation> citations, Guideline guideline) {
        if (citations.isEmpty()) {
            return;
        }
        paragraph("**Cites:**");
        for (Citation citation : citations) {
            String reference = guideline.members().stream().filter(Member.Source.class::isInstance)
                    .map(Member.Source.class::cast).filter(s -> s.id().text().equals(citation.source().text()))
                    .findFirst().map(s -> ": " + s.citation().value()).orElse("");
            lines.add("- " + citationText(citation) + reference);
        }
    }

    private static String citationList(List<Citation> citations) {
        return String.join(", ", citations.stream().map(HoverText::citationText).toList());
    }

    private static String citationText(Citation citation) {
        return "`" + citation.source().text() + "`" + (citation.locator() == null ? "" : " at " + citation.locator().value());
    }

    private void label(Text label) {
        if (label != null) {
            paragraph(label.value());
        }
    }

    private void header(String code) {
        lines.add("```guidelang");
        lines.add(code);
        lines.add("```");
    }

    private void paragraph(String text) {
        lines.add("");
        lines.add(text);
    }
}
