package org.guidelang.compiler.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
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
    static final String EXAMPLE_FIX = "give one JSON object, such as {\"ki67\": 12.5, \"differentiation\": \"WELL\"}";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PatientReader() {}

    /** The raw values (Number, Boolean, String, null, or List/Map for the validator to refuse), or the errors. */
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
        List<String> known = new ArrayList<>();
        for (InputSpec input : inputs) {
            known.add(input.name());
            known.addAll(input.codes());
        }
        FlatJson fast = new FlatJson(known);
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
        try (JsonParser parser = JSON.createParser(bytes, from, to - from)) {
            return read(parser);
        } catch (IOException e) {
            return malformed(e);
        }
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
        return read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A whole document, as text. */
    static Parsed read(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            return read(parser);
        } catch (IOException e) {
            return malformed(e);
        }
    }

    private static Parsed read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Parsed.error("the input is empty", EXAMPLE_FIX);
        }
        if (first != JsonToken.START_OBJECT) {
            return Parsed.error("expected a JSON object of input names to values, got " + kind(first), EXAMPLE_FIX);
        }
        Map<String, Object> values = object(parser);
        if (parser.nextToken() != null) {
            return Parsed.error("malformed JSON" + where(parser) + ": more follows the patient's object",
                    "give one JSON object" + " and nothing after it");
        }
        return new Parsed(values, List.of());
    }

    /** The members of the object whose START_OBJECT the parser is on, up to its END_OBJECT. */
    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            values.put(name, value(parser));
        }
        return values;
    }

    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_STRING:
                return parser.getText();
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            case START_OBJECT:
                return object(parser);
            default:
                throw new IllegalStateException("a JSON value cannot start with " + parser.currentToken());
        }
    }

    private static Parsed malformed(IOException e) {
        String where = "";
        String message = e.getMessage();
        if (e instanceof JsonProcessingException json) {
            if (json.getLocation() != null) {
                where = " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            }
            message = json.getOriginalMessage().replaceAll("\\s*\\(?start marker at \\[Source:[^\\]]*\\]\\)?", "")
                    .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                    .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
        }
        return Parsed.error("malformed JSON" + where + ": " + firstLine(String.valueOf(message)), EXAMPLE_FIX);
    }

    private static String where(JsonParser parser) {
        return " at line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
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

    private static String kind(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "a list";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_STRING:
                return "a string";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
