package org.guidelang.lsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The documents the editor has open, by URI, with their text as the editor holds it: an overlay
 * that the compiler reads instead of the file on disk. Not thread-safe: the server touches it on
 * its one compiler thread.
 */
final class OpenDocuments {
    private final Map<String, String> texts = new LinkedHashMap<>();

    void open(String uri, String text) {
        texts.put(uri, text);
    }

    /** Applies the editor's changes in order: a change with a range edits it, one without replaces all. */
    void change(String uri, List<TextDocumentContentChangeEvent> changes) {
        String text = texts.getOrDefault(uri, "");
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                LineIndex lines = new LineIndex(text);
                int start = lines.offset(change.getRange().getStart());
                int end = Math.max(start, lines.offset(change.getRange().getEnd()));
                text = text.substring(0, start) + change.getText() + text.substring(end);
            }
        }
        texts.put(uri, text);
    }

    void close(String uri) {
        texts.remove(uri);
    }

    Optional<String> text(String uri) {
        return Optional.ofNullable(texts.get(uri));
    }

    /** The URIs of the open documents, in the order they were opened. */
    List<String> uris() {
        return List.copyOf(texts.keySet());
    }
}
