package org.guidelang.compiler.cli;

import java.nio.charset.StandardCharsets;
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
 * document as {@code EvaluationResult.toJsonTree()}, written without building the tree, from pieces
 * kept as UTF-8 bytes.
 */
final class JsonLinesWriter implements RecordWriter {
    private static final byte[] LINE = bytes("{\"line\":");
    private static final byte[] MISSING = bytes("},\"missing\":{");
    private static final byte[] EXPLANATION = bytes(",\"explanation\":");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final byte[] NULL = bytes("null");

    private final String guideline;
    private final String version;
    private final boolean explain;
    // What every result of the run has in common: ,"guideline":ID,"version":V,"outcomes":{
    private final byte[] common;
    // Outcome names, codes and input names, quoted once: a run writes the same few millions of times.
    private final Map<String, byte[]> quoted = new ConcurrentHashMap<>();

    JsonLinesWriter(String guideline, String version, boolean explain) {
        this.guideline = guideline;
        this.version = version;
        this.explain = explain;
        this.common = bytes(commonPart(guideline, version));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String commonPart(String guideline, String version) {
        StringBuilder out = new StringBuilder(",\"guideline\":");
        Json.appendQuoted(out, guideline);
        out.append(",\"version\":");
        Json.appendQuoted(out, version);
        return out.append(",\"outcomes\":{").toString();
    }

    @Override
    public void header(OutputBytes out) {}

    @Override
    public void result(OutputBytes out, long line, EvaluationResult result) {
        out.append(LINE).append(line);
        boolean ours = result.guideline().equals(guideline) && result.version().equals(version);
        out.append(ours ? common : bytes(commonPart(result.guideline(), result.version())));
        // Walked twice below: the map's iterators cost more than its few outcomes.
        OutcomeResult[] outcomes = result.outcomes().values().toArray(new OutcomeResult[0]);
        boolean first = true;
        for (OutcomeResult outcome : outcomes) {
            first = comma(out, first);
            out.append(quoted(outcome.name())).append(':');
            Object value = outcome.value();
            out.append(value instanceof String code ? quoted(code) : value == null ? NULL
                    : (Boolean) value ? TRUE : FALSE);
        }
        out.append(MISSING);
        first = true;
        for (OutcomeResult outcome : outcomes) {
            if (!outcome.isDetermined()) {
                first = comma(out, first);
                out.append(quoted(outcome.name())).append(':');
                names(out, outcome.missing());
            }
        }
        out.append('}');
        if (explain) {
            out.append(EXPLANATION).append(Json.compact(result.toJsonTree().get("explanation")));
        }
        out.append('}').append('\n');
    }

    @Override
    public void errors(OutputBytes out, long line, List<InputError> errors) {
        StringBuilder text = new StringBuilder("{\"line\":").append(line).append(",\"errors\":[");
        boolean first = true;
        for (InputError error : errors) {
            if (!first) {
                text.append(',');
            }
            first = false;
            text.append("{\"path\":");
            Json.appendQuoted(text, error.path());
            text.append(",\"message\":");
            Json.appendQuoted(text, error.message());
            text.append(",\"fix\":");
            if (error.fix() == null) {
                text.append("null");
            } else {
                Json.appendQuoted(text, error.fix());
            }
            text.append('}');
        }
        out.append(text.append("]}\n").toString());
    }

    private static boolean comma(OutputBytes out, boolean first) {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    private void names(OutputBytes out, Set<String> names) {
        out.append('[');
        boolean first = true;
        for (String name : names) {
            first = comma(out, first);
            out.append(quoted(name));
        }
        out.append(']');
    }

    /** {@code text} as a JSON string, in UTF-8. */
    private byte[] quoted(String text) {
        byte[] known = quoted.get(text);
        if (known == null) {
            known = bytes(Json.quote(text));
            if (quoted.size() < 10_000) { // names and codes are few; anything else is not kept
                quoted.put(text, known);
            }
        }
        return known;
    }
}
