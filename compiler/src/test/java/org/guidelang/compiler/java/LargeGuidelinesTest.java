package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.runtime.GuidelineEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Guidelines too large for the Java back end once (issue 13): a long {@code and} gave "code too
 * large", a table of a thousand rules overflowed javac's stack, a long text exceeded the class
 * file's limit for a constant. Each is compiled with {@code -Xlint:all -Werror}, run against the
 * interpreter, and the generated source must grow in step with the guideline.
 */
class LargeGuidelinesTest {
    private static String andOf(int terms) {
        StringBuilder text = new StringBuilder("guideline long_and version 1.0.0 {\n  title \"A long and\"\n");
        for (int i = 0; i < 10; i++) {
            text.append("  input x").append(i).append(" : decimal in [0, 1000]\n");
        }
        text.append("  recommend r \"r\" when ");
        for (int i = 0; i < terms; i++) {
            text.append(i == 0 ? "" : "\n    and ").append("x").append(i % 10).append(" > ").append(i);
        }
        return text.append("\n}\n").toString();
    }

    private static Compilation agreeing(String text, int patients) {
        Compilation compilation = GuidelineTexts.check(text);
        GeneratedEvaluators generated = GuidelineTexts.build(text);
        for (CheckedGuideline guideline : compilation.guidelines()) {
            RandomPatients random = new RandomPatients(guideline, 7L);
            GuidelineEvaluator evaluator = generated.evaluator(guideline.id());
            for (int i = 0; i < patients; i++) {
                GuidelineTexts.agree(compilation, guideline, evaluator, random.next(), "patient " + i);
            }
        }
        return compilation;
    }

    private static int sourceLength(String text) {
        return JavaBackend.generate(GuidelineTexts.check(text), null).sources().stream()
                .mapToInt(file -> file.content().length()).sum();
    }

    @Test
    void aLongAndCompilesAndGrowsLinearly() {
        // The parser reads expressions up to 200 deep (GL106 beyond); a chain of `and` is as deep as it is long.
        agreeing(andOf(190), 200);
        int small = sourceLength(andOf(45));
        int large = sourceLength(andOf(180));
        assertTrue(large < 5 * small, "4x the terms gave " + large + " characters of Java against " + small);
    }

    @Test
    void deeplyNestedConditionsCompile() {
        StringBuilder condition = new StringBuilder("x > 0");
        for (int i = 1; i < 90; i++) {
            condition = new StringBuilder("(" + condition + (i % 2 == 0 ? " and " : " or ") + "x > " + i + ")");
        }
        agreeing("""
                guideline deep version 1.0.0 {
                  title "Deep"
                  input x : decimal in [0, 200]
                  define d = %s
                  recommend r "r" when d or not (x * 2 + 1 in [3, 9])
                }
                """.formatted(condition), 200);
    }

    private static String tableOf(int rules, int criteria) {
        StringBuilder text = new StringBuilder("guideline big_table version 1.0.0 {\n  title \"Many rules\"\n"
                + "  input x : decimal in [0, " + (rules + 1) + "]\n  input flag : boolean\n"
                + "  table t : code { LOW, MID, HIGH } hit first {\n");
        for (int i = 0; i < rules; i++) {
            text.append("    when x in [").append(i).append(", ").append(i + 1).append(")")
                    .append(i % 3 == 0 ? " and flag" : "").append(" -> ")
                    .append(List.of("LOW", "MID", "HIGH").get(i % 3)).append('\n');
        }
        text.append("    otherwise -> HIGH\n  }\n  criteria c require at least 2 {\n");
        for (int i = 0; i < criteria; i++) {
            text.append("    criterion c").append(i).append(": x > ").append(i).append('\n');
        }
        return text.append("  } outcome {\n    met MET\n    unmet UNMET\n  }\n}\n").toString();
    }

    @Test
    void aTableOfAThousandRulesCompiles() {
        agreeing(tableOf(1000, 20), 50);
        int small = sourceLength(tableOf(100, 100));
        int large = sourceLength(tableOf(400, 400));
        assertTrue(large < 5 * small, "4x the rules gave " + large + " characters of Java against " + small);
    }

    /**
     * Constraints become methods of the nested {@code Constraints} class: a long chain in one, and
     * thousands of them, must compile as the other outcomes do ({@code broken}, {@code errors} and
     * {@code missing} once named every constraint in one method).
     */
    private static String constraintsOf(int terms, int constraints) {
        StringBuilder text = new StringBuilder("guideline many_constraints version 1.0.0 {\n  title \"Constraints\"\n");
        for (int i = 0; i < 10; i++) {
            text.append("  input x").append(i).append(" : decimal in [0, 1000]\n");
        }
        text.append("  input flag : boolean\n  constraint chain \"A long chain.\" :\n    ");
        for (int i = 0; i < terms; i++) {
            text.append(i == 0 ? "" : i % 2 == 0 ? "\n    or " : "\n    and ").append("x").append(i % 10).append(" < ")
                    .append(1001 + i);
        }
        text.append('\n');
        for (int i = 0; i < constraints; i++) {
            text.append("  constraint c").append(i).append(" \"Rationale ").append(i).append(".\" : x").append(i % 10)
                    .append(i % 3 == 0 ? " + x" + ((i + 1) % 10) + " <= " + (2000 + i) : " >= " + (-1 - i % 7))
                    .append(i % 5 == 0 ? " or flag" : "").append('\n');
        }
        return text.append("  recommend r \"r\" when x0 > x1\n}\n").toString();
    }

    @Test
    void aLongConstraintAndHundredsOfThemCompile() {
        agreeing(constraintsOf(190, 3000), 5);
        int small = sourceLength(constraintsOf(45, 200));
        int large = sourceLength(constraintsOf(180, 800));
        assertTrue(large < 5 * small, "4x the constraints gave " + large + " characters of Java against " + small);
    }

    @Test
    void aSetOfManyItemsCompiles() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            items.append(i == 0 ? "" : ", ").append(i * 3);
        }
        agreeing("""
                guideline big_set version 1.0.0 {
                  title "A large set"
                  input x : integer in [0, 2000]
                  recommend r "r" when x in {%s}
                }
                """.formatted(items), 300);
    }

    @Test
    void textsLongerThanAClassFileConstantKeepEveryCharacter() throws Exception {
        String word = "text with a \\\"quote\\\", a backslash \\\\ and 😀, ";
        String longText = word.repeat(80_000 / word.length() + 1);
        String text = """
                guideline long_text version 1.0.0 {
                  title "Long texts"
                  description "%1$s"
                  source s1 "%1$s"
                  input x : decimal "%1$s"
                  input k : code { A "%1$s", B }
                  table t "%1$s" : code { YES "%1$s", NO } hit first {
                    when x > 1 -> YES cite s1 at "%1$s"
                    otherwise -> NO
                  }
                  recommend r "%1$s" when t = YES cite s1
                }
                """.formatted(longText);
        Compilation compilation = GuidelineTexts.check(text);
        GeneratedEvaluators generated = GeneratedEvaluators.of(compilation);
        GuidelineEvaluator evaluator = generated.evaluator("long_text");
        String expected = compilation.guidelines().get(0).inputs().get(0).spec().description();
        assertTrue(expected.length() > 66_000);
        assertEquals(expected, evaluator.inputs().get(0).description());
        GuidelineTexts.agree(compilation, compilation.guidelines().get(0), evaluator, Map.of("x", 5, "k", "A"), "x = 5");
        assertEquals("s1, " + expected, evaluator.explain(Map.of("x", 5)).explanation().get(0).citation(),
                "the locator reaches the explanation whole");
    }
}
