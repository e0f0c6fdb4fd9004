package org.guidelang.compiler.cli;

import java.util.List;
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

    CsvWriter(List<String> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    @Override
    public void header(StringBuilder out) {
        out.append("line");
        for (String outcome : outcomes) {
            out.append(',');
            cell(out, outcome);
            out.append(',');
            cell(out, outcome + "_missing");
        }
        out.append(",errors\n");
    }

    @Override
    public void result(StringBuilder out, long line, EvaluationResult result) {
        out.append(line);
        for (String name : outcomes) {
            OutcomeResult outcome = result.outcomes().get(name);
            out.append(',');
            if (outcome.isDetermined()) {
                cell(out, String.valueOf(outcome.value()));
            }
            out.append(',');
            if (!outcome.isDetermined()) {
                cell(out, String.join(" ", outcome.missing()));
            }
        }
        out.append(",\n");
    }

    @Override
    public void errors(StringBuilder out, long line, List<InputError> errors) {
        out.append(line);
        for (int i = 0; i < outcomes.size(); i++) {
            out.append(",,");
        }
        out.append(',');
        StringBuilder text = new StringBuilder();
        for (InputError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error);
        }
        cell(out, text.toString());
        out.append('\n');
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
