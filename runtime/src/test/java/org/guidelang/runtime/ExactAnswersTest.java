package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactAnswers} over a small Milan-like guideline written by hand: it imports a WHO-like
 * grade, decides eligibility from it and the age, recommends ablation by age, and forbids a poorly
 * differentiated tumour with a low Ki-67 (the grade's own guideline does not). Its one pass is Kleene's logic, rule by rule; the
 * oracle evaluates every complete patient of a grid that keeps the constraint, two-valued, and
 * reads determined value, possible values and missing inputs off them as docs/language.md §9.1
 * defines them.
 */
class ExactAnswersTest {
    private static final List<Object> GRADES = List.of("NET_G2", "NET_G3", "NEC_G3");
    private static final List<Object> ELIGIBILITY = List.of("ELIGIBLE", "EXCEPTION", "NOT_ELIGIBLE");
    private static final List<Object> APPLIES = List.of(false, true);
    private static final Map<String, List<Object>> GRID = Map.of(
            "differentiation", List.of("WELL", "POOR"),
            "ki67", List.of(0.0, 10.0, 20.0, 20.5, 35.0),
            "age", List.of(18.0, 59.5, 60.0, 75.0));

    // --- two-valued, for complete patients: the oracle ---

    private static String grade(Map<String, ?> p) {
        boolean high = (Double) p.get("ki67") > 20;
        boolean poor = p.get("differentiation").equals("POOR");
        if (high) {
            return poor ? "NEC_G3" : "NET_G3";
        }
        return poor ? null : "NET_G2";
    }

    private static Object value(String outcome, Map<String, ?> p) {
        if (outcome.equals("grade")) {
            return grade(p);
        }
        boolean young = (Double) p.get("age") < 60;
        switch (outcome) {
            case "ablation":
                return young;
            default:
                if (!"NET_G2".equals(grade(p))) {
                    return "NOT_ELIGIBLE";
                }
                return young ? "ELIGIBLE" : "EXCEPTION";
        }
    }

    private static boolean admits(Map<String, ?> p) {
        return !(p.get("differentiation").equals("POOR") && (Double) p.get("ki67") <= 20);
    }

    // --- Kleene, one rule at a time: the one pass being refined ---

    /** TRUE, FALSE or null for unknown. */
    private static Boolean is(Object value, Object expected) {
        return value == null ? null : value.equals(expected);
    }

    private static Boolean above(Object value, double threshold) {
        return value == null ? null : (Double) value > threshold;
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static final class Who implements ExactAnswers.Subject {
        final List<Map<String, ?>> asked = new ArrayList<>();

        @Override
        public InputIndex inputs() {
            return InputIndex.of(List.of("differentiation", "ki67"));
        }

        @Override
        public Completions cells() {
            return Completions.of(new Object[][] {{"WELL", "POOR"}, {10.0, 35.0}});
        }

        @Override
        public List<Object> values(String outcome) {
            return GRADES;
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("grade");
        }

        @Override
        public String noValue(String outcome) {
            return "no rule";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            asked.add(new HashMap<>(patient));
            List<ExplanationStep> steps = new ArrayList<>();
            OutcomeResult grade = grade(patient, "grade", steps);
            return EvaluationResult.of("who", "1.0.0", List.of(grade), steps);
        }

        /** First hit: NEC_G3 if POOR and high, NET_G3 if WELL and high, NET_G2 if WELL. */
        static OutcomeResult grade(Map<String, ?> patient, String label, List<ExplanationStep> steps) {
            Object d = patient.get("differentiation");
            Object k = patient.get("ki67");
            Boolean[] rules = {and(is(d, "POOR"), above(k, 20)), and(is(d, "WELL"), above(k, 20)), is(d, "WELL")};
            String[] codes = {"NEC_G3", "NET_G3", "NET_G2"};
            Set<Object> possible = new TreeSet<>((a, b) -> order(a) - order(b));
            for (int i = 0; i < rules.length; i++) {
                if (rules[i] == null) {
                    possible.add(codes[i]);
                } else if (rules[i]) {
                    possible.add(codes[i]);
                    return close(label, possible, d, k, steps);
                }
            }
            possible.add(OutcomeResult.NO_VALUE);
            return close(label, possible, d, k, steps);
        }

        private static int order(Object value) {
            return value.equals(OutcomeResult.NO_VALUE) ? GRADES.size() : GRADES.indexOf(value);
        }

        private static OutcomeResult close(String label, Set<Object> possible, Object d, Object k,
                List<ExplanationStep> steps) {
            if (possible.size() == 1 && !possible.contains(OutcomeResult.NO_VALUE)) {
                return OutcomeResult.determined("grade", possible.iterator().next());
            }
            List<String> missing = new ArrayList<>();
            if (d == null) {
                missing.add("differentiation");
            }
            if (k == null) {
                missing.add("ki67");
            }
            if (missing.isEmpty()) {
                return OutcomeResult.undetermined("grade", List.of(), List.of(OutcomeResult.NO_VALUE));
            }
            steps.add(new ExplanationStep(label, "rule 1", "differentiation = POOR and ki67 > 20%", StepStatus.UNKNOWN,
                    Map.of(), null));
            steps.add(new ExplanationStep(label, "undetermined", "one pass", StepStatus.UNKNOWN, Map.of(), null));
            return OutcomeResult.undetermined("grade", missing, new ArrayList<>(possible));
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
        }
    }

    private static final class Milan implements ExactAnswers.Subject {
        final Who who = new Who();
        final List<Map<String, ?>> asked = new ArrayList<>();
        /** Whether Ki-67 and age have cells; without, only the differentiation is split. */
        private final boolean numbersSplit;

        Milan() {
            this(true);
        }

        Milan(boolean numbersSplit) {
            this.numbersSplit = numbersSplit;
        }

        @Override
        public InputIndex inputs() {
            return InputIndex.of(List.of("differentiation", "ki67", "age"));
        }

        @Override
        public Completions cells() {
            return numbersSplit ? Completions.of(new Object[][] {{"WELL", "POOR"}, {10.0, 35.0}, {50.0, 70.0}})
                    : Completions.of(new Object[][] {{"WELL", "POOR"}, null, null});
        }

        @Override
        public List<Object> values(String outcome) {
            return outcome.equals("ablation") ? APPLIES : ELIGIBILITY;
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("ablation") || outcome.equals("eligibility");
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException {
            asked.add(new HashMap<>(patient));
            if (is(patient.get("differentiation"), "POOR") == Boolean.TRUE
                    && Boolean.FALSE.equals(above(patient.get("ki67"), 20))) {
                throw new InvalidInputException(List.of(new InputError("ki67", "a poorly differentiated tumour "
                        + "has a Ki-67 above 20%", "check the pathology report")));
            }
            List<ExplanationStep> steps = new ArrayList<>();
            OutcomeResult grade = Who.grade(patient, "who.grade", steps);
            Boolean young = patient.get("age") == null ? null : (Double) patient.get("age") < 60;
            // who.grade in {NET_G2}: decided only when the grade is
            Boolean lowGrade = grade.isDetermined() ? grade.value().equals("NET_G2") : null;
            OutcomeResult eligibility;
            if (Boolean.FALSE.equals(lowGrade)) {
                eligibility = OutcomeResult.determined("eligibility", "NOT_ELIGIBLE");
            } else if (Boolean.TRUE.equals(lowGrade) && young != null) {
                eligibility = OutcomeResult.determined("eligibility", young ? "ELIGIBLE" : "EXCEPTION");
            } else if (Boolean.TRUE.equals(lowGrade)) {
                eligibility = OutcomeResult.undetermined("eligibility", List.of("age"), List.of("ELIGIBLE", "EXCEPTION"));
            } else {
                List<String> missing = new ArrayList<>(grade.missing());
                if (young == null) {
                    missing.add("age");
                }
                eligibility = OutcomeResult.undetermined("eligibility", missing); // nothing known of its values
            }
            OutcomeResult ablation = young == null
                    ? OutcomeResult.undetermined("ablation", List.of("age"), List.of(false, true))
                    : OutcomeResult.determined("ablation", young);
            return EvaluationResult.of("milan", "1.0.0", List.of(eligibility, ablation), steps);
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return alias.equals("who") ? who : null;
        }
    }

    private static Map<String, Object> patient(Object differentiation, Object ki67, Object age) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("differentiation", differentiation);
        patient.put("ki67", ki67);
        patient.put("age", age);
        return patient;
    }

    private static EvaluationResult refine(Milan milan, Map<String, Object> patient) throws InvalidInputException {
        EvaluationResult onePass = milan.onePass(patient);
        milan.asked.clear(); // the refinement's own evaluations are counted
        return ExactAnswers.refine(onePass, patient, milan);
    }

    /** The answer docs/language.md §9.1 defines, from every admitted completion on the grid. */
    private static OutcomeResult expected(String outcome, List<Object> values, Map<String, Object> patient,
            List<String> inputs, boolean constrained) {
        List<Map<String, Object>> completions = new ArrayList<>();
        complete(new LinkedHashMap<>(patient), inputs, 0, completions, constrained);
        Set<Object> seen = new HashSet<>();
        Set<String> missing = new TreeSet<>();
        for (Map<String, Object> completion : completions) {
            Object value = value(outcome, completion);
            seen.add(value == null ? OutcomeResult.NO_VALUE : value);
            for (String input : inputs) {
                if (patient.get(input) != null) {
                    continue;
                }
                for (Object other : GRID.get(input)) {
                    Map<String, Object> changed = new LinkedHashMap<>(completion);
                    changed.put(input, other);
                    if ((!constrained || admits(changed)) && !java.util.Objects.equals(value(outcome, changed), value)) {
                        missing.add(input);
                    }
                }
            }
        }
        List<Object> possible = new ArrayList<>();
        for (Object value : values) {
            if (seen.contains(value)) {
                possible.add(value);
            }
        }
        if (seen.contains(OutcomeResult.NO_VALUE)) {
            possible.add(OutcomeResult.NO_VALUE);
        }
        if (possible.size() == 1 && !possible.contains(OutcomeResult.NO_VALUE)) {
            return OutcomeResult.determined(outcome, possible.get(0));
        }
        return OutcomeResult.undetermined(outcome, possible.size() == 1 ? List.of() : missing, possible);
    }

    private static void complete(Map<String, Object> patient, List<String> inputs, int i,
            List<Map<String, Object>> out, boolean constrained) {
        if (i == inputs.size()) {
            if (!constrained || admits(patient)) {
                out.add(new LinkedHashMap<>(patient));
            }
            return;
        }
        String input = inputs.get(i);
        if (patient.get(input) != null) {
            complete(patient, inputs, i + 1, out, constrained);
            return;
        }
        for (Object value : GRID.get(input)) {
            patient.put(input, value);
            complete(patient, inputs, i + 1, out, constrained);
        }
        patient.put(input, null);
    }

    private static List<Object> withMissing(String input) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.addAll(GRID.get(input));
        return values;
    }

    @Test
    void everyPartialPatientGetsTheAnswerOfItsCompletions() throws InvalidInputException {
        List<String> inputs = List.of("differentiation", "ki67", "age");
        int checked = 0;
        int gradeSteps = 0;
        for (Object d : withMissing("differentiation")) {
            for (Object k : withMissing("ki67")) {
                for (Object a : withMissing("age")) {
                    Map<String, Object> patient = patient(d, k, a);
                    if (d != null && k != null && !admits(patient)) {
                        continue;
                    }
                    Milan milan = new Milan();
                    EvaluationResult result = refine(milan, patient);
                    String where = patient.toString();
                    assertEquals(expected("eligibility", ELIGIBILITY, patient, inputs, true),
                            result.outcome("eligibility").orElseThrow(), where);
                    assertEquals(expected("ablation", APPLIES, patient, inputs, true),
                            result.outcome("ablation").orElseThrow(), where);
                    // The imported grade is refined in Milan's context, with Milan's constraint.
                    OutcomeResult grade = expected("grade", GRADES, patient, List.of("differentiation", "ki67"), true);
                    for (ExplanationStep step : result.explanation()) {
                        if (step.outcome().equals("who.grade") && !step.element().startsWith("rule")) {
                            assertEquals(gradeStep(grade, patient), step, where);
                            gradeSteps++;
                        }
                    }
                    assertEquals(new HashSet<>(milan.asked).size(), milan.asked.size(), "each completion once: " + where);
                    checked++;
                }
            }
        }
        assertEquals(3 * 6 * 5 - 3 * 5, checked, "every patient but the poorly differentiated with a low Ki-67");
        assertEquals((6 + 2) * 5, gradeSteps, "the patients whose grade one pass leaves open");
    }

    /** The closing step of the imported grade, as docs/language.md §9.1 words it. */
    private static ExplanationStep gradeStep(OutcomeResult grade, Map<String, Object> patient) {
        if (grade.isDetermined() || grade.possible().size() == 1) {
            List<String> lacking = new ArrayList<>();
            for (String input : List.of("differentiation", "ki67")) {
                if (patient.get(input) == null) {
                    lacking.add(input);
                }
            }
            Object value = grade.isDetermined() ? grade.value() : "no rule";
            return new ExplanationStep("who.grade", "decided", "→ " + value + " whatever " + String.join(", ", lacking)
                    + (lacking.size() == 1 ? " is" : " are"), StepStatus.HELD, Map.of(), null);
        }
        List<String> shown = new ArrayList<>();
        grade.possible().forEach(v -> shown.add(v.equals(OutcomeResult.NO_VALUE) ? "no rule" : v.toString()));
        return new ExplanationStep("who.grade", "undetermined", "could be " + String.join(" or ", shown) + " until "
                + String.join(", ", grade.missing()) + (grade.missing().size() == 1 ? " is" : " are") + " known",
                StepStatus.UNKNOWN, Map.of(), null);
    }


    @Test
    void aDecidedOnePassIsTheAnswer() throws InvalidInputException {
        Milan milan = new Milan();
        Map<String, Object> patient = patient("WELL", 10.0, 50.0);
        EvaluationResult onePass = milan.onePass(patient);
        assertSame(onePass, ExactAnswers.refine(onePass, patient, milan));
        assertEquals(onePass.explanation(), ExactAnswers.explain(onePass.explanation(), patient, milan));
        assertThrows(UnsupportedOperationException.class,
                () -> ExactAnswers.explain(onePass.explanation(), patient, milan).add(null));
        List<ExplanationStep> decided = List.of(new ExplanationStep("eligibility", "criterion lowGrade",
                "who.grade in {NET_G2}", StepStatus.HELD, Map.of(), null));
        assertEquals(decided, ExactAnswers.explain(decided, patient, milan));
    }

    @Test
    void anOutcomeOnePassKnowsNothingOfMayTakeAnyValueOrNone() throws InvalidInputException {
        // Ki-67 has no cells here, so the open grade is never split and eligibility stays as one
        // pass left it: undetermined, nothing known of its values.
        Milan milan = new Milan(false);
        Map<String, Object> patient = patient("WELL", null, 50.0);
        assertEquals(OutcomeResult.undetermined("eligibility", List.of("ki67"),
                        List.of("ELIGIBLE", "EXCEPTION", "NOT_ELIGIBLE", OutcomeResult.NO_VALUE)),
                refine(milan, patient).outcome("eligibility").orElseThrow());
    }

    @Test
    void aHighKi67MakesTheTumourIneligibleWhateverItsDifferentiation() throws InvalidInputException {
        Milan milan = new Milan();
        Map<String, Object> patient = patient(null, 35.0, 50.0);
        EvaluationResult onePass = milan.onePass(patient);
        assertFalse(onePass.outcome("eligibility").orElseThrow().isDetermined(), "one pass leaves it open");
        EvaluationResult exact = ExactAnswers.refine(onePass, patient, milan);
        assertEquals(OutcomeResult.determined("eligibility", "NOT_ELIGIBLE"), exact.outcome("eligibility").orElseThrow());
        assertSame(onePass.outcome("ablation").orElseThrow(), exact.outcome("ablation").orElseThrow());
        List<ExplanationStep> steps = ExactAnswers.explain(onePass.explanation(), patient, milan);
        assertEquals(List.of(
                new ExplanationStep("who.grade", "rule 1", "differentiation = POOR and ki67 > 20%", StepStatus.UNKNOWN,
                        Map.of(), null),
                new ExplanationStep("who.grade", "undetermined", "could be NET_G3 or NEC_G3 until differentiation is "
                        + "known", StepStatus.UNKNOWN, Map.of(), null)), steps);
        assertEquals(steps, exact.explanation());
        assertThrows(UnsupportedOperationException.class, () -> steps.add(null));
    }

    @Test
    void stepsShowTheValuesOfOpenOutcomesAsTheRefinementNarrowsThem() {
        Milan milan = new Milan();
        Map<String, Object> patient = patient(null, 35.0, 50.0);
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("who.grade", "NET_G2 or NET_G3 or NEC_G3"); // one pass: open
        read.put("eligibility", null); // one pass: open, nothing known of its values
        read.put("ablation", true); // one pass: decided
        read.put("ki67", 35.0); // an input
        read.put("other.grade", "X or Y"); // no such import
        read.put("unknownOutcome", "P or Q"); // no such outcome
        ExplanationStep step = new ExplanationStep("x", "rule 1", "reads them", StepStatus.UNKNOWN, read, "c");
        ExplanationStep closing = new ExplanationStep("who.grade", "undetermined", "one pass", StepStatus.UNKNOWN,
                Map.of(), null);
        ExplanationStep plain = new ExplanationStep("x", "rule 2", "reads no outcome", StepStatus.HELD,
                Map.of("ki67", 35.0), null);
        List<ExplanationStep> steps = ExactAnswers.explain(List.of(step, closing, plain), patient, milan);
        Map<String, Object> expected = new LinkedHashMap<>(read);
        expected.put("who.grade", "NET_G3 or NEC_G3");
        expected.put("eligibility", "NOT_ELIGIBLE");
        assertEquals(new ExplanationStep("x", "rule 1", "reads them", StepStatus.UNKNOWN, expected, "c"), steps.get(0));
        assertSame(plain, steps.get(2));
    }

    @Test
    void anImportedGuidelinesStepReadsItsValuesAsThatGuidelineNamesThem() {
        Milan milan = new Milan();
        Map<String, Object> patient = patient(null, 35.0, 50.0);
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("eligibility", "X or Y"); // not an outcome of who_grading, whose step this is
        read.put("grade", "NET_G2 or NET_G3 or NEC_G3"); // who_grading's own grade
        ExplanationStep step = new ExplanationStep("who.grade", "rule 1", "reads them", StepStatus.UNKNOWN, read, null);
        ExplanationStep closing = new ExplanationStep("who.grade", "undetermined", "one pass", StepStatus.UNKNOWN,
                Map.of(), null);
        Map<String, Object> shown = ExactAnswers.explain(List.of(step, closing), patient, milan).get(0).values();
        assertEquals("X or Y", shown.get("eligibility"));
        assertEquals("NET_G3 or NEC_G3", shown.get("grade"));
        ExplanationStep foreign = new ExplanationStep("other.grade", "rule 1", "reads", StepStatus.UNKNOWN, read, null);
        assertSame(foreign, ExactAnswers.explain(List.of(foreign, closing), patient, milan).get(0));
    }

    @Test
    void aStepReadingOutcomesOnePassDecidedAsksNoMoreEvaluations() throws InvalidInputException {
        Milan milan = new Milan();
        Map<String, Object> patient = patient("WELL", 10.0, 50.0);
        assertEquals("ELIGIBLE", milan.onePass(patient).outcome("eligibility").orElseThrow().value());
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("eligibility", "ELIGIBLE"); // the first code
        read.put("who.grade", "NET_G2");
        ExplanationStep step = new ExplanationStep("x", "rule 1", "reads them", StepStatus.HELD, read, null);
        ExplanationStep open = new ExplanationStep("ablation", "undetermined", "one pass", StepStatus.UNKNOWN,
                Map.of(), null);
        milan.asked.clear();
        List<ExplanationStep> steps = ExactAnswers.explain(List.of(step, open), patient, milan);
        assertSame(step, steps.get(0));
        assertEquals(1, milan.asked.size(), "only the patient as given: " + milan.asked);
    }

    @Test
    void anOpenOutcomeIsShownByItsCodesAndAsMissingWhenNoCompletionGivesOne() {
        Gap gap = new Gap(true);
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("x", "X or Y");
        ExplanationStep step = new ExplanationStep("y", "rule 1", "reads x", StepStatus.UNKNOWN, read, null);
        ExplanationStep closing = new ExplanationStep("x", "undetermined", "one pass", StepStatus.UNKNOWN, Map.of(), null);
        Map<String, Object> noneGiven = new HashMap<>();
        noneGiven.put("a", null);
        noneGiven.put("b", null);
        assertEquals("X", ExactAnswers.explain(List.of(step, closing), noneGiven, gap).get(0).values().get("x"),
                "X, or no value");
        Map<String, Object> noA = new HashMap<>();
        noA.put("a", null);
        noA.put("b", false);
        Map<String, Object> shown = ExactAnswers.explain(List.of(step, closing), noA, gap).get(0).values();
        assertTrue(shown.containsKey("x"));
        assertNull(shown.get("x"), "no value whatever a is");
    }

    @Test
    void aStepOfAGuidelineNotImportedIsLeftAsItIs() {
        Milan milan = new Milan();
        ExplanationStep foreign = new ExplanationStep("other.grade", "undetermined", "one pass", StepStatus.UNKNOWN,
                Map.of(), null);
        ExplanationStep own = new ExplanationStep("grade", "undetermined", "one pass", StepStatus.FAILED, Map.of(),
                null);
        Map<String, Object> patient = patient(null, 35.0, 50.0);
        assertEquals(List.of(foreign, own), ExactAnswers.explain(List.of(foreign, own), patient, milan));
    }

    /** A guideline whose one outcome falls through for every completion, though one pass cannot tell. */
    private static final class Gap implements ExactAnswers.Subject {
        private final boolean splitB;

        Gap(boolean splitB) {
            this.splitB = splitB;
        }

        @Override
        public InputIndex inputs() {
            return InputIndex.of(List.of("a", "b"));
        }

        @Override
        public Completions cells() {
            return Completions.of(new Object[][] {{false, true}, splitB ? new Object[] {false, true} : null});
        }

        @Override
        public List<Object> values(String outcome) {
            return List.of("X", "Y");
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("x");
        }

        @Override
        public String noValue(String outcome) {
            return "no rule";
        }

        /** x: X when a and b, Y when a and not a: one pass takes the rules one by one. */
        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            Boolean a = (Boolean) patient.get("a");
            Boolean b = (Boolean) patient.get("b");
            OutcomeResult x;
            if (a == null) {
                x = OutcomeResult.undetermined("x", List.of("a"), List.of("X", "Y", OutcomeResult.NO_VALUE));
            } else if (a && b == null) {
                x = OutcomeResult.undetermined("x", List.of("b"), List.of("X", OutcomeResult.NO_VALUE));
            } else if (a && b) {
                x = OutcomeResult.determined("x", "X");
            } else {
                x = OutcomeResult.undetermined("x", List.of(), List.of(OutcomeResult.NO_VALUE));
            }
            return EvaluationResult.of("gap", "1", List.of(x), List.of(
                    new ExplanationStep("x", "undetermined", "one pass", StepStatus.UNKNOWN, Map.of(), null)));
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
        }
    }

    @Test
    void anOutcomeNoCompletionGivesAValueHasNoValueAndLacksNothing() {
        Gap gap = new Gap(true);
        Map<String, Object> noA = new LinkedHashMap<>();
        noA.put("a", null);
        noA.put("b", false);
        EvaluationResult exact = ExactAnswers.refine(gap.onePass(noA), noA, gap);
        assertEquals(OutcomeResult.undetermined("x", List.of(), List.of(OutcomeResult.NO_VALUE)),
                exact.outcome("x").orElseThrow());
        assertEquals(new ExplanationStep("x", "decided", "→ no rule whatever a is", StepStatus.HELD, Map.of(), null),
                exact.explanation().get(0));
        Map<String, Object> neither = new LinkedHashMap<>();
        neither.put("a", null);
        neither.put("b", null);
        assertEquals(OutcomeResult.undetermined("x", List.of("a", "b"), List.of("X", OutcomeResult.NO_VALUE)),
                ExactAnswers.refine(gap.onePass(neither), neither, gap).outcome("x").orElseThrow());
        // With b never split, the leaf a = true keeps what one pass says of it: X or no value.
        Gap unsplit = new Gap(false);
        assertEquals(OutcomeResult.undetermined("x", List.of("a", "b"), List.of("X", OutcomeResult.NO_VALUE)),
                ExactAnswers.refine(unsplit.onePass(neither), neither, unsplit).outcome("x").orElseThrow());
    }

    /** Two recommendations: r = a or not a (applies whatever a is), q = a and b; one pass sees neither whole. */
    private static final class Recs implements ExactAnswers.Subject {
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
            if (!outcome.equals("r") && !outcome.equals("q")) {
                throw new IllegalArgumentException("no outcome " + outcome);
            }
            return List.of(false, true);
        }

        @Override
        public boolean has(String outcome) {
            return outcome.equals("r") || outcome.equals("q");
        }

        @Override
        public String noValue(String outcome) {
            return "no value";
        }

        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            Boolean a = (Boolean) patient.get("a");
            Boolean b = (Boolean) patient.get("b");
            OutcomeResult r = a == null ? OutcomeResult.undetermined("r", List.of("a"), List.of(false, true))
                    : OutcomeResult.determined("r", true);
            OutcomeResult q = Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b) ? OutcomeResult.determined("q", false)
                    : a != null && b != null ? OutcomeResult.determined("q", true)
                    : OutcomeResult.undetermined("q", a == null && b == null ? List.of("a", "b") : List.of(a == null ? "a" : "b"),
                            List.of(false, true));
            return EvaluationResult.of("recs", "1", List.of(r, q), List.of(
                    new ExplanationStep("r", "undetermined", "one pass", StepStatus.UNKNOWN, Map.of(), null),
                    new ExplanationStep("q", "undetermined", "one pass", StepStatus.UNKNOWN, Map.of(), null),
                    new ExplanationStep("inner", "undetermined", "an imported guideline's own", StepStatus.UNKNOWN,
                            Map.of(), null)));
        }

        @Override
        public ExactAnswers.Subject imported(String alias) {
            return null;
        }
    }

    @Test
    void recommendationsAreStatedAsApplyingOrNot() {
        Recs recs = new Recs();
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put("a", null);
        nothing.put("b", null);
        EvaluationResult exact = ExactAnswers.refine(recs.onePass(nothing), nothing, recs);
        assertEquals(OutcomeResult.determined("r", true), exact.outcome("r").orElseThrow());
        assertEquals(new ExplanationStep("r", "decided", "→ applies whatever a is", StepStatus.HELD, Map.of(), null),
                exact.explanation().get(0));
        assertEquals(new ExplanationStep("q", "undetermined", "may or may not apply until a, b are known",
                StepStatus.UNKNOWN, Map.of(), null), exact.explanation().get(1));
        assertEquals(new ExplanationStep("inner", "undetermined", "an imported guideline's own", StepStatus.UNKNOWN,
                Map.of(), null), exact.explanation().get(2), "a step of no outcome of this guideline stays");
        assertTrue(recs.has("q"));
        assertFalse(recs.has("inner"));
        Map<String, Object> onlyB = new LinkedHashMap<>();
        onlyB.put("a", null);
        onlyB.put("b", false);
        EvaluationResult notQ = ExactAnswers.refine(recs.onePass(onlyB), onlyB, recs);
        assertEquals(OutcomeResult.determined("q", false), notQ.outcome("q").orElseThrow());
    }

    @Test
    void anUnknownConstraintOpensEveryOutcomeOnItsInputs() {
        EvaluationResult onePass = EvaluationResult.of("g", "1", List.of(OutcomeResult.determined("x", "X"),
                OutcomeResult.undetermined("y", List.of("b"), List.of("P", "Q"))), List.of());
        assertSame(onePass, ExactAnswers.openedBy(onePass, List.of()));
        EvaluationResult opened = ExactAnswers.openedBy(onePass, List.of("a"));
        assertEquals(OutcomeResult.undetermined("x", List.of("a"), List.of("X")), opened.outcome("x").orElseThrow());
        assertEquals(OutcomeResult.undetermined("y", List.of("a", "b"), List.of("P", "Q")), opened.outcome("y").orElseThrow());
        ExactAnswers.Evaluated decided = new ExactAnswers.Evaluated() {
            @Override
            public int value(String outcome) {
                return outcome.equals("x") ? 2 : -1;
            }

            @Override
            public long missing(String outcome) {
                return outcome.equals("x") ? 0L : 0b100L;
            }

            @Override
            public long possible(String outcome) {
                return outcome.equals("x") ? 0L : 0b11L;
            }
        };
        ExactAnswers.Evaluated open = ExactAnswers.openedBy(decided, 0b1L);
        assertEquals(-1, open.value("x"));
        assertEquals(0b1L, open.missing("x"));
        assertEquals(0b100L, open.possible("x"), "its one value stays possible");
        assertEquals(0b101L, open.missing("y"));
        assertEquals(0b11L, open.possible("y"));
    }
}
