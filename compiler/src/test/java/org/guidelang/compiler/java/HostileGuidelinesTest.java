package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.runtime.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Guidelines that check clean but once crashed the Java back end or gave Java that javac
 * refused (issue 13): each is built, compiled with {@code -Xlint:all -Werror}, run, and compared
 * with the interpreter.
 */
class HostileGuidelinesTest {
    @Test
    void dollarSignsInAnyTextAreKeptAsWritten() throws Exception {
        String text = """
                guideline dollars version 1.0.0 {
                  title "Costs $5, $L and $$ more"
                  description "A $S description with $T and $N"
                  authors "$1 author"
                  committee "The $$ committee"
                  source s1 "Cite $S here" url "https://example.org/$L"
                  input x : code { A "label $T", B "$$" } "input $N"
                  input y : percent in [0, 100] "share in $"
                  param limit = 5% cite s1 at "p. $3" rationale "because $L"
                  define high "over $L" = y > limit
                  table t "T $L" : code { Y "yes $", N "no $$" } hit first {
                    when x = A and high -> Y cite s1 at "p. $$3"
                    otherwise -> N
                  } cite s1
                  criteria c "C $S" require all {
                    criterion one "one $L": t = Y cite s1 at "$"
                  } outcome {
                    met MET "met $$"
                    unmet UNMET "unmet $"
                  }
                  recommend r "do $x and $$y" when t = Y strength strong cite s1 at "$$"
                  example "$$ example" {
                    given x = A, y = 10%
                    expect t = Y
                  }
                }
                """;
        Compilation compilation = GuidelineTexts.check(text);
        GeneratedEvaluators generated = GuidelineTexts.build(text);
        GuidelineTexts.examplesAgree(compilation, generated);
        EvaluationResult result = generated.evaluator("dollars").evaluate(Map.of("x", "A", "y", 10));
        String json = result.toJson();
        assertTrue(json.contains("s1, p. $$3"), json);
        assertTrue(json.contains("s1, $$"), json);
        assertEquals("Y", result.outcome("t").orElseThrow().value());
    }
    /**
     * A parameter of 400 digits is infinite as a double. Java has no literal for it: the checker
     * may refuse it, and whatever it lets through must compile and agree with the interpreter.
     */
    @Test
    void numbersBeyondTheRangeOfADoubleNeverReachJavacAsInfinity() {
        String text = """
                guideline huge version 1.0.0 {
                  title "Huge"
                  input x : decimal
                  param big = %s
                  param large = %s
                  recommend r "r" when x < big and x < large
                }
                """.formatted("9".repeat(400), "1" + "0".repeat(308));
        Compilation compilation = GuidelineTexts.check(text);
        if (compilation.hasErrors()) {
            assertTrue(GuidelineTexts.errors(compilation).stream().allMatch(e -> e.startsWith("huge.guide:4:")),
                    GuidelineTexts.errors(compilation).toString());
            return;
        }
        GeneratedEvaluators generated = GeneratedEvaluators.of(compilation);
        for (double x : new double[] {-1e308, 0, 5e307, 1e308, 1.5e308}) {
            GuidelineTexts.agree(compilation.guidelines().get(0), generated.evaluator("huge"), Map.of("x", x), "x=" + x);
        }
    }
}
