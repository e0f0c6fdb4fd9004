package org.guidelang.compiler.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidelang.compiler.source.SourceFile;

/**
 * Which files hold a guideline and the guidelines it imports, told from their names and a look
 * at their text, without parsing: {@code batch} then checks those files only. A hint, never the
 * answer: it may name too many files or give up (then the caller compiles them all), and the
 * compiler decides what the files hold. It must never miss a file that declares one of the
 * needed guidelines, so its patterns match a keyword wherever the lexer could see one — with
 * spaces or comments before the name, and also inside strings and comments, which only costs a
 * fallback.
 */
final class GuidelineFiles {
    /** Between a keyword and its name, what the lexer skips: white space and comments. */
    private static final String SKIPPED = "(?:\\s|//[^\\r\\n]*|/\\*.*?\\*/)+";
    private static final Pattern DECLARED = Pattern.compile(
            "(?<![A-Za-z_0-9])guideline" + SKIPPED + "([A-Za-z_][A-Za-z_0-9]*)", Pattern.DOTALL);
    private static final Pattern IMPORTED = Pattern.compile(
            "(?<![A-Za-z_0-9])import" + SKIPPED + "([A-Za-z_][A-Za-z_0-9]*)", Pattern.DOTALL);

    private final Map<String, SourceFile> byName;
    private final List<SourceFile> all;

    private GuidelineFiles(Map<String, SourceFile> byName, List<SourceFile> all) {
        this.byName = byName;
        this.all = all;
    }

    static GuidelineFiles of(List<SourceFile> files) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        Set<String> twice = new LinkedHashSet<>();
        for (SourceFile file : files) {
            if (byName.putIfAbsent(baseName(file), file) != null) {
                twice.add(baseName(file));
            }
        }
        byName.keySet().removeAll(twice); // two files of one name (in two folders): no telling which
        return new GuidelineFiles(byName, files);
    }

    /**
     * The files of guideline {@code id} and of everything it imports, by guideline id; empty when they cannot be told: a file not named after its guideline, or another
     * file that may declare one of the same ids.
     */
    Optional<Map<String, SourceFile>> needed(String id) {
        Map<String, SourceFile> needed = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of(id));
        while (!next.isEmpty()) {
            String wanted = next.pop();
            if (needed.containsKey(wanted)) {
                continue;
            }
            SourceFile file = byName.get(wanted);
            if (file == null || !names(DECLARED, file).contains(wanted)) {
                return Optional.empty();
            }
            needed.put(wanted, file);
            next.addAll(names(IMPORTED, file));
        }
        for (SourceFile other : all) {
            if (!needed.containsValue(other) && names(DECLARED, other).stream().anyMatch(needed::containsKey)) {
                return Optional.empty();
            }
        }
        return Optional.of(needed);
    }

    private static Set<String> names(Pattern keyword, SourceFile file) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = keyword.matcher(file.text());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The file name without its extension: by convention the id of the guideline it holds. */
    private static String baseName(SourceFile file) {
        Path name = Path.of(file.displayPath()).getFileName();
        String text = name == null ? file.displayPath() : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
