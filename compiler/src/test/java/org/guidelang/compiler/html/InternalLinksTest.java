package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidelang.compiler.output.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every internal link of a site resolves: {@code href="#x"} to an id of the same page, {@code
 * href="page.html#x"} to a generated page holding that id, {@code href="../style.css"} to a file.
 */
class InternalLinksTest {
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    static Stream<Sites.Site> sites() {
        return Sites.all().stream();
    }

    /** Each link of {@code files} that does not resolve, as {@code page: href}. */
    static List<String> broken(List<GeneratedFile> files) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (GeneratedFile file : files) {
            ids.put(file.path(), matches(ID, file.content()));
        }
        List<String> broken = new ArrayList<>();
        for (GeneratedFile file : files) {
            for (String href : matches(HREF, file.content())) {
                if (href.startsWith("https://") || href.startsWith("http://")) {
                    continue; // references to the world (DOIs); not ours to resolve offline
                }
                URI target = URI.create(file.path()).resolve(href);
                String path = target.getPath().isEmpty() ? file.path() : target.getPath();
                Set<String> pageIds = ids.get(path);
                boolean resolves = pageIds != null && (target.getFragment() == null || pageIds.contains(target.getFragment()));
                if (!resolves) {
                    broken.add(file.path() + ": " + href);
                }
            }
        }
        return broken;
    }

    private static Set<String> matches(Pattern pattern, String html) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(unescape(m.group(1)));
        }
        return found;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&#35;", "#").replace("&#36;", "$").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyInternalLinkResolves(Sites.Site site) {
        assertEquals(List.of(), broken(site.files()));
    }

    @Test
    void theSketchSiteLinksBothWaysBetweenImportingGuidelines() {
        List<GeneratedFile> files = Sites.generate(Sites.SKETCH);
        String milan = files.stream().filter(f -> f.path().equals("guidelines/milan_nen.html")).findFirst().orElseThrow().content();
        String who = files.stream().filter(f -> f.path().equals("guidelines/who_grading.html")).findFirst().orElseThrow().content();
        assertTrue(milan.contains("<strong>uses</strong>") && milan.contains("<a href=\"who_grading.html\">"), milan);
        assertTrue(who.contains("<strong>used by</strong>") && who.contains("<a href=\"milan_nen.html\">"), who);
        assertTrue(milan.contains("href=\"who_grading.html#outcome-grade\""), milan);
    }

    @Test
    void aBrokenLinkIsFound() {
        List<GeneratedFile> files = List.of(
                new GeneratedFile("index.html", "<a href=\"guidelines/a.html#x\">a</a> <a href=\"#top\">top</a>"),
                new GeneratedFile("guidelines/a.html", "<h1 id=\"y\">a</h1><a href=\"../index.html\">up</a>"
                        + "<a href=\"b.html\">b</a>"));
        assertEquals(Set.of("index.html: guidelines/a.html#x", "index.html: #top", "guidelines/a.html: b.html"),
                new HashSet<>(broken(files)));
    }
}
