package org.guidelang.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messy inputs and their exact canonical layout, in {@code src/test/resources/format}:
 * {@code NAME.input.guide} formats to {@code NAME.expected.guide}. Run with
 * {@code -Dgolden.update=true} to write the expected files from the formatter (then read the diff).
 */
class FormatterGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/format");

    @ParameterizedTest
    @ValueSource(strings = {"messy", "comments", "lists", "constraints", "conflicts"})
    void formatsToTheGoldenFile(String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".input.guide"), StandardCharsets.UTF_8);
        String formatted = FormatterTest.format(new SourceFile(name + ".input.guide", input));
        Path expected = DIR.resolve(name + ".expected.guide");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, formatted, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), formatted);
    }
}
