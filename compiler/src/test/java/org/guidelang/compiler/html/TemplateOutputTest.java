package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page shows a Velocity error or a reference left unresolved ({@code $foo}, {@code ${foo}},
 * {@code $!foo}): the check {@code scripts/screenshots.sh} makes in a browser, made here without
 * one. Guideline text cannot trip it, since its {@code $} and {@code #} are escaped.
 */
class TemplateOutputTest {
    private static final Pattern LEAK = Pattern.compile(
            "\\$!?\\{?[A-Za-z_]|VelocityException|ParseErrorException|MethodInvocationException"
                    + "|ResourceNotFoundException|TemplateInitException");

    /** Each leak in {@code html} as {@code line N: text}. */
    static List<String> leaks(String html) {
        List<String> found = new ArrayList<>();
        String[] lines = html.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LEAK.matcher(lines[i]);
            if (m.find()) {
                found.add("line " + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    static Stream<Object[]> pages() {
        return Sites.all().stream().flatMap(site -> site.pages().stream().map(p -> new Object[] {site.name(), p.path(), p.content()}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pages")
    void noTemplateErrorOrUnresolvedReference(String site, String path, String content) {
        assertEquals(List.of(), leaks(content), site + "/" + path);
    }

    @Test
    void theCheckFindsWhatVelocityLeavesBehind() {
        assertEquals(3, leaks("<p>$meta.title</p>\n<p>${title}</p>\n<p>$!quiet</p>\n<p>&#36;fine 5 $ 6</p>").size());
    }

    @Test
    void strictModeMakesAnUnknownReferenceAnErrorNotABlank() {
        // The engine refuses a template variable its record does not declare, instead of printing it.
        Templates templates = new Templates();
        IndexVars vars = new IndexVars("style.css", List.of());
        String html = templates.render(vars);
        assertEquals(List.of(), leaks(html));
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.velocity.exception.VelocityException.class,
                () -> templates.renderText("#foreach($g in $guidelines)$g.nonexistent#end$undefined", vars));
    }
}
