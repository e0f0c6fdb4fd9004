package org.guidelang.compiler.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks well-formed guideline sources the ways editors, copy-paste and file systems do:
 * flipped, deleted and duplicated characters, lines and token runs, truncation, stray tokens
 * and keywords, deep nesting, huge files, binary junk, NUL bytes and invalid UTF-8. Every
 * choice comes from the given {@link Random}, so a seed reproduces a source.
 */
final class SourceMutator {
    private static final String[] TOKENS = {
        "guideline", "version", "title", "status", "source", "import", "as", "input", "param", "define", "table",
        "hit", "first", "unique", "when", "otherwise", "criteria", "require", "all", "any", "at", "least",
        "relative", "criterion", "outcome", "met", "unmet", "exception", "recommend", "strength", "evidence",
        "cite", "conflict", "example", "given", "expect", "undetermined", "and", "or", "not", "in", "is", "known", "missing",
        "true", "false", "code", "boolean", "percent", "years", "count", "per", "history", "since", "rationale",
        "->", "=>", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%", "(", ")", "[", "]", "{", "}",
        ",", ":", ".", "\"", "\"text\"", "/*", "*/", "//", "1.0.0", "2025-02-30", "2025-06-01", "0", "20", "3.5",
        "99999999999999999999", "20%", "3 cm", "60 years", "ki67", "who.grade", "WELL", "NET_G1", "x", "≥", "“",
        "\t", "\r", "\n", "\uFEFF", "\u00A0", "é", "😀", "\uD800", "\\", "#", ";", "&", "|", "!"
    };

    private final Random random;

    SourceMutator(Random random) {
        this.random = random;
    }

    /** A mutated text; one to three mutations of {@code seed}. */
    String mutate(String seed) {
        String text = seed;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            text = once(text);
        }
        return text;
    }

    private String once(String text) {
        return switch (random.nextInt(18)) {
            case 0 -> flipChar(text);
            case 1 -> deleteRange(text);
            case 2 -> duplicateLine(text);
            case 3 -> deleteLine(text);
            case 4 -> swapLines(text);
            case 5 -> swapTokenRuns(text);
            case 6 -> truncate(text);
            case 7, 8 -> insertToken(text);
            case 9 -> duplicateTokenRun(text);
            case 10 -> insertAt(text, random.nextBoolean() ? "\"" : "/*");
            case 11 -> deleteTokenRun(text);
            case 12 -> replaceToken(text);
            case 13 -> insertAt(text, String.valueOf((char) random.nextInt(0x3000)));
            // Mutations that often keep the syntax, so that the checker sees broken meaning.
            case 14, 15 -> swapNames(text);
            default -> changeNumber(text);
        };
    }

    /** Bytes with byte-level damage: invalid UTF-8, NUL bytes, junk, or the text's own bytes. */
    byte[] damageBytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> junk(64 + random.nextInt(4096));
            case 1 -> insertBytes(bytes, new byte[] {0});
            case 2 -> insertBytes(bytes, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            default -> {
                byte[] copy = Arrays.copyOf(bytes, bytes.length);
                if (copy.length > 0) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield copy;
            }
        };
    }

    byte[] junk(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A guideline whose one definition nests {@code depth} deep, by parentheses, `not`, or minus signs. */
    String deeplyNested(int depth) {
        String body = switch (random.nextInt(4)) {
            case 0 -> "(".repeat(depth) + "ki67 > 20%" + ")".repeat(depth);
            case 1 -> "not ".repeat(depth) + "ki67 > 20%";
            case 2 -> "ki67 > " + "-".repeat(depth) + "20%";
            default -> "(".repeat(depth); // unbalanced: the parser must still come back
        };
        return "guideline deep version 1.0.0 {\n  title \"Deep\"\n  input ki67 : percent in [0, 100]\n  define d = "
                + body + "\n}\n";
    }

    /** A guideline with {@code members} repetitive members: many duplicate names, long lines. */
    String huge(String seed, int copies) {
        int open = seed.indexOf('{');
        int close = seed.lastIndexOf('}');
        if (open < 0 || close <= open) {
            return seed.repeat(copies);
        }
        String body = seed.substring(open + 1, close);
        return seed.substring(0, open + 1) + body.repeat(copies) + seed.substring(close);
    }

    // ---- text mutations ----

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\b[A-Za-z_][A-Za-z_0-9]*\\b");
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("\\b\\d+(\\.\\d+)?( ?(%|cm|mm|years|months|days))?");
    private static final String[] UNITS = {"", "", "%", " cm", " mm", " years", " months", " weeks", " days", " kg"};

    /** One name of the text in place of another: syntax mostly survives, meaning does not. */
    private String swapNames(String text) {
        List<int[]> names = matches(NAME, text);
        if (names.size() < 2) {
            return text;
        }
        int[] target = names.get(random.nextInt(names.size()));
        int[] source = names.get(random.nextInt(names.size()));
        return text.substring(0, target[0]) + text.substring(source[0], source[1]) + text.substring(target[1]);
    }

    /** Another number, with another unit or none. */
    private String changeNumber(String text) {
        List<int[]> numbers = matches(NUMBER, text);
        if (numbers.isEmpty()) {
            return text;
        }
        int[] target = numbers.get(random.nextInt(numbers.size()));
        String number = switch (random.nextInt(5)) {
            case 0 -> "0";
            case 1 -> String.valueOf(random.nextInt(200));
            case 2 -> random.nextInt(100) + "." + random.nextInt(10);
            case 3 -> random.nextBoolean() ? "1" + "0".repeat(random.nextInt(400)) : "0." + "0".repeat(random.nextInt(400)) + "1";
            default -> String.valueOf(random.nextInt(3));
        };
        return text.substring(0, target[0]) + number + UNITS[random.nextInt(UNITS.length)] + text.substring(target[1]);
    }

    private static List<int[]> matches(java.util.regex.Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        java.util.regex.Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private String flipChar(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        char c = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000));
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private String deleteRange(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, from) + text.substring(to);
    }

    private String truncate(String text) {
        if (text.isEmpty()) {
            return text;
        }
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '{' || c == '}' || c == '(' || c == '\n' || c == ' ' || c == '/' || c == ':') {
                places.add(i);
            }
        }
        int at = places.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(text.length() + 1)
                : places.get(random.nextInt(places.size())) + random.nextInt(2);
        return text.substring(0, Math.min(at, text.length()));
    }

    private String insertToken(String text) {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        return insertAt(text, random.nextBoolean() ? " " + token + " " : token);
    }

    private String insertAt(String text, String insertion) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    private String duplicateLine(String text) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    private String deleteLine(String text) {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private String swapLines(String text) {
        List<String> lines = lines(text);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines);
    }

    private String swapTokenRuns(String text) {
        List<String> words = words(text);
        if (words.size() < 4) {
            return text;
        }
        int length = 1 + random.nextInt(3);
        int a = random.nextInt(words.size() - length);
        int b = random.nextInt(words.size() - length);
        for (int i = 0; i < length; i++) {
            String t = words.get(a + i);
            words.set(a + i, words.get(b + i));
            words.set(b + i, t);
        }
        return String.join(" ", words);
    }

    private String duplicateTokenRun(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return text;
        }
        int from = random.nextInt(words.size());
        int to = Math.min(words.size(), from + 1 + random.nextInt(6));
        words.addAll(to, new ArrayList<>(words.subList(from, to)));
        return String.join(" ", words);
    }

    private String deleteTokenRun(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return text;
        }
        int from = random.nextInt(words.size());
        int to = Math.min(words.size(), from + 1 + random.nextInt(4));
        words.subList(from, to).clear();
        return String.join(" ", words);
    }

    private String replaceToken(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return text;
        }
        words.set(random.nextInt(words.size()), TOKENS[random.nextInt(TOKENS.length)]);
        return String.join(" ", words);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /** Words split at single spaces, so the line structure mostly survives. */
    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.asList(text.split(" ", -1)));
    }

    private byte[] insertBytes(byte[] bytes, byte[] insertion) {
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + insertion.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insertion, 0, out, at, insertion.length);
        System.arraycopy(bytes, at, out, at + insertion.length, bytes.length - at);
        return out;
    }
}
