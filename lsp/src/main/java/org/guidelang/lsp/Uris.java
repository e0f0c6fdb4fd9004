package org.guidelang.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Document URIs and the files they name: only {@code file:} URIs have a folder of siblings. */
final class Uris {
    private Uris() {}

    /** The file a {@code file:} URI names, normalised; empty for any other scheme or a malformed URI. */
    static Optional<Path> path(String uri) {
        try {
            URI parsed = new URI(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** The last segment of a URI, to name a document that is not a file in diagnostics. */
    static String lastSegment(String uri) {
        String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
        return slash >= 0 && slash < trimmed.length() - 1 ? trimmed.substring(slash + 1) : trimmed;
    }
}
