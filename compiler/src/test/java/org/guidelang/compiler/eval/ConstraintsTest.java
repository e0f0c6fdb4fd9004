package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.Test;

/** Constraints between inputs: refused patients, and completions that respect them (docs/language.md §5.1). */
class ConstraintsTest {
    private static final Interpreter CLEARED = Guidelines.of("cleared", """
            guideline cleared version 1.0.0 {
              source s "Data dictionary"
              input extrahepaticDiseaseCleared : boolean
              input extrahepaticMetastases : boolean
              input ki67 : percent in [0, 100]
              constraint clearedMeansNone "Cleared extrahepatic disease leaves no metastases." :
                not (extrahepaticDiseaseCleared and extrahepaticMetastases) cite s at "p. 1"
              table plan : code { NO_TRANSPLANT, TRANSPLANT } hit first {
                when extrahepaticMetastases -> NO_TRANSPLANT
                when extrahepaticDiseaseCleared and ki67 < 20% -> TRANSPLANT
                otherwise -> NO_TRANSPLANT
              } cite s
            }
            """);

    @Test
    void aPatientWhoseValuesBreakAConstraintGetsAnInputErrorNamingIt() {
        List<InputError> errors = Interpreter.constraintErrors(CLEARED.guideline(),
                Map.of("extrahepaticDiseaseCleared", true, "extrahepaticMetastases", true, "ki67", 5.0));
        assertEquals(1, errors.size());
        assertEquals("$: the values extrahepaticDiseaseCleared = true, extrahepaticMetastases = true break constraint "
                + "clearedMeansNone: Cleared extrahepatic disease leaves no metastases. — fix: correct the value that is "
                + "wrong, or leave it out (null) if it is not known", errors.get(0).toString());
    }

    @Test
    void anUnknownConstraintAcceptsThePatientAndItsCompletionsRespectIt() {
        Map<String, Object> patient = Map.of("extrahepaticDiseaseCleared", true, "ki67", 5.0);
        assertEquals(List.of(), Interpreter.constraintErrors(CLEARED.guideline(), patient));
        // Metastases would give NO_TRANSPLANT, but with the disease cleared there are none.
        assertEquals("TRANSPLANT", CLEARED.evaluate(patient).outcome("plan").orElseThrow().value());
        // Not cleared: with metastases or without, no rule but the first and the otherwise applies.
        OutcomeResult open = CLEARED.evaluate(Map.of("extrahepaticDiseaseCleared", false, "ki67", 5.0))
                .outcome("plan").orElseThrow();
        assertEquals("NO_TRANSPLANT", open.value());
    }

    /**
     * The empty step once seen for {@code netlm.netlmType} ("could be  until  are known"): the
     * patient's given values break a constraint, so every completion is refused and the
     * refinement has no value to list. Callers refuse such a patient first; the interpreter, asked
     * anyway, says why instead of listing nothing.
     */
    @Test
    void aPatientWhoseEveryCompletionIsRefusedIsExplainedAsSuch() {
        Interpreter together = Guidelines.of("together", """
                guideline together version 1.0.0 {
                  source s "Data dictionary"
                  input a : boolean
                  input b : boolean
                  input x : percent in [0, 100]
                  constraint one "a or b" : a or b cite s
                  constraint other "a or not b" : a or not b cite s
                  table plan : code { LOW, HIGH } hit first {
                    when x < 20% -> LOW
                    otherwise -> HIGH
                  } cite s
                }
                """);
        Map<String, Object> broken = Map.of("a", false, "b", true);
        assertEquals(1, Interpreter.constraintErrors(together.guideline(), broken).size());
        EvaluationResult result = together.evaluate(broken);
        assertEquals(List.of("no completion of the missing inputs satisfies the constraints between inputs"),
                undeterminedSteps(result));
        OutcomeResult plan = result.outcome("plan").orElseThrow();
        assertEquals(List.of(), plan.possible());
        assertEquals(Set.of(), plan.missing());
        // No given value breaks one alone, but no completion satisfies both: the same step.
        Map<String, Object> patient = Map.of("a", false);
        assertEquals(List.of(), Interpreter.constraintErrors(together.guideline(), patient));
        assertEquals(List.of("no completion of the missing inputs satisfies the constraints between inputs"),
                undeterminedSteps(together.evaluate(patient)));
    }

    private static List<String> undeterminedSteps(EvaluationResult result) {
        return result.explanation().stream().filter(step -> step.element().equals("undetermined"))
                .map(ExplanationStep::text).toList();
    }

    /**
     * With {@code b} missing, three-valued logic cannot see that {@code not a or (b and not b)}
     * fails for a = true whatever b is: the refinement must split b too, or it would count X.
     */
    @Test
    void completionsAreSplitUntilEveryConstraintIsDecided() {
        Interpreter g = Guidelines.of("split", """
                guideline split version 1.0.0 {
                  source s "Notes"
                  input a : boolean
                  input b : boolean
                  constraint onlyWithoutA "a never holds." : not a or (b and not b) cite s
                  table t : code { X, Y } hit first {
                    when a -> X
                    otherwise -> Y
                  } cite s
                }
                """);
        Map<String, Object> nothingKnown = Map.of();
        assertEquals(List.of(), Interpreter.constraintErrors(g.guideline(), nothingKnown));
        EvaluationResult result = g.evaluate(nothingKnown);
        assertEquals("Y", result.outcome("t").orElseThrow().value());
        assertEquals(Set.of(), result.outcome("t").orElseThrow().missing());
    }

    private static final Interpreter TIED = Guidelines.of("tied", """
            guideline tied version 1.0.0 {
              source s "Notes"
              input a : boolean
              input b : boolean
              input c : boolean
              constraint aMeansB "a implies b." : not a or b cite s
              constraint bMeansA "b implies a." : not b or a cite s
              recommend go "Go." when a cite s
              recommend either "Either." when a or c cite s
            }
            """);

    /**
     * Two inputs that constraints tie ({@code a implies b}, {@code b implies a}) change the outcome
     * only together: no completion differs from another in one of them alone, yet the outcome is
     * undetermined. Both are listed (docs/language.md §9.1): the change from (false, false) to
     * (true, true) is minimal, since the completions between them break a constraint.
     */
    @Test
    void inputsThatConstraintsTieAreListedWhenTheyDecideTogether() {
        OutcomeResult go = TIED.evaluate(Map.of()).outcome("go").orElseThrow();
        assertEquals(null, go.value());
        assertEquals(Set.of("a", "b"), go.missing());
        // c changes "either" alone once a is false; a and b together once c is false.
        assertEquals(Set.of("a", "b", "c"), TIED.evaluate(Map.of()).outcome("either").orElseThrow().missing());
        // With c true, "either" is decided: nothing to list.
        OutcomeResult either = TIED.evaluate(Map.of("c", true)).outcome("either").orElseThrow();
        assertEquals(true, either.value());
        assertEquals(Set.of(), either.missing());
        // b given: a is decided by the constraints, nothing is missing.
        assertEquals(true, TIED.evaluate(Map.of("b", true)).outcome("go").orElseThrow().value());
    }

    /**
     * One constraint, {@code b implies a}: (true, true) and (false, false) give {@code go}
     * different values, and the one completion between them that keeps the constraint, (true,
     * false), gives the first one's value: the change of both is minimal from (true, true), so
     * {@code b} is listed with {@code a} (knowing b = true decides {@code go}). {@code other} reads
     * {@code c} alone: every change of {@code a} or {@code b} that changes it changes {@code c},
     * and {@code c} alone already does, so only {@code c} is listed.
     */
    @Test
    void aTiedInputIsListedOnlyWhereItsChangeIsMinimal() {
        Interpreter g = Guidelines.of("oneway", """
                guideline oneway version 1.0.0 {
                  source s "Notes"
                  input a : boolean
                  input b : boolean
                  input c : boolean
                  constraint bMeansA "b implies a." : not b or a cite s
                  recommend go "Go." when a cite s
                  recommend other "Other." when c cite s
                }
                """);
        EvaluationResult result = g.evaluate(Map.of());
        assertEquals(Set.of("a", "b"), result.outcome("go").orElseThrow().missing());
        assertEquals(Set.of("c"), result.outcome("other").orElseThrow().missing());
    }
}
