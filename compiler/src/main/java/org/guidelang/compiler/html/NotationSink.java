package org.guidelang.compiler.html;

/** Where {@link Notation} writes the pieces of an expression: as plain text or as HTML. */
interface NotationSink {
    void op(String text);

    void literal(String text);

    /** A code; {@code label} is null when it has none of its own. */
    void code(String name, String label);

    /** A declared name; {@code href} is null when the page has no anchor for it. */
    void name(String name, String href, String title);

    /** A threshold, shown by its value. */
    void param(String value, String href, String name);

    /** Plain text, for diagrams. */
    final class Text implements NotationSink {
        final StringBuilder out = new StringBuilder();

        @Override
        public void op(String text) {
            out.append(text);
        }

        @Override
        public void literal(String text) {
            out.append(text);
        }

        @Override
        public void code(String name, String label) {
            out.append(name);
        }

        @Override
        public void name(String name, String href, String title) {
            out.append(name);
        }

        @Override
        public void param(String value, String href, String name) {
            out.append(value);
        }
    }

    /** Escaped HTML: names link to their declarations, codes carry their labels as tooltips. */
    final class Markup implements NotationSink {
        final StringBuilder out = new StringBuilder();

        @Override
        public void op(String text) {
            out.append(Html.escape(text));
        }

        @Override
        public void literal(String text) {
            out.append("<span class=\"lit\">").append(Html.escape(text)).append("</span>");
        }

        @Override
        public void code(String name, String label) {
            out.append("<span class=\"code\"");
            if (label != null) {
                out.append(" title=\"").append(Html.escape(label)).append('"');
            }
            out.append('>').append(Html.escape(name)).append("</span>");
        }

        @Override
        public void param(String value, String href, String name) {
            link("param", value, href, "threshold " + name);
        }

        @Override
        public void name(String name, String href, String title) {
            link("name", name, href, title);
        }

        private void link(String kind, String text, String href, String title) {
            String tag = href == null ? "span" : "a";
            out.append('<').append(tag).append(" class=\"").append(kind).append('"');
            if (href != null) {
                out.append(" href=\"").append(Html.url(href)).append('"');
            }
            if (title != null && !title.isEmpty()) {
                out.append(" title=\"").append(Html.escape(title)).append('"');
            }
            out.append('>').append(Html.escape(text)).append("</").append(tag).append('>');
        }
    }
}
