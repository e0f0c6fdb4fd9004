package org.guidelang.compiler.html;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;

/**
 * Decision-flow diagrams as inline SVG, in the manner of the NETLM paper's flowchart: a column of
 * tests, each leaving to an outcome on one branch and going down to the next test on the other.
 * A table is its rules in order (yes: the rule's code); a criteria set is its required criteria
 * (no: unmet), then its relative criteria (no: the exception), ending in met.
 *
 * <p>The layout is computed from character counts alone, so the same guideline always gives the
 * same bytes; every text is escaped.
 */
final class FlowDiagram {
    private static final int TEST_WIDTH = 380;
    private static final int END_WIDTH = 250;
    private static final int ARROW = 70;
    private static final int GAP = 34;
    private static final int LINE = 17;
    private static final int PAD = 10;
    /** Characters per line: about 7 px per character at 13 px. */
    private static final int TEST_CHARS = 50;
    private static final int END_CHARS = 32;

    private final Notation notation;

    FlowDiagram(Notation notation) {
        this.notation = notation;
    }

    /** A test of the chain; {@code exitOn} is the branch ("yes" or "no") that leaves it for {@code exit}. */
    record Test(String title, String text, String exitOn, End exit) {}

    /** An outcome box; {@code kind} picks its colour: met, exception, unmet, code or none. */
    record End(String title, String text, String kind) {}

    Html table(DecisionTable table) {
        List<Test> tests = new ArrayList<>();
        for (DecisionTable.Rule rule : table.rules()) {
            tests.add(new Test("Rule " + rule.number(), notation.text(rule.condition()), "yes",
                    new End(Notation.codeName(rule.code()), DecisionTables.label(table.codes(), rule.code()), "code")));
        }
        End last = table.otherwise() == null
                ? new End("No rule holds", "the outcome is undetermined", "none")
                : new End(Notation.codeName(table.otherwise().code()),
                        DecisionTables.label(table.codes(), table.otherwise().code()), "code");
        return render("flow-" + table.name(), table.label(), tests, "no", last);
    }

    Html criteria(CriteriaSet set) {
        End unmet = end(set, set.unmetCode(), "unmet");
        List<Test> tests = new ArrayList<>();
        List<CriteriaSet.Criterion> absolute = set.criteria().stream().filter(c -> !c.relative()).toList();
        if (set.requirement() == CriteriaSet.Requirement.ALL) {
            for (CriteriaSet.Criterion criterion : absolute) {
                tests.add(new Test("Criterion " + (set.criteria().indexOf(criterion) + 1) + ": " + criterion.label(),
                        notation.text(criterion.condition()), "no", unmet));
            }
        } else if (!absolute.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (CriteriaSet.Criterion criterion : absolute) {
                text.append(text.length() == 0 ? "" : "; ").append(criterion.label());
            }
            tests.add(new Test("At least " + set.required() + " of " + absolute.size() + " criteria",
                    text.toString(), "no", unmet));
        }
        for (CriteriaSet.Criterion criterion : set.criteria()) {
            if (criterion.relative()) {
                tests.add(new Test("Relative criterion " + (set.criteria().indexOf(criterion) + 1) + ": "
                        + criterion.label(), notation.text(criterion.condition()), "no",
                        end(set, set.exceptionCode(), "exception")));
            }
        }
        return render("flow-" + set.name(), set.label(), tests, "yes", end(set, set.metCode(), "met"));
    }

    private static End end(CriteriaSet set, String code, String kind) {
        return new End(Notation.codeName(code), DecisionTables.label(set.codes(), code), kind);
    }

    private static Html render(String id, String label, List<Test> tests, String downOn, End last) {
        int exitX = PAD + TEST_WIDTH + ARROW;
        int width = exitX + END_WIDTH + PAD;
        StringBuilder body = new StringBuilder();
        int y = PAD;
        for (Test test : tests) {
            List<String> lines = wrap(test.text(), TEST_CHARS);
            List<String> exitLines = wrap(test.exit().text(), END_CHARS);
            int testHeight = boxHeight(wrap(test.title(), TEST_CHARS).size() + lines.size());
            int exitHeight = boxHeight(wrap(test.exit().title(), END_CHARS).size() + exitLines.size());
            int rowHeight = Math.max(testHeight, exitHeight);
            int testY = y + (rowHeight - testHeight) / 2;
            box(body, "test", PAD, testY, TEST_WIDTH, testHeight, wrap(test.title(), TEST_CHARS), lines);
            int exitY = y + (rowHeight - exitHeight) / 2;
            box(body, test.exit().kind(), exitX, exitY, END_WIDTH, exitHeight, wrap(test.exit().title(), END_CHARS),
                    exitLines);
            int mid = y + rowHeight / 2;
            arrow(body, id, PAD + TEST_WIDTH, mid, exitX, mid);
            label(body, PAD + TEST_WIDTH + ARROW / 2, mid - 6, test.exitOn());
            int bottom = testY + testHeight;
            y += rowHeight + GAP;
            arrow(body, id, PAD + TEST_WIDTH / 2, bottom, PAD + TEST_WIDTH / 2, y);
            label(body, PAD + TEST_WIDTH / 2 + 18, bottom + GAP / 2 + 4, downOn);
        }
        List<String> lastLines = wrap(last.text(), TEST_CHARS);
        int lastHeight = boxHeight(wrap(last.title(), TEST_CHARS).size() + lastLines.size());
        box(body, last.kind(), PAD, y, TEST_WIDTH, lastHeight, wrap(last.title(), TEST_CHARS), lastLines);
        int height = y + lastHeight + PAD;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(Html.escape(id))
                .append("-title\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(Html.escape(id)).append("-title\">Decision flow: ")
                .append(Html.escape(label)).append("</title>\n");
        svg.append("<defs><marker id=\"").append(Html.escape(id)).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\""
                + " refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\""
                + " fill=\"#555\"/></marker></defs>\n");
        svg.append(body).append("</svg>");
        return new Html(svg.toString());
    }

    private static int boxHeight(int lines) {
        return lines * LINE + 2 * PAD - 4;
    }

    private static void box(StringBuilder out, String kind, int x, int y, int w, int h, List<String> title,
            List<String> lines) {
        String fill = switch (kind) {
            case "met" -> "#e3f1e6";
            case "exception" -> "#fdf1dc";
            case "unmet" -> "#f8e1e1";
            case "code" -> "#e6eef8";
            case "none" -> "#eeeeee";
            default -> "#ffffff";
        };
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" rx=\"").append(kind.equals("test") ? 4 : 12)
                .append("\" fill=\"").append(fill).append("\" stroke=\"#555\"/>\n");
        int baseline = y + PAD + 11 - LINE;
        for (String line : title) {
            baseline += LINE;
            out.append("<text x=\"").append(x + PAD).append("\" y=\"").append(baseline)
                    .append("\" font-weight=\"bold\">").append(Html.escape(line)).append("</text>\n");
        }
        for (String line : lines) {
            baseline += LINE;
            out.append("<text x=\"").append(x + PAD).append("\" y=\"").append(baseline).append("\">")
                    .append(Html.escape(line)).append("</text>\n");
        }
    }

    private static void arrow(StringBuilder out, String id, int x1, int y1, int x2, int y2) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#555\" marker-end=\"url(#")
                .append(Html.escape(id)).append("-arrow)\"/>\n");
    }

    private static void label(StringBuilder out, int x, int y, String text) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y)
                .append("\" text-anchor=\"middle\" font-style=\"italic\" fill=\"#333\">").append(Html.escape(text))
                .append("</text>\n");
    }

    /** Splits {@code text} at spaces into lines of at most {@code width} characters (longer words stay whole). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
