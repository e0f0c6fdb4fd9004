package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.guidelang.compiler.html.GuidelineVars.CodeRow;
import org.guidelang.compiler.html.GuidelineVars.RuleRow;
import org.guidelang.compiler.html.GuidelineVars.TableView;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.References;

/**
 * Decision tables as a clinician reads them in a paper: one row per rule, one column per thing a
 * rule tests ({@code differentiation}, {@code ki67}), the outcome and its source. A rule's
 * condition is split at its top-level {@code and}s; each part goes into the column of the names
 * it reads. Tables whose rules test too many different things keep one "Condition" column.
 */
final class DecisionTables {
    /** More columns than this no longer read as a table on a printed page. */
    static final int MAX_COLUMNS = 5;

    private final Notation notation;
    private final PageAnchors anchors;

    DecisionTables(Notation notation, PageAnchors anchors) {
        this.notation = notation;
        this.anchors = anchors;
    }

    TableView view(DecisionTable table) {
        List<List<CExpr>> parts = table.rules().stream().map(r -> conjuncts(r.condition())).toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (List<CExpr> rule : parts) {
            for (CExpr part : rule) {
                columns.putIfAbsent(subject(part), columns.size());
            }
        }
        boolean split = columns.size() <= MAX_COLUMNS && !columns.containsKey("");
        List<String> headers = split ? new ArrayList<>(columns.keySet()) : List.of("Condition");
        List<RuleRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rules().size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            List<Html> cells = split ? cells(parts.get(i), columns) : List.of(notation.html(rule.condition()));
            rows.add(new RuleRow(String.valueOf(rule.number()), cells, Notation.codeName(rule.code()),
                    label(table.codes(), rule.code()), anchors.citations(rule.citations())));
        }
        if (table.otherwise() != null) {
            List<Html> empty = headers.stream().map(h -> Html.EMPTY).toList();
            rows.add(new RuleRow("otherwise", empty, Notation.codeName(table.otherwise().code()),
                    label(table.codes(), table.otherwise().code()), anchors.citations(table.otherwise().citations())));
        }
        return new TableView(PageAnchors.outcomeAnchor(table.name()), table.name(), table.label(), policy(table),
                headers, rows, codes(table.codes()), anchors.citations(table.citations()),
                new FlowDiagram(notation).table(table));
    }

    private List<Html> cells(List<CExpr> parts, Map<String, Integer> columns) {
        List<StringBuilder> cells = new ArrayList<>();
        columns.forEach((k, v) -> cells.add(new StringBuilder()));
        for (CExpr part : parts) {
            StringBuilder cell = cells.get(columns.get(subject(part)));
            if (cell.length() > 0) {
                cell.append(" and ");
            }
            cell.append((subject(part).contains(" / ") ? notation.html(part) : notation.cell(part)).markup());
        }
        return cells.stream().map(c -> new Html(c.toString())).toList();
    }

    static String policy(DecisionTable table) {
        return switch (table.policy()) {
            case FIRST -> "Rules are tried in order; the first rule that holds decides.";
            case UNIQUE -> "At most one rule holds for any patient.";
        };
    }

    static List<CodeRow> codes(CodeSet codes) {
        return codes.codes().stream().map(c -> new CodeRow(Notation.codeName(c.name()), c.label())).toList();
    }

    static String label(CodeSet codes, String code) {
        return codes.code(code).map(CodeSet.Code::label).filter(l -> !l.equals(code)).orElse("");
    }

    static List<CExpr> conjuncts(CExpr expr) {
        List<CExpr> parts = new ArrayList<>();
        if (expr instanceof CExpr.And and) {
            parts.addAll(conjuncts(and.left()));
            parts.addAll(conjuncts(and.right()));
        } else {
            parts.add(expr);
        }
        return parts;
    }

    /**
     * The names a condition reads, sorted and joined ({@code ki67 / mitoticCount}); empty for none.
     * A definition is a name of its own column; parameters are thresholds, not columns.
     */
    static String subject(CExpr expr) {
        TreeSet<String> names = new TreeSet<>();
        References.read(expr, new References.Reader() {
            @Override
            public void input(CExpr.InputRef ref) {
                names.add(ref.input().name());
            }

            @Override
            public void param(CExpr.ParamRef ref) {}

            @Override
            public void outcome(CExpr.OutcomeRef ref) {
                names.add(ref.display());
            }

            @Override
            public boolean definition(CExpr.DefinitionRef ref) {
                names.add(ref.definition().name());
                return false;
            }
        });
        return String.join(" / ", names);
    }
}
