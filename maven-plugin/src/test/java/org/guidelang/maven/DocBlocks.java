package org.guidelang.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown page, with the marker comment on the line before each, if any:
 * {@code <!-- downstream file: pom.xml -->} makes the block that file of the downstream project,
 * {@code <!-- downstream output: com.example.Main -->} is what that class prints, and {@code
 * <!-- downstream log: success -->} (or {@code failure}) holds lines that project's build logs.
 */
record DocBlocks(Path page, List<DocBlocks.Block> blocks) {
    private static final Pattern MARKER = Pattern.compile("<!--\\s*downstream (file|output|log):\\s*(\\S+)\\s*-->");

    /** One fenced block: its language ({@code ""} if none), its marker (null if none), its text. */
    record Block(Path page, int line, String language, String kind, String name, String text) {
        String where() {
            return page.getFileName() + ":" + line;
        }
    }

    static DocBlocks read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            String language = lines.get(i).substring(3).strip();
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).equals("```")) {
                close++;
            }
            if (close == lines.size()) {
                throw new IllegalStateException(page + ":" + (i + 1) + ": a fence that is never closed");
            }
            StringBuilder text = new StringBuilder();
            lines.subList(i + 1, close).forEach(line -> text.append(line).append('\n'));
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1).strip()) : null;
            boolean marked = marker != null && marker.matches();
            blocks.add(new Block(page, i + 1, language, marked ? marker.group(1) : null,
                    marked ? marker.group(2) : null, text.toString()));
            i = close;
        }
        return new DocBlocks(page, List.copyOf(blocks));
    }

    List<Block> marked(String kind) {
        return blocks.stream().filter(b -> kind.equals(b.kind())).toList();
    }
}
