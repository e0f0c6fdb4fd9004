package org.guidelang.compiler.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.runtime.InputError;

/**
 * Reads a patient record: a JSON object from input names to values. Malformed JSON becomes an
 * {@link InputError} naming the line and column, never an exception.
 */
final class PatientReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PatientReader() {}

    /** The raw values (Number, Boolean, String, null, or List/Map for the validator to refuse), or the errors. */
    record Parsed(Map<String, Object> values, List<InputError> errors) {}

    static Parsed read(String json) {
        // A byte-order mark, as some Windows editors write, is not part of the record.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
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
        } else if (node.isNumber()) {
            return node.doubleValue();
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
}
