package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The templates keep to their rules: loops, conditionals and macros from the library only, and
 * exactly the variables their record declares (AutoValue's TemplateVars contract).
 */
class TemplateRulesTest {
    private static final Pattern DIRECTIVE = Pattern.compile("#\\{?([a-zA-Z]+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern LOOP_VARIABLE = Pattern.compile("#foreach\\(\\$([a-zA-Z]+) in");
    private static final Set<String> ALLOWED = Set.of("foreach", "if", "elseif", "else", "end");
    private static final Set<String> MACROS = Set.of("pageHead", "source", "outcomeCode", "status", "flow");

    private static String template(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Directives outside HTML attributes that point at anchors ({@code href="#summary"}). */
    private static Set<String> directives(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = DIRECTIVE.matcher(text.replaceAll("href=\"#[^\"$]*", "").replaceAll("(?m)^##.*$", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> variables(String text) {
        Set<String> loops = new TreeSet<>();
        Matcher loop = LOOP_VARIABLE.matcher(text);
        while (loop.find()) {
            loops.add(loop.group(1));
        }
        Set<String> found = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (!loops.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void templatesUseOnlyLoopsConditionalsAndLibraryMacros() throws IOException {
        for (String name : List.of("index.vm", "guideline.vm")) {
            Set<String> used = directives(template(name));
            used.removeAll(ALLOWED);
            used.removeAll(MACROS);
            assertEquals(Set.of(), used, name);
        }
        Set<String> library = directives(template("macros.vm"));
        library.removeAll(ALLOWED);
        library.removeAll(MACROS);
        assertEquals(Set.of("macro"), library, "macros.vm defines macros only");
    }

    @Test
    void eachTemplateReadsExactlyTheVariablesOfItsRecord() throws IOException {
        assertEquals(components(IndexVars.class), variables(template("index.vm")));
        assertEquals(components(GuidelineVars.class), variables(template("guideline.vm")));
    }
}
