package org.guidelang.compiler.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidelang.runtime.ControlCharacters;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Suggestions;

/**
 * A cohort as CSV, as registries export it (RFC 4180, one record per line): a header row naming
 * inputs, then one patient per row. A cell holds a number in the input's declared unit ({@code
 * 12.5}, no unit sign), {@code true} or {@code false}, or a code as declared; an empty cell is a
 * missing value. Cells may be quoted ({@code "a, b"}, {@code ""} for a quote) but not span lines.
 */
final class CsvCohort implements RecordReader {
    /** The header is wrong for the guideline: no row could be read, so the run stops before it starts. */
    static final class HeaderProblem extends Exception {
        private static final long serialVersionUID = 1L;

        HeaderProblem(String message) {
            super(message);
        }
    }

    private final List<InputSpec> columns;
    // The inputs' names as PatientValues holds them, and for each column its input's place among them.
    private final String[] names;
    private final int[] slots;
    // For each column: its input's codes as bytes (a code input), else null.
    private final byte[][][] codes;

    private CsvCohort(List<InputSpec> columns, List<InputSpec> inputs) {
        this.columns = columns;
        this.names = inputs.stream().map(InputSpec::name).toArray(String[]::new);
        this.slots = new int[columns.size()];
        this.codes = new byte[columns.size()][][];
        for (int i = 0; i < slots.length; i++) {
            InputSpec column = columns.get(i);
            slots[i] = inputs.indexOf(column);
            if (column.kind() == InputKind.CODE) {
                codes[i] = column.codes().stream().map(code -> code.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            }
        }
    }

    /**
     * The reader of the rows under the header {@code bytes[from, to)}, whose column names must be
     * inputs of the guideline, each at most once; inputs without a column are missing in every row.
     */
    static CsvCohort fromHeader(byte[] bytes, int from, int to, List<InputSpec> inputs) throws HeaderProblem {
        if (Utf8.firstInvalid(bytes, from, to) >= 0) {
            throw new HeaderProblem("the header row is not UTF-8 text; " + Utf8.FIX);
        }
        List<String> names;
        try {
            names = cells(new String(bytes, from, to - from, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new HeaderProblem("the header row: " + e.getMessage());
        }
        Map<String, InputSpec> byName = new LinkedHashMap<>();
        inputs.forEach(spec -> byName.put(spec.name(), spec));
        Map<String, Integer> seen = new HashMap<>();
        List<InputSpec> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = withoutSpaces(names.get(i));
            InputSpec spec = byName.get(name);
            if (spec == null) {
                String hint = Suggestions.closest(name, byName.keySet()).map(s -> "did you mean " + s + "? ")
                        .orElse("");
                throw new HeaderProblem("column " + (i + 1) + " of the header, " + shown(name)
                        + ", is not an input of the guideline; " + hint + "the inputs are: "
                        + String.join(", ", byName.keySet()) + " (remove or rename the column)");
            }
            Integer earlier = seen.put(name, i + 1);
            if (earlier != null) {
                throw new HeaderProblem("columns " + earlier + " and " + (i + 1) + " of the header are both " + name
                        + " (keep one)");
            }
            columns.add(spec);
        }
        return new CsvCohort(columns, inputs);
    }

    @Override
    public PatientReader.Parsed read(byte[] bytes, int from, int to) {
        PatientValues plain = plainRow(bytes, from, to);
        return plain != null ? new PatientReader.Parsed(plain, List.of()) : row(bytes, from, to);
    }

    /**
     * The fast path, for the rows registries export: printable ASCII without quotes, one cell per
     * column, each empty, a plain decimal ({@code -?\d+(\.\d+)?}, at most 15 digits), true or
     * false, or one of its input's codes. Read from the bytes, with the very values {@link #row}
     * gives; null for anything else, which {@link #row} reads and, if it must, refuses.
     */
    private PatientValues plainRow(byte[] bytes, int from, int to) {
        PatientValues values = new PatientValues(names);
        int column = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            int b = i == to ? ',' : bytes[i];
            if (b == ',') {
                if (column == slots.length || !plainCell(values, column, bytes, start, i)) {
                    return null;
                }
                column++;
                start = i + 1;
            } else if (b < 0x20 && b != '\t' || b >= 0x7f || b == '"') {
                return null;
            }
        }
        return column == slots.length ? values : null;
    }

    /** Cell {@code bytes[from, to)} of {@code column} into {@code values}; false when it is not plain. */
    private boolean plainCell(PatientValues values, int column, byte[] bytes, int from, int to) {
        while (from < to && (bytes[from] == ' ' || bytes[from] == '\t')) {
            from++;
        }
        while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
            to--;
        }
        if (from == to) {
            return true; // missing
        }
        Object value;
        InputKind kind = columns.get(column).kind();
        if (kind == InputKind.BOOLEAN) {
            value = is(bytes, from, to, "true") ? Boolean.TRUE : is(bytes, from, to, "false") ? Boolean.FALSE : null;
        } else if (kind == InputKind.CODE) {
            value = code(column, bytes, from, to);
        } else {
            value = plainNumber(bytes, from, to);
        }
        return value != null && values.put(slots[column], value);
    }

    /** Whether {@code bytes[from, to)} is {@code word}, in any case (ASCII). */
    private static boolean is(byte[] bytes, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((bytes[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The code of {@code column}'s input that {@code bytes[from, to)} is, or null. */
    private String code(int column, byte[] bytes, int from, int to) {
        byte[][] known = codes[column];
        for (int i = 0; i < known.length; i++) {
            if (Arrays.equals(known[i], 0, known[i].length, bytes, from, to)) {
                return columns.get(column).codes().get(i);
            }
        }
        return null;
    }

    /**
     * {@code -?\d+(\.\d+)?} with at most 15 digits, as the Double that {@code Double.parseDouble}
     * gives for it: the digits and the power of ten are exact doubles, and IEEE division rounds
     * their quotient correctly, as parseDouble rounds the decimal; null for anything else.
     */
    private static Double plainNumber(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = bytes[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                count++;
                fraction += fraction >= 0 ? 1 : 0;
            } else if (b == '.' && fraction < 0 && count > 0) {
                fraction = 0;
            } else {
                return null;
            }
        }
        if (count == 0 || count > 15 || fraction == 0) {
            return null;
        }
        double value = fraction < 0 ? digits : digits / POWERS_OF_TEN[fraction];
        return negative ? -value : value;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /** A row as text: every rule of the format, and the message for what breaks one. */
    PatientReader.Parsed row(byte[] bytes, int from, int to) {
        int bad = Utf8.firstInvalid(bytes, from, to);
        if (bad >= 0) {
            return PatientReader.Parsed.error("the row is not UTF-8 text: " + Utf8.describe(bytes, bad, to)
                    + " at byte " + (bad - from + 1) + " of the line", Utf8.FIX);
        }
        String line = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (line.isBlank() && columns.size() > 1) {
            return PatientReader.Parsed.error("the line is empty", "give one patient per row, one cell per column");
        }
        List<String> cells;
        try {
            cells = cells(line);
        } catch (IllegalArgumentException e) {
            return PatientReader.Parsed.error(e.getMessage(), "close the quote on the same line; write \"\" for a quote "
                    + "inside a quoted cell");
        }
        if (cells.size() != columns.size()) {
            return PatientReader.Parsed.error("the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
                    + ", the header names " + columns.size(), "give one cell per column, empty where a value is missing");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Object value = value(columns.get(i), cells.get(i));
            if (value != null) {
                values.put(columns.get(i).name(), value);
            }
        }
        return new PatientReader.Parsed(values, List.of());
    }

    /**
     * The cell as the validator takes it: null when empty, a Double or a Boolean when it reads as
     * one for the input, else the text, which the validator refuses with its message and fix.
     */
    private static Object value(InputSpec spec, String cell) {
        String text = withoutSpaces(cell); // not trim(): a control character is refused, not dropped
        if (text.isEmpty()) {
            return null;
        }
        if (spec.kind() == InputKind.BOOLEAN) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : text;
        }
        if (spec.kind() != InputKind.CODE && isNumber(text)) {
            // Up to 15 significant digits a double stands for exactly the decimal written; beyond, or
            // with an exponent, the validator gets the decimal itself, to keep exactly or refuse.
            return digits(text) <= 15 && text.indexOf('e') < 0 && text.indexOf('E') < 0
                    ? (Object) Double.parseDouble(text) : new java.math.BigDecimal(text);
        }
        return text;
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    /** {@code [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?}: a plain decimal, which Double.parseDouble reads exactly so. */
    static boolean isNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * A header cell without the spaces and tabs around it. Not {@code String.trim()}: that strips
     * every character up to U+0020, an escape sequence's ESC among them, which would then vanish
     * from the message (or let {@code ESC ki67} pass for {@code ki67}).
     */
    private static String withoutSpaces(String cell) {
        int from = 0;
        int to = cell.length();
        while (from < to && (cell.charAt(from) == ' ' || cell.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (cell.charAt(to - 1) == ' ' || cell.charAt(to - 1) == '\t')) {
            to--;
        }
        return cell.substring(from, to);
    }

    /**
     * A column name for a message: quoted, with control characters escaped as every output of
     * guidec escapes them ({@link ControlCharacters}), and invisible format characters (a zero-width
     * space, a byte order mark) too, so that a name that looks right shows why it is not.
     */
    private static String shown(String name) {
        StringBuilder out = new StringBuilder("`");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (ControlCharacters.isControl(c) || Character.getType(name.codePointAt(i)) == Character.FORMAT
                    || Character.isLowSurrogate(c) && i > 0 && Character.getType(name.codePointAt(i - 1)) == Character.FORMAT) {
                ControlCharacters.appendEscaped(out, c);
            } else {
                out.append(c);
            }
        }
        return out.append('`').toString();
    }

    /** The cells of one CSV line (RFC 4180 quoting, within the line). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int length = line.length();
        while (true) {
            if (i < length && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= length) {
                        throw new IllegalArgumentException("the quoted cell at column " + (cells.size() + 1)
                                + " is not closed on this line");
                    }
                    char c = line.charAt(j);
                    if (c == '"' && j + 1 < length && line.charAt(j + 1) == '"') {
                        cell.append('"');
                        j += 2;
                    } else if (c == '"') {
                        j++;
                        break;
                    } else {
                        cell.append(c);
                        j++;
                    }
                }
                while (j < length && line.charAt(j) == ' ') {
                    j++;
                }
                if (j < length && line.charAt(j) != ',') {
                    throw new IllegalArgumentException("text follows the closing quote of the cell at column "
                            + (cells.size() + 1));
                }
                cells.add(cell.toString());
                i = j;
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                cells.add(line.substring(i, end));
                i = end;
            }
            if (i >= length) {
                return cells;
            }
            i++; // the comma
        }
    }
}
