package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An imported outcome refined in the importer's context (docs/language.md §5.1): {@code inner}
 * decides {@code x} from {@code a} alone and declares no constraint; {@code outer} imports it as
 * {@code in}, declares {@code b implies a} and decides {@code y} from {@code c}. With {@code b}
 * true, {@code in.x} is true in {@code outer}, though {@code inner} alone leaves it open.
 */
class ImportedInContextTest {
    private static final List<Object> APPLIES = List.of(false, true);

    private static Boolean truth(Map<String, ?> patient, String input) {
        return (Boolean) patient.get(input);
    }

    /** {@code recommend x when a}. */
    private static final class Inner implements ExactAnswers.Subject {
        @Override
        public InputIndex inputs() {
            return InputIndex.of(List.of("a", "b"));
        }

        @Override
        public Completions cells() {
            return Completions.of(new Object[][] {{false, true}, {false, true}});
        }

        @Override
        public List<Object> values(String outcome) {
            return APPLIES;
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("x");
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            return EvaluationResult.of("inner", "1.0.0", List.of(x(patient)), List.of());
        }

        static OutcomeResult x(Map<String, ?> patient) {
            Boolean a = truth(patient, "a");
            return a == null ? OutcomeResult.undetermined("x", List.of("a"), APPLIES) : OutcomeResult.determined("x", a);
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
        }
    }

    /**
     * A guideline that only imports inner as {@code in}, through which {@link Outer} may reach
     * inner: its steps are then labelled {@code mid.in.x} (docs/language.md §9.1, Labels).
     */
    private static final class Middle implements ExactAnswers.Subject {
        final Inner inner;

        Middle(Inner inner) {
            this.inner = inner;
        }

        @Override
        public InputIndex inputs() {
            return inner.inputs();
        }

        @Override
        public Completions cells() {
            return inner.cells();
        }

        @Override
        public List<Object> values(String outcome) {
            return APPLIES;
        }

        @Override
        public boolean has(String outcome) {
            return false;
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            return EvaluationResult.of("middle", "1.0.0", List.of(), List.of());
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return alias.equals("in") ? inner : null;
        }
    }

    /**
     * {@code import inner as in}, {@code constraint not b or a}, {@code recommend y when c}; or, with
     * {@code path} {@code mid.in}, inner reached through {@link Middle} imported as {@code mid}.
     */
    private static final class Outer implements ExactAnswers.Subject {
        final Inner inner = new Inner();
        final String path;

        Outer() {
            this("in");
        }

        Outer(String path) {
            this.path = path;
        }

        @Override
        public InputIndex inputs() {
            return InputIndex.of(List.of("a", "b", "c"));
        }

        @Override
        public Completions cells() {
            return Completions.of(new Object[][] {{false, true}, {false, true}, {false, true}}).constrainedBy(0b011L);
        }

        @Override
        public List<Object> values(String outcome) {
            return APPLIES;
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("y");
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            if (Boolean.FALSE.equals(truth(patient, "a")) && Boolean.TRUE.equals(truth(patient, "b"))) {
                throw new InvalidInputException(List.of(new InputError("$", "b implies a", "correct a or b")));
            }
            Boolean c = truth(patient, "c");
            OutcomeResult y = c == null ? OutcomeResult.undetermined("y", List.of("c"), APPLIES)
                    : OutcomeResult.determined("y", c);
            // The importer's explanation shows the imported outcome as one pass left it.
            List<ExplanationStep> steps = new ArrayList<>();
            OutcomeResult x = Inner.x(patient);
            if (!x.isDetermined()) {
                steps.add(new ExplanationStep(path + ".x", "undetermined", "may or may not apply until a is known",
                        StepStatus.UNKNOWN, Map.of(), null));
            }
            steps.add(new ExplanationStep("y", "condition", path + ".x", StepStatus.UNKNOWN,
                    x.isDetermined() ? Map.of(path + ".x", x.value()) : Map.of(path + ".x", "false or true"), null));
            return ExactAnswers.openedBy(EvaluationResult.of("outer", "1.0.0", List.of(y), steps), openInputs(patient));
        }

        @Override
        public Collection<String> openInputs(Map<String, ?> patient) {
            Boolean a = truth(patient, "a");
            Boolean b = truth(patient, "b");
            if (Boolean.TRUE.equals(a) || Boolean.FALSE.equals(b)) {
                return List.of();
            }
            List<String> open = new ArrayList<>();
            if (a == null) {
                open.add("a");
            }
            if (b == null) {
                open.add("b");
            }
            return open;
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            if (path.equals("in")) {
                return alias.equals("in") ? inner : null;
            }
            return alias.equals("mid") ? new Middle(inner) : null;
        }
    }

    private static Map<String, Object> patient(Object a, Object b, Object c) {
        Map<String, Object> patient = new HashMap<>();
        patient.put("a", a);
        patient.put("b", b);
        patient.put("c", c);
        patient.values().removeIf(java.util.Objects::isNull);
        return patient;
    }

    @Test
    void theImportersConstraintDecidesAnImportedOutcome() {
        Outer outer = new Outer();
        Map<String, Object> bTrue = patient(null, true, null);
        OutcomeResult alone = Inner.x(bTrue);
        assertEquals(OutcomeResult.undetermined("x", List.of("a"), APPLIES),
                ExactAnswers.refine(outer.inner.onePass(bTrue), bTrue, outer.inner).outcome("x").orElseThrow());
        assertEquals(OutcomeResult.determined("x", true), ExactAnswers.refineImported(alone, "in", bTrue, outer));
    }

    @Test
    void tiedInputsOfTheImportersConstraintAreListedForTheImportedOutcome() {
        Outer outer = new Outer();
        Map<String, Object> nothing = patient(null, null, null);
        assertEquals(OutcomeResult.undetermined("x", List.of("a", "b"), APPLIES),
                ExactAnswers.refineImported(Inner.x(nothing), "in", nothing, outer));
        // b false: a is free again, and alone decides.
        Map<String, Object> bFalse = patient(null, false, null);
        assertEquals(OutcomeResult.undetermined("x", List.of("a"), APPLIES),
                ExactAnswers.refineImported(Inner.x(bFalse), "in", bFalse, outer));
    }

    @Test
    void aDecidedOrUnknownImportedOutcomeIsLeftAsItIs() {
        Outer outer = new Outer();
        Map<String, Object> aTrue = patient(true, null, null);
        OutcomeResult decided = Inner.x(aTrue);
        assertSame(decided, ExactAnswers.refineImported(decided, "in", aTrue, outer));
        OutcomeResult open = Inner.x(patient(null, null, null));
        assertSame(open, ExactAnswers.refineImported(open, "elsewhere", patient(null, null, null), outer));
    }

    @Test
    void theImportersExplanationClosesAndShowsTheImportedOutcomeInItsContext() throws InvalidInputException {
        Outer outer = new Outer();
        Map<String, Object> bTrue = patient(null, true, false);
        EvaluationResult result = ExactAnswers.refine(outer.onePass(bTrue), bTrue, outer);
        assertEquals("→ applies whatever a is", result.explanation().get(0).text());
        assertEquals("decided", result.explanation().get(0).element());
        assertEquals(Map.of("in.x", true), result.explanation().get(1).values());
    }

    @Test
    void anOutcomeReachedThroughTwoImportsIsClosedInTheContextOfTheGuidelineEvaluated()
            throws InvalidInputException {
        Outer outer = new Outer("mid.in");
        Map<String, Object> bTrue = patient(null, true, false);
        EvaluationResult result = ExactAnswers.refine(outer.onePass(bTrue), bTrue, outer);
        assertEquals("mid.in.x", result.explanation().get(0).outcome());
        assertEquals("→ applies whatever a is", result.explanation().get(0).text());
        assertEquals(Map.of("mid.in.x", true), result.explanation().get(1).values());
        // A path that leads nowhere is left as one pass gave it.
        Outer astray = new Outer("mid.out");
        EvaluationResult open = ExactAnswers.refine(astray.onePass(bTrue), bTrue, astray);
        assertEquals("may or may not apply until a is known", open.explanation().get(0).text());
        assertEquals(Map.of("mid.out.x", "false or true"), open.explanation().get(1).values());
    }
}
