package org.guidelang.compiler.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.OutcomeResult;

/**
 * {@code batch} output as CSV: a header row {@code line,<outcome>,<outcome>_missing,…,errors},
 * then one row per input record. An outcome's cell holds its code, {@code true} or {@code false},
 * and is empty when undetermined; its {@code _missing} cell then names the inputs that could
 * decide it, separated by spaces. A record that could not be evaluated has empty outcome cells and
 * its errors in the last cell ({@code path: message — fix: …}, separated by {@code "; "}).
 */
final class CsvWriter implements RecordWriter {
    private final List<String> outcomes;
    // Codes and input names as cells, in UTF-8: a run writes the same few millions of times.
    private final Map<String, byte[]> cells = new ConcurrentHashMap<>();

    CsvWriter(List<String> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    @Override
    public void header(OutputBytes out) {
        StringBuilder text = new StringBuilder("line");
        for (String outcome : outcomes) {
            text.append(',');
            cell(text, outcome);
            text.append(',');
            cell(text, outcome + "_missing");
        }
        out.append(text.append(",errors\n").toString());
    }

    @Override
    public void result(OutputBytes out, long line, EvaluationResult result) {
        out.append(line);
        for (String name : outcomes) {
            OutcomeResult outcome = result.outcomes().get(name);
            out.append(',');
            if (outcome.isDetermined()) {
                out.append(cell(outcome.value() instanceof String code ? code : String.valueOf(outcome.value())));
            }
            out.append(',');
            if (!outcome.isDetermined()) {
                missing(out, outcome.missing());
            }
        }
        out.append(',').append('\n');
    }

    /** The inputs that could decide an outcome, separated by spaces, in one cell. */
    private void missing(OutputBytes out, Set<String> names) {
        boolean first = true;
        for (String name : names) {
            byte[] cell = cell(name);
            if (cell.length > 0 && cell[0] == '"') { // a name that needs quoting (none does): the cell as a whole
                StringBuilder whole = new StringBuilder();
                cell(whole, String.join(" ", names));
                out.append(whole.toString());
                return;
            }
        }
        for (String name : names) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            out.append(cell(name));
        }
    }

    @Override
    public void errors(OutputBytes out, long line, List<InputError> errors) {
        StringBuilder row = new StringBuilder().append(line);
        for (int i = 0; i < outcomes.size(); i++) {
            row.append(",,");
        }
        row.append(',');
        StringBuilder text = new StringBuilder();
        for (InputError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error);
        }
        cell(row, text.toString());
        out.append(row.append('\n').toString());
    }

    /** {@code text} as a cell, in UTF-8. */
    private byte[] cell(String text) {
        byte[] known = cells.get(text);
        if (known == null) {
            StringBuilder cell = new StringBuilder();
            cell(cell, text);
            known = cell.toString().getBytes(StandardCharsets.UTF_8);
            if (cells.size() < 10_000) { // codes and names are few; anything else is not kept
                cells.put(text, known);
            }
        }
        return known;
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line end; control characters escaped. */
    private static void cell(StringBuilder out, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c < 0x20 || c == 0x7f;
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append("\"\"");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c)); // one record per line, and nothing for a terminal to act on
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
