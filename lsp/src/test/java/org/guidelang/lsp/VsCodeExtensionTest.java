package org.guidelang.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The VS Code extension in editors/vscode agrees with the language: its TextMate grammar
 * highlights every keyword the compiler's lexer has, and its manifest ties {@code *.guide} files
 * to that grammar and to {@code guidec lsp}.
 */
class VsCodeExtensionTest {
    private static final Path EXTENSION = TestFiles.repo().resolve("editors/vscode");

    @Test
    void theTextMateGrammarHighlightsEveryKeywordOfTheLexer() throws Exception {
        JsonObject grammar = json(EXTENSION.resolve("syntaxes/guidelang.tmLanguage.json"));
        assertEquals("source.guidelang", grammar.get("scopeName").getAsString());
        List<Pattern> keywords = new ArrayList<>();
        for (JsonElement pattern : grammar.getAsJsonObject("repository").getAsJsonObject("keywords")
                .getAsJsonArray("patterns")) {
            keywords.add(Pattern.compile(pattern.getAsJsonObject().get("match").getAsString()));
        }
        List<String> missing = Keywords.all().stream()
                .filter(word -> keywords.stream().noneMatch(p -> p.matcher(word).matches()))
                .toList();
        assertEquals(List.of(), missing, "add these keywords of GuideLang.g4 to the `keywords` patterns of "
                + "editors/vscode/syntaxes/guidelang.tmLanguage.json");
    }

    @Test
    void theManifestTiesGuideFilesToTheGrammarAndTheServer() throws Exception {
        JsonObject manifest = json(EXTENSION.resolve("package.json"));
        JsonObject contributes = manifest.getAsJsonObject("contributes");
        JsonObject language = contributes.getAsJsonArray("languages").get(0).getAsJsonObject();
        assertEquals("guidelang", language.get("id").getAsString());
        assertEquals(List.of(".guide"), strings(language.getAsJsonArray("extensions")));
        assertTrue(Files.isRegularFile(EXTENSION.resolve(language.get("configuration").getAsString())));
        JsonObject grammar = contributes.getAsJsonArray("grammars").get(0).getAsJsonObject();
        assertEquals("source.guidelang", grammar.get("scopeName").getAsString());
        assertTrue(Files.isRegularFile(EXTENSION.resolve(grammar.get("path").getAsString())));
        assertEquals("guidec", contributes.getAsJsonObject("configuration").getAsJsonObject("properties")
                .getAsJsonObject("guidelang.serverPath").get("default").getAsString());
        assertTrue(Files.isRegularFile(EXTENSION.resolve(manifest.get("main").getAsString())));
        String client = Files.readString(EXTENSION.resolve(manifest.get("main").getAsString()));
        assertTrue(client.contains("args: ['lsp']"), "the client starts `guidec lsp`");

        JsonObject configuration = json(EXTENSION.resolve("language-configuration.json"));
        assertEquals("//", configuration.getAsJsonObject("comments").get("lineComment").getAsString());
    }

    private static JsonObject json(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private static List<String> strings(JsonArray array) {
        List<String> result = new ArrayList<>();
        array.forEach(e -> result.add(e.getAsString()));
        return result;
    }
}
