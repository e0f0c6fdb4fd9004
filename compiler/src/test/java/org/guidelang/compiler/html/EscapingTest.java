package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Text from a guideline reaches a page as text: markup, entities, quotes and Velocity's own
 * characters ({@code $name}, {@code ${name}}, {@code #set}) in titles, descriptions, labels,
 * citations, rationales and example titles are all escaped, in element content and attributes.
 */
class EscapingTest {
    private static final String HOSTILE = """
            guideline hostile version 1.0.0 {
              title "<script>alert('t')</script> & \\"T\\" $title ${title} #set($x = 1)"
              status draft
              description "A <b>bold</b> claim & $foo ${bar} #if(true)X#end it's"
              source src "Smith & Jones <i>et al.</i> \\"J\\" $5 #1" doi "10.1000/a<b>&\\"c\\"" url "https://example.org/find?q=a&b=\\"c\\"<d>"
              input flag : boolean "Is <script>$flagged</script> & #y"
              input kind : code { A "<A & B>", B "\\"quote\\" $b #c" } "kind <em>it</em>"
              input pct : percent in [0, 100] "pct \\"x\\""
              param limit = 5% cite src at "<p>Table #1 & $2</p>" rationale "Because <script> & $why #now"
              table t "Table <b>&</b> $t #t" : code { X "<X> & $x", Y "$Y #Y" } hit first {
                when flag and pct > limit -> X
                when kind = A -> Y cite src at "row \\"2\\" <br>"
                otherwise -> Y
              } cite src at "$loc #loc"
              criteria c "Criteria <i>$c</i>" require all {
                criterion one "One <script> & \\"1\\" $one": flag
                relative criterion two "Two #two ${two}": kind = B
              } outcome {
                met MET "<met> $met"
                exception EXC "exc #exc"
                unmet UNMET "\\"unmet\\" & <u>"
              }
              recommend r "Do <this> & that $now #here" when pct > 1% strength strong evidence low cite src
              example "<script>example</script> & $ex #ex" {
                given flag = true, kind = A, pct = 10%
                expect t = X
              }
            }
            """;

    private static final List<GeneratedFile> SITE =
            HtmlBackend.generate(Sites.compileClean(List.of(new SourceFile("hostile.guide", HOSTILE))));

    private static String page() {
        return SITE.stream().filter(f -> f.path().equals("guidelines/hostile.html")).findFirst().orElseThrow()
                .content();
    }

    @Test
    void noTagOfTheGuidelineSurvives() {
        for (GeneratedFile file : SITE) {
            for (String tag : List.of("<script", "<b>", "<i>", "<em>", "<p>Table", "<br>", "<A ", "<X>", "<u>", "<this>",
                    "<met>")) {
                assertFalse(file.content().contains(tag), file.path() + " contains " + tag);
            }
        }
    }

    @Test
    void theTitleIsShownAsWritten() {
        String escaped = "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;T&quot; &#36;title &#36;{title}"
                + " &#35;set(&#36;x = 1)";
        assertTrue(page().contains("<title>" + escaped + "</title>"), page());
        assertTrue(page().contains("<h1>" + escaped + "</h1>"), page());
        String index = SITE.get(0).content();
        assertTrue(index.contains(">" + escaped + "</a>"), index);
    }

    @Test
    void velocityCharactersAreNeverInterpreted() {
        String page = page();
        assertTrue(page.contains("A &lt;b&gt;bold&lt;/b&gt; claim &amp; &#36;foo &#36;{bar} &#35;if(true)X&#35;end it&#39;s"),
                page);
        assertTrue(page.contains("Because &lt;script&gt; &amp; &#36;why &#35;now"), page);
        assertTrue(page.contains("&lt;p&gt;Table &#35;1 &amp; &#36;2&lt;/p&gt;"), page);
        assertTrue(page.contains("&#36;loc &#35;loc"), page);
        assertTrue(page.contains("&lt;script&gt;example&lt;/script&gt; &amp; &#36;ex &#35;ex"), page);
        assertEquals(List.of(), TemplateOutputTest.leaks(page));
    }

    @Test
    void labelsAndCitationsAreEscapedInAttributesToo() {
        String page = page();
        // A code label is the title attribute of the code in an expression.
        assertTrue(page.contains("title=\"&lt;A &amp; B&gt;\">A</span>"), page);
        // The input's description is the title attribute of its name.
        assertTrue(page.contains("title=\"Is &lt;script&gt;&#36;flagged&lt;/script&gt; &amp; &#35;y\">flag</a>"), page);
        assertTrue(page.contains("Smith &amp; Jones &lt;i&gt;et al.&lt;/i&gt; &quot;J&quot; &#36;5 &#35;1"), page);
        assertTrue(page.contains("row &quot;2&quot; &lt;br&gt;"), page);
    }

    @Test
    void aDoiIsPercentEncodedAndAUrlEscaped() {
        String page = page();
        assertTrue(page.contains("<a href=\"https://doi.org/10.1000/a%3Cb%3E%26%22c%22\">doi:10.1000/a&lt;b&gt;&amp;&quot;c&quot;</a>"),
                page);
        assertTrue(page.contains("<a href=\"https://example.org/find?q=a&amp;b=&quot;c&quot;&lt;d&gt;\">"), page);
    }

    @Test
    void theDiagramEscapesItsTextsAsXml() {
        String page = page();
        assertTrue(page.contains("<text x=\"470\" y=\"31\" font-weight=\"bold\">X</text>"), page);
        assertTrue(page.contains(">&lt;X&gt; &amp; &#36;x</text>"), page);
        assertTrue(page.contains("<title id=\"flow-t-title\">Decision flow: Table &lt;b&gt;&amp;&lt;/b&gt; &#36;t &#35;t</title>"),
                page);
    }
}
