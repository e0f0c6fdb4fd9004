package org.guidelang.compiler.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidelang.runtime.ControlCharacters;
import org.guidelang.runtime.InputError;

/**
 * Says what is wrong with a patient record that is not JSON, where (line and column, or column
 * alone for a one-line record), and how to fix it, in the words of a patient record: inputs,
 * values, texts. The JSON library's message names its own switches ("enable
 * JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS"), which mean nothing to a user of guidec and are
 * never shown; it is only read to tell the mistakes apart.
 */
final class MalformedJson {
    static final String EXAMPLE = "give one JSON object, such as {\"ki67\": 12.5, \"differentiation\": \"WELL\"}";

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** A mistake: what is wrong and the fix. */
    private record Mistake(String what, String fix) {}

    private MalformedJson() {}

    static InputError describe(JsonProcessingException e, String json) {
        Mistake mistake = mistake(e);
        return new InputError("$", "malformed JSON" + where(e.getLocation(), json) + ": " + mistake.what(), mistake.fix());
    }

    private static String where(JsonLocation location, String json) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        if (json.indexOf('\n') < 0) {
            return " at column " + location.getColumnNr();
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Mistake mistake(JsonProcessingException e) {
        String said = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(said);
        }
        String found = quoted(said);
        if (said.startsWith("Non-standard token")) {
            return new Mistake("`" + found + "` is not a number JSON can hold",
                    "give the value as a number, or null if it is not known");
        } else if (said.startsWith("Duplicate field")) {
            return new Mistake("input `" + found + "` is given twice", "give each input once");
        } else if (said.startsWith("Unrecognized token")) {
            return new Mistake("`" + found + "` is not a value",
                    "write a number, a \"text\" in double quotes, true, false, or null");
        } else if (said.contains("end-of-input")) {
            return said.contains("closing quote")
                    ? new Mistake("a text is not closed", "add the closing `\"`")
                    : new Mistake("the record ends before its object is closed", "add the missing `}` (or `]`)");
        } else if (said.contains("Trailing token")) {
            return new Mistake("something follows the patient's object",
                    "give one object per record: one per file for eval, one per line for a cohort");
        } else if (said.contains("close marker")) {
            return new Mistake("a `}` or `]` that closes nothing", "remove it");
        } else if (said.contains("comment")) {
            return new Mistake("JSON has no comments", "remove the comment");
        } else if (said.contains("Leading zeroes")) {
            return new Mistake("a number starts with 0", "write 7, not 07");
        } else if (said.contains("plus sign")) {
            return new Mistake("a number starts with `+`", "write 7, not +7");
        } else if (said.contains("Decimal point not followed by a digit")) {
            return new Mistake("a decimal point without a digit after it", "write 1.0 or 1, not 1.");
        } else if (said.contains("CTRL-CHAR")) {
            return new Mistake("a tab, line break or other control character inside a text",
                    "write it as an escape, such as \\t or \\n, or remove it");
        } else if (said.contains("character escape")) {
            return new Mistake("a backslash in a text starts an escape JSON does not know",
                    "write \\\\ for a backslash itself");
        }
        return unexpected(said);
    }

    /** An unexpected character, told apart by what was expected there. */
    private static Mistake unexpected(String said) {
        String character = character(said);
        if (said.contains("double-quote to start field name")) {
            if (character.equals("'")) {
                return new Mistake("a name in single quotes", "write input names between double quotes: \"ki67\"");
            } else if (character.equals("}")) {
                return new Mistake("a comma before `}`", "remove the comma after the last input");
            }
            return new Mistake("an input name without double quotes", "write input names between double quotes: \"ki67\"");
        } else if (said.contains("colon to separate")) {
            return new Mistake("no `:` after an input name", "write `\"ki67\": 12.5`");
        } else if (said.contains("comma to separate Object")) {
            return new Mistake("`" + character + "` after a value", "separate the inputs with `,`; end the object with `}`");
        } else if (said.contains("comma to separate Array")) {
            return new Mistake("`" + character + "` after a value in a list", "separate the values with `,`");
        } else if (character.equals("'")) {
            return new Mistake("a text in single quotes", "write texts between double quotes: \"WELL\"");
        } else if (character.equals(".")) {
            return new Mistake("a number starts with a decimal point", "write 0.5, not .5");
        } else if (character.equals("\uFEFF")) {
            return new Mistake("a byte-order mark inside the record", "save the file as UTF-8 without BOM");
        } else if (!character.isEmpty()) {
            return new Mistake("`" + character + "` where a value must be",
                    "write a number, a \"text\" in double quotes, true, false, or null");
        }
        return new Mistake("this is not JSON", EXAMPLE);
    }

    private static Mistake limit(String said) {
        if (said.contains("nesting depth")) {
            return new Mistake("lists and objects nested too deeply",
                    "give a flat object of input names to values");
        } else if (said.contains("Number value length")) {
            return new Mistake("a number with too many digits", "give the value with fewer digits");
        } else if (said.contains("String value length")) {
            return new Mistake("a text too long to read", "give a shorter text");
        }
        return new Mistake("a record too large to read", "split it, or give fewer values");
    }

    /**
     * The first 'quoted' part of the library's message: the name or word it is about, as the
     * patient record has it, so with any control character escaped.
     */
    private static String quoted(String said) {
        Matcher m = QUOTED.matcher(said);
        return m.find() ? ControlCharacters.escape(m.group(1)) : "";
    }

    /** The character in "Unexpected character ('x' (code 120))". */
    private static String character(String said) {
        int start = said.indexOf("character ('");
        if (start < 0) {
            return "";
        }
        int from = start + "character ('".length();
        int end = said.indexOf("' (code", from);
        return end < 0 ? "" : said.substring(from, end);
    }
}
