package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.OutcomeResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One patient, one answer (issue 14): guidelines that answer the same clinical question give
 * one patient decided answers that agree. The two patients of the audit are checked by name;
 * the outcome combinations listed in docs/nen-guidelines.md ("One patient, one answer") are
 * checked on seeded complete patients, with values on every threshold: a sample, beside the
 * proof {@code guidec check} gives of the same combinations declared as {@code conflict}s in
 * nen_consistency.guide, and here through the generated evaluators. The named patients go through the
 * interpreter; the sample through the evaluators generated in this build, which
 * GeneratedEvaluatorsTest holds to the interpreter's answers.
 */
class OnePatientOneAnswerTest {
    private static final int PATIENTS = 20_000;
    private static List<Map<String, Object>> sample;
    private static List<Answers> sampleAnswers;

    /** The audit's first patient: NET G3, NETLM type 2, nothing else against surgery. */
    @Test
    void aNetG3Type2PatientIsDebulkedByNeitherLiverGuideline() {
        Map<String, Object> patient = new LinkedHashMap<>(Map.of(
                "differentiation", "WELL", "ki67", 30.0, "mitoticCount", 5.0,
                "completeClearanceFeasible", false, "achievableDebulking", 80.0, "largestLesionCm", 2.5,
                "massEffectSymptoms", false, "refractoryHormonalSymptoms", false, "primaryResected", false,
                "fitForSurgery", true));
        patient.putAll(Map.of("carcinoidHeartDisease", false, "extrahepaticMetastases", false,
                "rapidProgression", false, "adequateLiverRemnant", true, "slowGrowth", true, "sstrPositive", true,
                "distantMetastases", true));
        Answers answers = Answers.of(patient);
        assertEquals("NET_G3", answers.decided("who_grading", "grade"));
        assertEquals("TYPE_2", answers.decided("netlm_classification", "netlmType"));
        assertEquals("NOT_RECOMMENDED", answers.decided("netlm_classification", "hepaticCytoreduction"));
        assertEquals(false, answers.decided("netlm_classification", "synchronousPrimaryResection"));
        assertEquals(false, answers.decided("netlm_classification", "portalVeinEmbolization"));
        assertEquals("GRADE_EXCLUDES_SURGERY", answers.decided("liver_metastasis_resection", "gradeAllowsLiverSurgery"));
        assertEquals("NO_SURGERY", answers.decided("liver_metastasis_resection", "liverMetastasisSurgery"));
        assertEquals("NON_SURGICAL_TREATMENT", answers.decided("liver_metastasis_resection", "surgicalApproach"));
    }

    /** The audit's second patient: a well-differentiated pNEN with Ki-67 70%, fast growth, no receptors. */
    @Test
    void aG3PancreaticTumourFailingTheNccnCriteriaIsOfferedNoResection() {
        Map<String, Object> patient = new LinkedHashMap<>(Map.of(
                "differentiation", "WELL", "ki67", 70.0, "mitoticCount", 5.0,
                "slowGrowth", false, "sstrPositive", false, "distantMetastases", false,
                "primarySite", "PANCREAS", "majorVascularInvolvement", false, "resectableApartFromVessels", true,
                "primaryResected", false));
        patient.putAll(Map.of("completeClearanceFeasible", false, "extrahepaticMetastases", false));
        Answers answers = Answers.of(patient);
        assertEquals("NOT_CANDIDATE", answers.decided("hg_surgery_selection", "candidacy"));
        assertEquals(false, answers.decided("hg_surgery_selection", "resectionForSelectedHighGrade"));
        assertEquals("NOT_APPLICABLE", answers.decided("locally_advanced_pnen", "localSurgery"));
        assertEquals(false, answers.decided("locally_advanced_pnen", "vascularInvolvementNoAbsoluteContraindication"));
        assertEquals("PTR_NOT_APPLICABLE", answers.decided("primary_tumour_resection", "primaryResection"));

        // The same tumour with liver metastases that cannot all be cleared: still no resection.
        patient.put("distantMetastases", true);
        Answers metastatic = Answers.of(patient);
        assertEquals("NOT_CANDIDATE", metastatic.decided("hg_surgery_selection", "candidacy"));
        assertEquals("PTR_NOT_APPLICABLE", metastatic.decided("primary_tumour_resection", "primaryResection"));
        assertEquals(false, metastatic.decided("primary_tumour_resection", "primaryResectionBeforePrrt"));
    }

    @TestFactory
    Stream<DynamicTest> noSampledPatientReachesAListedConflict() {
        List<Map<String, Object>> patients = sample();
        List<Answers> answers = sampleAnswers();
        return Conflict.LISTED.stream().map(conflict -> DynamicTest.dynamicTest(conflict.toString(), () -> {
            int checked = 0;
            for (int i = 0; i < patients.size(); i++) {
                if (!conflict.assumption().test(patients.get(i))) {
                    continue;
                }
                checked++;
                Answers a = answers.get(i);
                boolean reached = conflict.left().holds(a) && conflict.right().holds(a);
                int index = i;
                assertFalse(reached, () -> conflict + " is reached by " + new TreeMap<>(patients.get(index)));
            }
            assertTrue(checked > PATIENTS / 10, conflict + ": only " + checked + " patients checked");
        }));
    }

    @Test
    void everyListedConflictHasBothSidesReachableOnTheirOwn() {
        // Guard against a vacuous pass: each side of each combination occurs for some sampled patient.
        List<Answers> answers = sampleAnswers();
        for (Conflict conflict : Conflict.LISTED) {
            assertTrue(answers.stream().anyMatch(conflict.left()::holds), conflict + ": left side never occurs");
            assertTrue(answers.stream().anyMatch(conflict.right()::holds), conflict + ": right side never occurs");
        }
    }

    @Test
    void everyAssumptionIsAConstraintTheEvaluatorsEnforce() {
        // A combination listed with an input constraint holds because a guideline declares that
        // constraint: every sampled patient outside it is refused by one of the two guidelines.
        List<Map<String, Object>> patients = sample();
        List<Answers> answers = sampleAnswers();
        for (Conflict conflict : Conflict.LISTED) {
            if (conflict.assumptionText() == null) {
                continue;
            }
            int outside = 0;
            for (int i = 0; i < patients.size(); i++) {
                if (!conflict.assumption().test(patients.get(i))) {
                    outside++;
                    Answers a = answers.get(i);
                    int index = i;
                    assertTrue(a.refused(conflict.left().guideline()) || a.refused(conflict.right().guideline()),
                            () -> conflict + ": a patient outside the assumption is evaluated: "
                                    + new TreeMap<>(patients.get(index)));
                }
            }
            assertTrue(outside > 0, conflict + ": no sampled patient is outside the assumption");
        }
    }

    /** One side of a combination: an outcome of a guideline taking one of the values. */
    record Side(String guideline, String outcome, Set<Object> values) {
        boolean holds(Answers answers) {
            if (answers.refused(guideline)) {
                return false; // its values break a constraint between inputs: nothing is evaluated
            }
            OutcomeResult result = answers.of(guideline, outcome);
            return result.isDetermined() && values.contains(result.value());
        }

        @Override
        public String toString() {
            return guideline + "." + outcome + " in " + values;
        }
    }

    /** A combination of outcomes that must never occur for one patient, and the input constraint it needs. */
    record Conflict(Side left, Side right, String assumptionText, Predicate<Map<String, Object>> assumption) {
        static Conflict never(Side left, Side right) {
            return new Conflict(left, right, null, p -> true);
        }

        /** The constraint of this combination: extrahepatic metastases are distant metastases. */
        static Conflict assumingExtrahepaticIsDistant(Side left, Side right) {
            return new Conflict(left, right, "extrahepaticMetastases implies distantMetastases",
                    p -> !Boolean.TRUE.equals(p.get("extrahepaticMetastases"))
                            || Boolean.TRUE.equals(p.get("distantMetastases")));
        }

        static final List<Conflict> LISTED = List.of(
                // Surgery for liver metastases.
                never(side("netlm_classification", "hepaticCytoreduction", "RECOMMENDED", "PALLIATIVE_ONLY"),
                        side("liver_metastasis_resection", "gradeAllowsLiverSurgery", "GRADE_EXCLUDES_SURGERY")),
                never(side("netlm_classification", "hepaticCytoreduction", "RECOMMENDED", "PALLIATIVE_ONLY"),
                        side("liver_metastasis_resection", "liverMetastasisSurgery", "NO_SURGERY")),
                never(side("netlm_classification", "hepaticCytoreduction", "NOT_RECOMMENDED"),
                        side("liver_metastasis_resection", "liverMetastasisSurgery", "SURGERY")),
                never(side("netlm_classification", "portalVeinEmbolization", true),
                        side("liver_metastasis_resection", "gradeAllowsLiverSurgery", "GRADE_EXCLUDES_SURGERY")),
                never(side("netlm_classification", "synchronousPrimaryResection", true),
                        side("liver_metastasis_resection", "liverMetastasisSurgery", "NO_SURGERY")),
                never(side("netlm_classification", "prophylacticCholecystectomy", true),
                        side("liver_metastasis_resection", "liverMetastasisSurgery", "NO_SURGERY")),
                never(side("netlm_classification", "hepaticCytoreduction", "RECOMMENDED"),
                        side("liver_transplantation", "transplantation", "TRANSPLANT_RECOMMENDED",
                                "TRANSPLANT_BY_EXCEPTION")),
                never(side("netlm_classification", "transplantEvaluation", true),
                        side("liver_transplantation", "transplantation", "RESECTION_PREFERRED")),
                never(side("liver_metastasis_resection", "surgicalApproach", "RADICAL_RESECTION", "CYTOREDUCTION"),
                        side("liver_transplantation", "transplantation", "TRANSPLANT_RECOMMENDED",
                                "TRANSPLANT_BY_EXCEPTION")),
                never(side("liver_metastasis_resection", "gradeAllowsLiverSurgery", "GRADE_EXCLUDES_SURGERY"),
                        side("liver_transplantation", "transplantation", "RESECTION_PREFERRED")),
                // Surgery by grade.
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("locally_advanced_pnen", "localSurgery", "RESECTION", "RESECTION_WITH_VASCULAR_PLANNING")),
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("locally_advanced_pnen", "neoadjuvantPrrtOption", true)),
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("primary_tumour_resection", "primaryResection", "PTR_RECOMMENDED", "PTR_NO_CONSENSUS",
                                "PTR_INDIVIDUALISED")),
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("primary_tumour_resection", "primaryResectionBeforePrrt", true)),
                assumingExtrahepaticIsDistant(
                        side("locally_advanced_pnen", "localSurgery", "RESECTION", "RESECTION_WITH_VASCULAR_PLANNING",
                                "NOT_RESECTABLE_UPFRONT"),
                        side("primary_tumour_resection", "primaryResection", "PTR_RECOMMENDED", "PTR_NO_CONSENSUS",
                                "PTR_INDIVIDUALISED")),
                // The NCCN gate, read by the other guidelines that offer surgery to a G3 tumour.
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("liver_metastasis_resection", "selectedHighGradeResection", true)),
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("netlm_classification", "evaluatePrimaryResection", true)),
                never(side("hg_surgery_selection", "candidacy", "NOT_CANDIDATE"),
                        side("neoadjuvant_prrt_conversion", "neoadjuvantPrrt", "PRRT_CANDIDATE")));

        private static Side side(String guideline, String outcome, Object... values) {
            return new Side(guideline, outcome, Set.of(values));
        }

        @Override
        public String toString() {
            return left + " and " + right + (assumptionText == null ? "" : " (assuming " + assumptionText + ")");
        }
    }

    private static synchronized List<Map<String, Object>> sample() {
        if (sample == null) {
            sample = samplePatients();
        }
        return sample;
    }

    private static synchronized List<Answers> sampleAnswers() {
        if (sampleAnswers == null) {
            Map<String, GuidelineEvaluator> evaluators = new LinkedHashMap<>();
            NenGuidelines.compilation().guidelines().forEach(g -> evaluators.put(g.id(), NenGuidelines.evaluator(g.id())));
            sampleAnswers = sample().stream().map(p -> Answers.generated(evaluators, p)).toList();
        }
        return sampleAnswers;
    }

    /**
     * Every NEN guideline's answers for one patient; a guideline that refuses the patient, whose
     * values break one of its constraints between inputs, has none.
     */
    record Answers(Map<String, EvaluationResult> results) {
        static Answers generated(Map<String, GuidelineEvaluator> evaluators, Map<String, Object> patient) {
            Map<String, EvaluationResult> results = new LinkedHashMap<>();
            evaluators.forEach((id, evaluator) -> {
                Map<String, Object> own = new LinkedHashMap<>();
                evaluator.inputs().forEach(spec -> own.put(spec.name(), patient.get(spec.name())));
                try {
                    results.put(id, evaluator.evaluate(own));
                } catch (InvalidInputException e) {
                    assertTrue(e.errors().stream().allMatch(error -> error.message().contains(" break constraint ")),
                            () -> id + ": " + e.getMessage());
                }
            });
            return new Answers(results);
        }

        boolean refused(String guideline) {
            return !results.containsKey(guideline);
        }

        static Answers of(Map<String, Object> patient) {
            Map<String, EvaluationResult> results = new LinkedHashMap<>();
            for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
                List<InputSpec> specs = guideline.inputs().stream().map(InputDecl::spec).toList();
                Map<String, Object> own = new LinkedHashMap<>();
                specs.forEach(spec -> {
                    if (patient.containsKey(spec.name())) {
                        own.put(spec.name(), patient.get(spec.name()));
                    }
                });
                var validation = InputValidator.validate(own, specs);
                assertTrue(validation.errors().isEmpty(), () -> guideline.id() + ": " + validation.errors());
                results.put(guideline.id(),
                        new Interpreter(NenGuidelines.compilation().analysis(guideline.id())).evaluate(validation.values()));
            }
            return new Answers(results);
        }

        OutcomeResult of(String guideline, String outcome) {
            EvaluationResult result = results.get(guideline);
            assertTrue(result != null, "no guideline " + guideline);
            return result.outcome(outcome).orElseThrow(() -> new AssertionError(guideline + " has no " + outcome));
        }

        Object decided(String guideline, String outcome) {
            OutcomeResult result = of(guideline, outcome);
            assertTrue(result.isDetermined(), () -> guideline + "." + outcome + " undetermined, missing "
                    + result.missing());
            return result.value();
        }
    }

    /** Values on both sides of every threshold the guidelines use, for the numeric inputs that have them. */
    private static final Map<String, double[]> THRESHOLD_VALUES = Map.of(
            "ki67", new double[] {1, 2.9, 3, 10, 20, 20.5, 30, 54.9, 55, 70},
            "mitoticCount", new double[] {0, 1, 2, 5, 20, 21, 30},
            "achievableDebulking", new double[] {0, 40, 69, 70, 70.5, 71, 85, 100},
            "liverInvolvement", new double[] {20, 49, 50, 65},
            "age", new double[] {40, 59, 60, 66},
            "stableDiseaseMonths", new double[] {2, 5, 6, 14},
            "largestLesionCm", new double[] {1, 3, 3.1, 6},
            "primaryTumourSizeCm", new double[] {2, 4.9, 5, 7});

    /** Complete patients: every input of every NEN guideline has a value. */
    private static List<Map<String, Object>> samplePatients() {
        Map<String, InputSpec> inputs = new TreeMap<>();
        NenGuidelines.compilation().guidelines().forEach(g -> g.inputs().forEach(i -> inputs.put(i.name(), i.spec())));
        SplittableRandom random = new SplittableRandom(14);
        List<Map<String, Object>> patients = new ArrayList<>();
        for (int n = 0; n < PATIENTS; n++) {
            Map<String, Object> patient = new LinkedHashMap<>();
            for (InputSpec spec : inputs.values()) {
                patient.put(spec.name(), switch (spec.kind()) {
                    case BOOLEAN -> random.nextBoolean();
                    case CODE -> spec.codes().get(random.nextInt(spec.codes().size()));
                    default -> {
                        double[] values = THRESHOLD_VALUES.get(spec.name());
                        assertTrue(values != null, "no sample values for the numeric input " + spec.name());
                        yield values[random.nextInt(values.length)];
                    }
                });
            }
            patients.add(patient);
        }
        return patients;
    }
}
