package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the sketch and NEN sites passes the Nu Html Checker (the W3C's HTML validator,
 * run in process from Maven Central's {@code nu.validator:validator}) without an error.
 */
class NuHtmlCheckerTest {
    static Stream<Object[]> pages() {
        return Sites.all().stream().flatMap(site -> site.pages().stream().map(p -> new Object[] {site.name(), p.path(), p.content()}));
    }

    /** The checker's findings of kind error, as {@code "line.col-line.col: error: message"}. */
    static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true); // the pages declare lang="en"; guessing it from a short page only adds noise
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(l -> l.contains("error:")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pages")
    void pageHasNoErrors(String site, String path, String content) throws Exception {
        assertEquals(List.of(), errors(content), site + "/" + path);
    }

    @Test
    void theStylesheetHasNoErrors() throws Exception {
        // The checker validates CSS inside a style element, so the stylesheet is checked as one.
        String css = Sites.generate(Sites.SKETCH).stream().filter(f -> f.path().equals("style.css")).findFirst()
                .orElseThrow().content();
        assertEquals(List.of(), errors(page("<style>\n" + css + "</style>", "<p>x</p>")));
        assertTrue(errors(page("<style>p { colour: red; }</style>", "<p>x</p>")).size() >= 1,
                "the checker checks CSS");
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>" + head
                + "</head><body>" + body + "</body></html>";
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        // A page with the same head as ours but a block inside a paragraph and an unclosed element:
        // if this passed, the check above would prove nothing.
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><p><table><tr><td>x</td></tr></table></p><ul><div>y</div></ul></body></html>";
        List<String> errors = errors(page);
        assertTrue(errors.size() >= 2, String.join("\n", errors));
    }
}
