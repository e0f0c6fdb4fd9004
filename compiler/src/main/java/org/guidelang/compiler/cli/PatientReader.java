package org.guidelang.compiler.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputSpec;

/**
 * Reads a patient record: a JSON object from input names to values. Bytes that are not UTF-8,
 * malformed JSON and anything but an object become an {@link InputError} naming the place, never
 * an exception, so that one bad record costs that record only.
 */
final class PatientReader {
    private PatientReader() {}

    /**
     * The full parser, made when a record first needs it: making it loads and sets up some 300 of
     * Jackson's classes (about a tenth of a second), which a batch run of flat records never needs.
     */
    private static final class Full {
        // Numbers are read as written (BigDecimal), never through a double: the validator keeps a number
        // a double stands for exactly and refuses any other, rather than rounding it across a threshold.
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /**
     * The raw values (BigInteger or BigDecimal exactly as written, Boolean, String, null, or
     * List/Map for the validator to refuse), or the errors.
     */
    record Parsed(Map<String, Object> values, List<InputError> errors) {
        static Parsed error(String message, String fix) {
            return new Parsed(Map.of(), List.of(new InputError("$", message, fix)));
        }
    }

    /**
     * The reader of JSON Lines records for a guideline with these inputs: the fast path for flat
     * records, {@link #read(byte[], int, int)} for the rest; the same values or errors either way.
     */
    static RecordReader jsonLines(List<InputSpec> inputs) {
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (InputSpec input : inputs) {
            names.add(input.name());
            codes.addAll(input.codes());
        }
        FlatJson fast = new FlatJson(names, codes);
        return (bytes, from, to) -> {
            Map<String, Object> values = fast.parse(bytes, from, to);
            return values != null ? new Parsed(values, List.of()) : read(bytes, from, to);
        };
    }

    /** One record of a cohort, {@code bytes[from, to)}: one line of JSON Lines, without its line end. */
    static Parsed read(byte[] bytes, int from, int to) {
        int bad = Utf8.firstInvalid(bytes, from, to);
        if (bad >= 0) {
            return Parsed.error("the line is not UTF-8 text: " + Utf8.describe(bytes, bad, to) + " at byte "
                    + (bad - from + 1) + " of the line", Utf8.FIX);
        }
        if (isBlank(bytes, from, to)) {
            return Parsed.error("the line is empty", "give one JSON object per line");
        }
        return read(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    /**
     * A whole document, such as the file {@code guidec eval} reads: refused, not repaired, when it is
     * not UTF-8, since a replaced byte could change a value.
     */
    static Parsed readDocument(byte[] bytes) {
        int bad = Utf8.firstInvalid(bytes, 0, bytes.length);
        if (bad >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return Parsed.error("the patient data is not UTF-8 text: " + Utf8.describe(bytes, bad, bytes.length)
                    + " at line " + line + ", byte " + (bad - lineStart + 1) + " of the line", Utf8.FIX);
        }
        return read(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A whole document (or one line of a cohort), as text. */
    static Parsed read(String json) {
        // A byte-order mark, as some Windows editors write, is not part of the record.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = Full.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return new Parsed(Map.of(), List.of(MalformedJson.describe(e, text)));
        }
        if (root == null || root.isMissingNode()) {
            return new Parsed(Map.of(), List.of(new InputError("$", "the input is empty", MalformedJson.EXAMPLE)));
        }
        if (!root.isObject()) {
            return new Parsed(Map.of(), List.of(new InputError("$",
                    "expected a JSON object of input names to values, got " + kind(root), MalformedJson.EXAMPLE)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode node = field.getValue();
            if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
                // JSON allows 1e999; as a value it would silently be infinite.
                errors.add(new InputError(InputError.pathOf(field.getKey()),
                        "the number is too large to be a value (beyond 1.8e308)",
                        "give the value in the input's unit, as written in the guideline"));
            }
            values.put(field.getKey(), value(node));
        }
        return new Parsed(errors.isEmpty() ? values : Map.of(), List.copyOf(errors));
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        } else if (node.isNumber()) {
            return node.decimalValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
        return map;
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isTextual()) {
            return "a string";
        } else if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }
}
