package org.guidelang.compiler.html;

import java.util.List;

/** The variables of {@code index.vm}: the site's title and one line per guideline. */
record IndexVars(String stylesheet, List<Summary> guidelines) implements TemplateVars {
    IndexVars {
        guidelines = List.copyOf(guidelines);
    }

    @Override
    public String template() {
        return "index.vm";
    }

    /** One guideline in the index; {@code date} is the last update or issue date, or empty. */
    public record Summary(String href, String id, String title, String version, String status, String date,
            String summary) {}
}
