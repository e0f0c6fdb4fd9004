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
}
