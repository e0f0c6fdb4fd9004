package org.guidelang.compiler.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.Json;
import org.guidelang.runtime.OutcomeResult;

/**
 * {@code batch} output as JSON Lines: {@code {"line":N,"guideline":ID,"version":V,"outcomes":{…},
 * "missing":{…}}} per evaluated record (with {@code "explanation":[…]} when asked for), and {@code
 * {"line":N,"errors":[{"path":…,"message":…,"fix":…}]}} per record that could not be. The same
 * document as {@code EvaluationResult.toJsonTree()}, written without building the tree.
 */
final class JsonLinesWriter implements RecordWriter {
    private final String guideline;
    private final String version;
    private final boolean explain;
    // What every result of the run has in common: ,"guideline":ID,"version":V,"outcomes":{
    private final String common;
    // Outcome names, codes and input names, quoted once: a run writes the same few millions of times.
    private final Map<String, String> quoted = new ConcurrentHashMap<>();

    JsonLinesWriter(String guideline, String version, boolean explain) {
        this.guideline = guideline;
        this.version = version;
        this.explain = explain;
        this.common = commonPart(guideline, version);
    }

    private static String commonPart(String guideline, String version) {
        StringBuilder out = new StringBuilder(",\"guideline\":");
        Json.appendQuoted(out, guideline);
        out.append(",\"version\":");
        Json.appendQuoted(out, version);
        return out.append(",\"outcomes\":{").toString();
    }

    @Override
    public void header(StringBuilder out) {}

    @Override
    public void result(StringBuilder out, long line, EvaluationResult result) {
        out.append("{\"line\":").append(line);
        boolean ours = result.guideline().equals(guideline) && result.version().equals(version);
        out.append(ours ? common : commonPart(result.guideline(), result.version()));
        boolean first = true;
        for (OutcomeResult outcome : result.outcomes().values()) {
            first = comma(out, first);
            out.append(quoted(outcome.name())).append(':');
            out.append(outcome.value() instanceof String code ? quoted(code) : String.valueOf(outcome.value()));
        }
        out.append("},\"missing\":{");
        first = true;
        for (OutcomeResult outcome : result.outcomes().values()) {
            if (!outcome.isDetermined()) {
                first = comma(out, first);
                out.append(quoted(outcome.name())).append(':');
                names(out, outcome.missing());
            }
        }
        out.append('}');
        if (explain) {
            out.append(",\"explanation\":").append(Json.compact(result.toJsonTree().get("explanation")));
        }
        out.append("}\n");
    }

    @Override
    public void errors(StringBuilder out, long line, List<InputError> errors) {
        out.append("{\"line\":").append(line).append(",\"errors\":[");
        boolean first = true;
        for (InputError error : errors) {
            first = comma(out, first);
            out.append("{\"path\":");
            Json.appendQuoted(out, error.path());
            out.append(",\"message\":");
            Json.appendQuoted(out, error.message());
            out.append(",\"fix\":");
            value(out, error.fix());
            out.append('}');
        }
        out.append("]}\n");
    }

    private static boolean comma(StringBuilder out, boolean first) {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    /** A code, a boolean, or null. */
    private static void value(StringBuilder out, Object value) {
        if (value instanceof String text) {
            Json.appendQuoted(out, text);
        } else {
            out.append(value); // Boolean, or "null"
        }
    }

    private void names(StringBuilder out, Set<String> names) {
        out.append('[');
        boolean first = true;
        for (String name : names) {
            first = comma(out, first);
            out.append(quoted(name));
        }
        out.append(']');
    }

    private String quoted(String text) {
        String known = quoted.get(text);
        if (known == null) {
            known = Json.quote(text);
            if (quoted.size() < 10_000) { // names and codes are few; anything else is not kept
                quoted.put(text, known);
            }
        }
        return known;
    }
}
