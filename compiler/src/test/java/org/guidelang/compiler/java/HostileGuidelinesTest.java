package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
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
        EvaluationResult result = generated.evaluator("dollars").explain(Map.of("x", "A", "y", 10));
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
            GuidelineTexts.agree(compilation, compilation.guidelines().get(0), generated.evaluator("huge"), Map.of("x", x), "x=" + x);
        }
    }
    /** Builds the texts and compares each guideline with the interpreter on its examples and random patients. */
    private static void buildsAndAgrees(String... texts) {
        Compilation compilation = GuidelineTexts.check(texts);
        GeneratedEvaluators generated = GuidelineTexts.build(texts);
        GuidelineTexts.examplesAgree(compilation, generated);
        for (CheckedGuideline guideline : compilation.guidelines()) {
            RandomPatients patients = new RandomPatients(guideline, 13L);
            for (int i = 0; i < 300; i++) {
                GuidelineTexts.agree(compilation, guideline, generated.evaluator(guideline.id()), patients.next(), "patient " + i);
            }
        }
    }

    @Test
    void anInputNamedLikeALocalOfTheGeneratedCode() {
        buildsAndAgrees("""
                guideline b_input version 1.0.0 {
                  title "An input b, as the builder local was called"
                  input b : boolean
                  input values : decimal
                  input index : decimal in [0, 10]
                  recommend r "do" when b and values > index
                }
                """);
    }

    @Test
    void anOutcomeOrAliasNamedLikeAParameterOfTheGeneratedCode() {
        buildsAndAgrees("""
                guideline label_source version 1.0.0 {
                  title "Imported under the alias label"
                  input x : boolean
                  table label : code { A, B } hit first {
                    when x -> A
                    otherwise -> B
                  }
                }
                """, """
                guideline label_user version 1.0.0 {
                  title "Uses it as label"
                  import label_source as label
                  table element : code { C, D } hit first {
                    when label.label = A -> C
                    otherwise -> D
                  }
                  table candidates : code { E, F } hit unique {
                    when element = C -> E
                    when element = D -> F
                  }
                  recommend trace "trace" when candidates = E
                }
                """);
    }

    @Test
    void parametersNamedLikeTheClassesPrivateConstants() {
        buildsAndAgrees("""
                guideline private_constants version 1.0.0 {
                  title "Parameters named like generated constants"
                  input x : decimal
                  param validator = 1
                  param evaluator = 2
                  param outcomes = 3
                  param gradeLogic = 4
                  param gradeDecided = 5
                  param gradeValues = 6
                  param pending = 7
                  define gradeMissing = x > gradeLogic + gradeDecided
                  define decideGrade = x > validator + evaluator + outcomes + gradeValues + pending
                  table grade : code { A, B } hit first {
                    when gradeMissing and decideGrade -> A
                    otherwise -> B
                  }
                  table gradePossible : code { C, D } hit first {
                    when grade = A -> C
                    otherwise -> D
                  }
                  table gradeFrom : code { E, F } hit first {
                    when gradePossible = C -> E
                    otherwise -> F
                  }
                }
                """);
    }

    @Test
    void tablesNamedLikeTheClassesPublicConstants() {
        buildsAndAgrees("""
                guideline public_constants version 1.0.0 {
                  title "Tables named like generated constants"
                  input x : boolean
                  table ID : code { A, B } hit first { when x -> A otherwise -> B }
                  table VERSION : code { C, D } hit first { when ID = A -> C otherwise -> D }
                  table INPUTS : code { E, F } hit first { when VERSION = C -> E otherwise -> F }
                  table OUTCOMES : code { G, H } hit first { when INPUTS = E -> G otherwise -> H }
                  table INPUT_INDEX : code { I, J } hit first { when OUTCOMES = G -> I otherwise -> J }
                }
                """);
    }

    @Test
    void codeInputsNamedLikeJavaLangClasses() {
        buildsAndAgrees("""
                guideline java_lang version 1.0.0 {
                  title "Code inputs named like java.lang classes"
                  input Object : code { A, B }
                  input String : code { C, D }
                  input Ops : code { E, F }
                  input Truth : code { G, H }
                  input Double : decimal
                  input org : boolean
                  input java : boolean
                  recommend r "do" when Object = A and String = C and Ops = E and Truth = G and Double > 1
                    and org and java
                }
                """);
    }

    /** Every runtime class the generated code names, taken as the name of an input, a table, a code set or a parameter. */
    @Test
    void namesOfTheRuntimeClassesTheGeneratedCodeImports() {
        buildsAndAgrees("""
                guideline runtime_inputs version 1.0.0 {
                  title "Inputs named like runtime classes"
                  input InputValues : decimal
                  input ExactAnswers : boolean
                  input Completions : decimal
                  input OutcomeResult : boolean
                  input LinkedHashMap : boolean
                  input BigDecimal : decimal
                  param Subject = 2
                  define EvaluationResult = Completions > Subject
                  table GuidelineEvaluator : code { E, F } hit first {
                    when InputValues > 1 and ExactAnswers and OutcomeResult -> E
                    otherwise -> F
                  }
                  recommend r "do" when EvaluationResult and LinkedHashMap and BigDecimal > 1
                    and GuidelineEvaluator = E
                }
                """, """
                guideline runtime_outcomes version 1.0.0 {
                  title "Outcomes named like runtime classes"
                  input x : decimal
                  input ok : boolean
                  param InputSpec = 1
                  table InputValues : code { A, B } hit first { when x > InputSpec -> A otherwise -> B }
                  table ExactAnswers : code { C, D } hit first { when InputValues = A -> C otherwise -> D }
                  table Completions : code { E, F } hit first { when ExactAnswers = C and ok -> E otherwise -> F }
                  table OutcomeResult : code { G, H } hit first { when Completions = E -> G otherwise -> H }
                  criteria ExplainedValues "ev" require all {
                    criterion one "one": OutcomeResult = G
                  } outcome {
                    met MET "met"
                    unmet UNMET "unmet"
                  }
                  recommend Decimals "do" when ExplainedValues = MET
                }
                """, """
                guideline runtime_recommendations version 1.0.0 {
                  title "Recommendations named like runtime classes"
                  input x : decimal
                  input ok : boolean
                  recommend InputValues "do" when x > 1
                  recommend ExactAnswers "do" when ok
                  recommend Completions "do" when x > 2 and ok
                  recommend OutcomeResult "do" when x > 3 or ok
                }
                """);
    }

    @Test
    void codesNamedLikeTheMembersOfTheirEnum() {
        buildsAndAgrees("""
                guideline enum_members version 1.0.0 {
                  title "Codes named like enum members"
                  input kind : code { Code, label, ofCode, values, valueOf, name, ordinal }
                  table outcome : code { CODE, LABEL } hit first {
                    when kind in {Code, label, values} -> CODE
                    otherwise -> LABEL
                  }
                }
                """);
    }
    /** Two names that would be one Java name are a check error naming both, never a class that overwrites another. */
    @Test
    void namesThatWouldBeOneJavaNameAreCheckErrors() {
        Compilation compilation = GuidelineTexts.check("""
                guideline milan_nen version 1.0.0 {
                  title "One"
                  input _ : boolean
                  input __ : boolean
                  table grade : code { A, B } hit first { when _ -> A otherwise -> B }
                  table Grade : code { C, D } hit first { when __ -> C otherwise -> D }
                }
                """, """
                guideline milanNen version 1.0.0 {
                  title "Two"
                }
                """, """
                guideline milan__nen version 1.0.0 {
                  title "Three"
                }
                """);
        assertEquals(List.of(
                "milanNen.guide:1:11: error: guideline `milanNen` would be the Java class MilanNen, as guideline "
                        + "`milan_nen` (milan_nen.guide:1) already is [GL214]",
                "milan__nen.guide:1:11: error: guideline `milan__nen` would be the Java class MilanNen, as guideline "
                        + "`milan_nen` (milan_nen.guide:1) already is [GL214]",
                "milan_nen.guide:4:9: error: input `__` would be the accessor __() in the generated Java, as input `_` "
                        + "(milan_nen.guide:3) already is [GL215]",
                "milan_nen.guide:6:9: error: table `Grade` would be the enum Grade in the generated Java, as table "
                        + "`grade` (milan_nen.guide:5) already is [GL215]"),
                GuidelineTexts.errors(compilation).stream().map(e -> e.lines().findFirst().orElseThrow()).toList());
    }
    /** A table of {@code count} codes C0, C1, ..., each rule read on two inputs, and a table narrowing over it. */
    private static String tableOfCodes(String id, int count) {
        StringBuilder text = new StringBuilder("guideline " + id + " version 1.0.0 {\n  title \"Many codes\"\n"
                + "  input x : decimal in [0, " + count + "]\n  input k : code { ODD, EVEN }\n  table t : code { ");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append("C").append(i);
        }
        text.append(" } hit first {\n");
        for (int i = 0; i < count - 1; i++) {
            text.append("    when x < ").append(i + 1).append(" and k = ").append(i % 2 == 0 ? "EVEN" : "ODD")
                    .append(" -> C").append(i).append('\n');
        }
        text.append("    otherwise -> C").append(count - 1).append("\n  }\n");
        text.append("  table u : code { YES, NO } hit first {\n    when t in {C0, C1, C")
                .append(count - 1).append("} -> YES\n    otherwise -> NO\n  }\n}\n");
        return text.toString();
    }

    /** Sets of codes beyond 63 no longer fit a long: a table of any size must check, compile and run. */
    @Test
    void tablesOfManyCodesRunAsTheyCheck() {
        buildsAndAgrees(tableOfCodes("codes63", 63), tableOfCodes("codes64", 64), tableOfCodes("codes200", 200));
    }
}
