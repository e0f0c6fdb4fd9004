package org.guidelang.runtime;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem in a patient's input data: where it is (a JSON path such as {@code $.ki67}), what is
 * wrong, and how to fix it.
 */
public record InputError(String path, String message, String fix) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    public InputError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The JSON path of a top-level field: {@code $.ki67}, or {@code $['ki 67']} when the name is
     * not an identifier.
     */
    public static String pathOf(String field) {
        if (IDENTIFIER.matcher(field).matches()) {
            return "$." + field;
        }
        return "$['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * Renders as {@code $.ki67: value 120 is out of range [0, 100] — fix: give a percentage …}, with
     * {@link ControlCharacters} escaped: the path and message may quote a patient record's keys and values.
     */
    @Override
    public String toString() {
        return ControlCharacters.escape(fix == null ? path + ": " + message : path + ": " + message + " — fix: " + fix);
    }
}
