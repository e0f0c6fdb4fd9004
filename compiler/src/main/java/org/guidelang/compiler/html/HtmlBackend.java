package org.guidelang.compiler.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;

/**
 * The HTML back end: the documentation site of a set of guidelines, as {@code index.html}, one
 * page per guideline under {@code guidelines/} and a stylesheet. Pages need no network and no
 * JavaScript; the same compilation always gives the same bytes.
 */
public final class HtmlBackend {
    static final String STYLESHEET = "style.css";
    static final String PAGES = "guidelines/";

    private HtmlBackend() {}

    /**
     * The site's files for the guidelines of {@code compilation}.
     *
     * @throws IllegalArgumentException if the compilation has errors: a site documents checked guidelines only
     */
    public static List<GeneratedFile> generate(Compilation compilation) {
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException("the guidelines have " + compilation.errorCount()
                    + " errors; a site is generated only from guidelines that check clean");
        }
        Templates templates = new Templates();
        List<CheckedGuideline> guidelines = compilation.guidelines().stream()
                .sorted(Comparator.comparing(CheckedGuideline::id))
                .toList();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("index.html", templates.render(Index.vars(STYLESHEET, guidelines))));
        ConflictViews conflicts = new ConflictViews(guidelines);
        for (CheckedGuideline guideline : guidelines) {
            List<CheckedGuideline> usedBy = guidelines.stream()
                    .filter(g -> g.imports().stream().anyMatch(i -> i.guideline().id().equals(guideline.id())))
                    .toList();
            GuidelineVars vars = new GuidelinePage(compilation.analysis(guideline.id()))
                    .vars("../" + STYLESHEET, usedBy, conflicts.of(guideline));
            files.add(new GeneratedFile(PAGES + PageAnchors.page(guideline.id()), templates.render(vars)));
        }
        files.add(new GeneratedFile(STYLESHEET, resource(STYLESHEET)));
        return List.copyOf(files);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlBackend.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of the HTML back end");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
