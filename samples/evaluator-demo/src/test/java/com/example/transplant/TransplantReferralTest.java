package com.example.transplant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.transplant.criteria.MilanNen;
import com.example.transplant.criteria.WhoGrading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.GuidelineCatalog;
import org.guidelang.runtime.InvalidInputException;
import org.guidelang.runtime.StepStatus;
import org.junit.jupiter.api.Test;

/** A project that uses the GuideLang plugin calls the generated Milan-NEN evaluator. */
class TransplantReferralTest {
    private static MilanNen.Input.Builder eligiblePatient() {
        return MilanNen.Input.builder()
                .differentiation(WhoGrading.Differentiation.WELL)
                .ki67(5.0)
                .mitoticCount(1)
                .portalDrainage(true)
                .extrahepaticDiseaseCleared(true)
                .liverInvolvement(30.0)
                .stableDiseaseMonths(12.0)
                .age(45.0);
    }

    @Test
    void allFiveCriteriaMetIsEligibleWithAnExplanation() {
        MilanNen.Result result = MilanNen.evaluate(eligiblePatient().build());

        assertEquals(MilanNen.Eligibility.ELIGIBLE, result.eligibility().get());
        assertTrue(result.eligibility().is(MilanNen.Eligibility.ELIGIBLE));
        assertEquals(Set.of(), result.eligibility().missing());
        ExplanationStep lowGrade = step(result.explain(), "eligibility", "criterion lowGrade");
        assertEquals(StepStatus.HELD, lowGrade.status());
        assertEquals(Map.of("who.grade", "NET_G2"), lowGrade.values(), "Ki-67 5% is WHO NET G2");
        assertTrue(lowGrade.citation().contains("que2022"), lowGrade.citation());
        ExplanationStep age = step(result.explain(), "eligibility", "relative criterion belowAgeLimit");
        assertEquals(StepStatus.HELD, age.status());
        assertEquals(45.0, age.values().get("age"));
        assertEquals(60.0, age.values().get("ageLimit"));
    }

    @Test
    void theRelativeAgeCriterionAloneUnmetIsAnException() {
        MilanNen.Result result = MilanNen.evaluate(eligiblePatient().age(65.0).build());

        assertEquals(MilanNen.Eligibility.ELIGIBLE_RELATIVE_EXCEPTION, result.eligibility().get());
        assertEquals(StepStatus.FAILED,
                step(result.explain(), "eligibility", "relative criterion belowAgeLimit").status());
    }

    @Test
    void aMissingMitoticCountLeavesTheGradeAndSoTheEligibilityUndetermined() {
        MilanNen.Result result = MilanNen.evaluate(eligiblePatient().ki67(10.0).mitoticCount(null).build());

        assertTrue(result.eligibility().isUndetermined());
        assertEquals(Set.of("mitoticCount"), result.eligibility().missing());
        assertEquals(StepStatus.UNKNOWN, step(result.explain(), "eligibility", "criterion lowGrade").status());
    }

    @Test
    void theApplicationWritesItsNotesFromTheResult() {
        TransplantReferral.Findings findings =
                new TransplantReferral.Findings(true, 2.0, 1, true, false, 30.0, 12.0, 45.0);
        MilanNen.Result result = TransplantReferral.assess(findings);

        assertEquals("Milan-NEN: NOT_ELIGIBLE (" + MilanNen.Eligibility.NOT_ELIGIBLE.label() + ")",
                TransplantReferral.note(result));
        assertEquals("portalDrainage and extrahepaticDiseaseCleared",
                TransplantReferral.failedCriteria(result).lines().findFirst().orElseThrow().replaceFirst("^[^:]*: ", ""));
        assertEquals("Milan-NEN: undetermined; please supply stableDiseaseMonths", TransplantReferral.note(
                TransplantReferral.assess(new TransplantReferral.Findings(true, 2.0, 1, true, true, 30.0, null, 45.0))));
    }

    @Test
    void oneEvaluationGivesTheImportedWhoGradeToo() {
        MilanNen.Result result = MilanNen.evaluate(eligiblePatient().build());

        assertEquals(WhoGrading.Grade.NET_G2, result.who().grade().get());
        assertEquals(result.input().ki67(), result.who().input().ki67());
    }

    @Test
    void aValueOutOfRangeIsRejectedByTheBuilder() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> eligiblePatient().ki67(120.0).build());
        assertTrue(error.getMessage().contains("ki67"), error.getMessage());
    }

    @Test
    void aNanIsNotMissingButRefused() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> eligiblePatient().ki67(0.0 / 0.0).build());
        assertTrue(error.getMessage().startsWith("$.ki67: value NaN is not a finite number"), error.getMessage());
        assertTrue(error.getCause() instanceof InvalidInputException);
        assertTrue(MilanNen.evaluate(eligiblePatient().ki67(null).build()).eligibility().isUndetermined());
    }

    @Test
    void theMapEntryPointFindsTheEvaluatorByIdAndValidatesTheData() throws Exception {
        GuidelineCatalog catalog = GuidelineCatalog.of(MilanNen.evaluator(), WhoGrading.evaluator());
        Map<String, Object> patient = new HashMap<>(Map.of("differentiation", "WELL", "ki67", 5, "mitoticCount", 1,
                "portalDrainage", true, "extrahepaticDiseaseCleared", true, "liverInvolvement", 30,
                "stableDiseaseMonths", 12, "age", 45));

        EvaluationResult result = catalog.require("milan_nen").evaluate(patient);

        assertEquals("ELIGIBLE", result.outcomes().get("eligibility").value());
        assertEquals(List.of(), result.explanation(), "explanations only when asked for");
        assertEquals(MilanNen.evaluate(eligiblePatient().build()).explain(),
                catalog.require("milan_nen").explain(patient).explanation());
        assertFalse(result.toJson().isEmpty());

        patient.put("ki67", 120);
        InvalidInputException invalid =
                assertThrows(InvalidInputException.class, () -> catalog.require("milan_nen").evaluate(patient));
        assertTrue(invalid.getMessage().contains("ki67"), invalid.getMessage());
    }

    @Test
    void theGeneratedServiceFileLetsToolsDiscoverEveryEvaluator() {
        GuidelineCatalog catalog = GuidelineCatalog.discover(getClass().getClassLoader());

        assertTrue(catalog.ids().containsAll(List.of("milan_nen", "who_grading")), catalog.ids().toString());
        assertEquals(MilanNen.VERSION, catalog.require("milan_nen").version());
    }

    private static ExplanationStep step(List<ExplanationStep> explanation, String outcome, String element) {
        return explanation.stream()
                .filter(s -> s.outcome().equals(outcome) && s.element().equals(element))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + element + " of " + outcome + " in " + explanation));
    }
}
