package org.guidelang.compiler.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The names docs/java.md says every generated class already has are exactly those {@code check}
 * reserves (GL216) and those that make an enum take {@code Code}: the list once lacked
 * {@code unit}, and a user reading it could not tell why an outcome {@code unit} was an error.
 */
class JavaNamesDocTest {
    private static final Path DOC = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize()
            .resolve("docs/java.md");
    private static final Pattern ROW = Pattern.compile("^\\| ([^|]+?) \\| (`[^|]+`) \\|$", Pattern.MULTILINE);

    @Test
    void theDocumentedReservedNamesAreTheCompilersOwn() throws IOException {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            Set<String> names = new TreeSet<>();
            Matcher name = Pattern.compile("`([^`]+)`").matcher(row.group(2));
            while (name.find()) {
                names.add(name.group(1));
            }
            documented.put(row.group(1), names);
        }
        Set<String> enums = new TreeSet<>(GeneratedMembers.NESTED_TYPES);
        enums.addAll(GeneratedMembers.CONSTANTS.keySet());
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("input", new TreeSet<>(GeneratedMembers.INPUT_METHODS.keySet()));
        expected.put("outcome", new TreeSet<>(GeneratedMembers.RESULT_METHODS.keySet()));
        expected.put("parameter (its constant)", new TreeSet<>(GeneratedMembers.CONSTANTS.keySet()));
        expected.put("enum (code input, table, criteria set)", enums);
        List<String> rows = new ArrayList<>(documented.keySet());
        rows.retainAll(expected.keySet());
        assertEquals(List.copyOf(expected.keySet()), rows, "the rows of the reserved names' table in " + DOC);
        for (Map.Entry<String, Set<String>> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), documented.get(entry.getKey()), "the names for a " + entry.getKey()
                    + " in " + DOC + " (sorted, each in backquotes)");
        }
    }
}
