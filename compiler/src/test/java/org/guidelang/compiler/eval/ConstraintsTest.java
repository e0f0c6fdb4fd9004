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
}
