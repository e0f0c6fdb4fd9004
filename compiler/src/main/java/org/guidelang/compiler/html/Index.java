package org.guidelang.compiler.html;

import java.util.List;
import org.guidelang.compiler.model.CheckedGuideline;

/** Builds the index page's view: one line per guideline with its one-sentence summary. */
final class Index {
    /** Abbreviations whose full stop does not end a sentence. */
    private static final List<String> ABBREVIATIONS = List.of("et al.", "e.g.", "i.e.", "vs.", "cf.", "Fig.", "No.");

    private Index() {}

    static IndexVars vars(String stylesheet, List<CheckedGuideline> guidelines) {
        List<IndexVars.Summary> rows = guidelines.stream()
                .map(g -> new IndexVars.Summary(HtmlBackend.PAGES + PageAnchors.page(g.id()), g.id(), g.title(),
                        g.version(), g.status(), date(g), summary(g.description())))
                .toList();
        return new IndexVars(stylesheet, rows);
    }

    private static String date(CheckedGuideline g) {
        if (g.updated() != null) {
            return g.updated().toString();
        }
        return g.issued() == null ? "" : g.issued().toString();
    }

    /** A summary longer than this is cut at a word and ends in an ellipsis. */
    static final int SUMMARY_CHARS = 240;

    /** The description's first sentence (at most {@link #SUMMARY_CHARS} characters), or empty when there is none. */
    static String summary(String description) {
        String sentence = firstSentence(description);
        if (sentence.length() <= SUMMARY_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', SUMMARY_CHARS);
        return sentence.substring(0, cut > 0 ? cut : SUMMARY_CHARS).stripTrailing() + " …";
    }

    static String firstSentence(String description) {
        List<String> paragraphs = GuidelinePage.paragraphs(description);
        if (paragraphs.isEmpty()) {
            return "";
        }
        String text = paragraphs.get(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if (end && !abbreviation(text, i + 1)) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    private static boolean abbreviation(String text, int end) {
        return ABBREVIATIONS.stream().anyMatch(a -> text.startsWith(a, end - a.length()));
    }
}
