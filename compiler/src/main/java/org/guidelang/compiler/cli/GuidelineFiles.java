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
    /** What follows a keyword: then the name it declares or imports. */
    private static final Pattern NAMED = Pattern.compile(SKIPPED + "([A-Za-z_][A-Za-z_0-9]*)", Pattern.DOTALL);
    private static final String DECLARED = "guideline";
    private static final String IMPORTED = "import";

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

    /**
     * The names after each {@code keyword} that is not the end of a longer word: what the pattern
     * {@code (?<![A-Za-z_0-9])keyword SKIPPED (name)} finds, tried only where the keyword is (a
     * batch run looks at every file it is given, and a pattern tried at every character of a few
     * hundred kilobytes cost tens of milliseconds at start).
     */
    static Set<String> names(String keyword, SourceFile file) {
        Set<String> names = new LinkedHashSet<>();
        String text = file.text();
        Matcher named = NAMED.matcher(text);
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at)) {
            if (at > 0 && isNamePart(text.charAt(at - 1))) {
                at++;
                continue;
            }
            named.region(at + keyword.length(), text.length());
            if (named.lookingAt()) {
                names.add(named.group(1));
                at = named.end();
            } else {
                at++;
            }
        }
        return names;
    }

    private static boolean isNamePart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The file name without its extension: by convention the id of the guideline it holds. */
    private static String baseName(SourceFile file) {
        Path name = Path.of(file.displayPath()).getFileName();
        String text = name == null ? file.displayPath() : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
