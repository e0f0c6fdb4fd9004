package org.guidelang.guidelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.GuidelineEvaluator;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The constraints between inputs that the NEN guidelines declare (docs/nen-guidelines.md,
 * "Constraints between inputs"): each is still declared, by the guideline the audit put it in, and
 * a record that breaks it is refused, naming it, by that guideline and by every guideline that
 * imports it, in the interpreter and in the generated evaluators; a neighbouring record that keeps
 * it is not.
 */
class NenConstraintsTest {

    /**
     * One declared constraint: where, a patient whose given values break it, and one that differs
     * from it at one value (a threshold's other side, or the other code) and keeps it.
     */
    private record Declared(String guideline, String name, Map<String, Object> breaking, Map<String, Object> keeping) {
        String id() {
            return guideline + "." + name;
        }
    }

    private static final List<Declared> DECLARED = List.of(
            new Declared("netlm_classification", "extrahepaticMetastasesAreDistant",
                    Map.of("extrahepaticMetastases", true, "distantMetastases", false),
                    Map.of("extrahepaticMetastases", false, "distantMetastases", false)),
            new Declared("netlm_classification", "completeClearanceIsFullDebulking",
                    Map.of("completeClearanceFeasible", true, "achievableDebulking", 99.9),
                    Map.of("completeClearanceFeasible", true, "achievableDebulking", 100)),
            new Declared("netlm_classification", "slowGrowthIsNotRapidProgression",
                    Map.of("slowGrowth", true, "rapidProgression", true),
                    Map.of("slowGrowth", false, "rapidProgression", true)),
            new Declared("liver_transplantation", "clearedMeansNoExtrahepaticMetastases",
                    Map.of("extrahepaticDiseaseCleared", true, "extrahepaticMetastases", true),
                    Map.of("extrahepaticDiseaseCleared", false, "extrahepaticMetastases", true)),
            new Declared("liver_transplantation", "clearedMeansPrimaryResected",
                    Map.of("extrahepaticDiseaseCleared", true, "primaryResected", false),
                    Map.of("extrahepaticDiseaseCleared", false, "primaryResected", false)),
            new Declared("liver_transplantation", "stableDiseaseIsNotRapidProgression",
                    Map.of("stableDiseaseMonths", 6, "rapidProgression", true),
                    Map.of("stableDiseaseMonths", 5, "rapidProgression", true)),
            new Declared("liver_transplantation", "liverInvolvementIsDistantMetastasis",
                    Map.of("liverInvolvement", 0.5, "distantMetastases", false),
                    Map.of("liverInvolvement", 0, "distantMetastases", false)),
            new Declared("neoadjuvant_prrt_conversion", "noDistantMetastasesMeansLimited",
                    Map.of("distantMetastases", false, "limitedLiverMetastases", false),
                    Map.of("distantMetastases", true, "limitedLiverMetastases", false)),
            new Declared("neoadjuvant_prrt_conversion", "resectableMeansNothingElsePrecludes",
                    Map.of("primaryResectability", "RESECTABLE", "resectableApartFromVessels", false),
                    Map.of("primaryResectability", "BORDERLINE", "resectableApartFromVessels", false)),
            new Declared("neoadjuvant_prrt_conversion", "unresectableHasACause",
                    Map.of("primaryResectability", "UNRESECTABLE", "majorVascularInvolvement", false,
                            "resectableApartFromVessels", true),
                    Map.of("primaryResectability", "UNRESECTABLE", "majorVascularInvolvement", true,
                            "resectableApartFromVessels", true)));

    @Test
    void theNenGuidelinesDeclareExactlyTheAuditedConstraints() {
        Set<String> declared = NenGuidelines.compilation().guidelines().stream()
                .flatMap(g -> g.ownConstraints().stream().map(c -> g.id() + "." + c.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> audited = DECLARED.stream().map(Declared::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(audited, declared, "a constraint of the audit was removed or moved, or one was added without "
                + "a record here and in docs/nen-guidelines.md");
        for (CheckedGuideline guideline : NenGuidelines.compilation().guidelines()) {
            for (Constraint constraint : guideline.ownConstraints()) {
                assertFalse(constraint.citations().isEmpty(), guideline.id() + "." + constraint.name() + " cites nothing");
                assertFalse(constraint.rationale().isBlank(), guideline.id() + "." + constraint.name() + " has no rationale");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> aRecordThatBreaksAConstraintIsRefusedByEveryGuidelineThatReadsIt() {
        return DECLARED.stream().map(d -> DynamicTest.dynamicTest(d.id(), () -> refusedWhereDeclared(d)));
    }

    private static void refusedWhereDeclared(Declared declared) throws InvalidInputException {
        List<CheckedGuideline> readers = readers(declared);
        assertTrue(readers.stream().anyMatch(g -> g.id().equals(declared.guideline())),
                declared.id() + " is not declared by " + declared.guideline());
        for (CheckedGuideline guideline : readers) {
            Map<String, Object> breaking = valid(guideline, declared.breaking());
            List<InputError> errors = Interpreter.constraintErrors(guideline, breaking);
            assertEquals(1, errors.size(), () -> guideline.id() + " gives " + errors + " for " + breaking);
            assertTrue(errors.get(0).message().contains(" break constraint " + declared.name() + ": "),
                    () -> guideline.id() + " names another constraint: " + errors.get(0).message());
            assertTrue(errors.get(0).message().contains(constraint(guideline, declared.name()).rationale()),
                    () -> guideline.id() + " gives no rationale: " + errors.get(0).message());
            Map<String, Object> keeping = valid(guideline, declared.keeping());
            assertEquals(List.of(), Interpreter.constraintErrors(guideline, keeping),
                    () -> guideline.id() + " refuses " + keeping);
            if (!guideline.outcomes().isEmpty()) {
                GuidelineEvaluator generated = NenGuidelines.evaluator(guideline.id());
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> generated.evaluate(declared.breaking()),
                        () -> "the generated " + guideline.id() + " evaluates " + declared.breaking());
                assertEquals(errors, refused.errors(), () -> "the generated " + guideline.id() + " refuses otherwise");
                generated.evaluate(declared.keeping());
            }
        }
    }

    /** liver_transplantation's example "primary tumour still in place", neither primaryResected nor the clearance recorded. */
    private static final Map<String, Object> PRIMARY_AND_CLEARANCE_NOT_RECORDED = Map.ofEntries(
            Map.entry("differentiation", "WELL"), Map.entry("ki67", 5.0), Map.entry("mitoticCount", 1.0),
            Map.entry("portalDrainage", true), Map.entry("liverInvolvement", 30.0),
            Map.entry("stableDiseaseMonths", 12.0), Map.entry("age", 45.0),
            Map.entry("completeClearanceFeasible", false), Map.entry("achievableDebulking", 50.0),
            Map.entry("fitForSurgery", true), Map.entry("carcinoidHeartDisease", false),
            Map.entry("extrahepaticMetastases", false));

    /**
     * clearedMeansPrimaryResected ties the primary's resection to the clearance of extrahepatic
     * disease: {@code primaryResected = false} alone decides OPTN_NOT_ACCEPTABLE (with the primary
     * in place, extrahepatic disease remains), though no two completions differing in it alone give
     * different values. Both are listed (docs/language.md §9.1, minimal changes), by the interpreter
     * and the generated class; until issue 12 (a) only the clearance was.
     */
    @Test
    void tiedInputsThatDecideTogetherAreBothListed() throws InvalidInputException {
        CheckedGuideline guideline = NenGuidelines.compilation().guideline("liver_transplantation").orElseThrow();
        Map<String, Object> patient = valid(guideline, PRIMARY_AND_CLEARANCE_NOT_RECORDED);
        Set<String> both = Set.of("extrahepaticDiseaseCleared", "primaryResected");
        var interpreted = new Interpreter(NenGuidelines.compilation().analysis("liver_transplantation")).evaluate(patient);
        var generated = NenGuidelines.evaluator("liver_transplantation").evaluate(PRIMARY_AND_CLEARANCE_NOT_RECORDED);
        for (String outcome : List.of("optnUnos", "transplantation")) {
            assertEquals(both, interpreted.outcome(outcome).orElseThrow().missing(), outcome);
            assertEquals(interpreted.outcome(outcome), generated.outcome(outcome), outcome);
        }
        Map<String, Object> inPlace = new java.util.HashMap<>(PRIMARY_AND_CLEARANCE_NOT_RECORDED);
        inPlace.put("primaryResected", false);
        assertEquals("OPTN_NOT_ACCEPTABLE", NenGuidelines.evaluator("liver_transplantation").evaluate(inPlace)
                .outcome("optnUnos").orElseThrow().value());
    }

    /**
     * An imported outcome is exact in the importer's context (docs/language.md §5.1): inside
     * liver_transplantation, 12 months of stable disease rules out rapid progression
     * (stableDiseaseIsNotRapidProgression, which netlm_classification does not declare), so
     * {@code netlm.transplantEvaluation} is decided, as the example expects it; netlm_classification
     * alone leaves it open.
     */
    @Test
    void anImportedOutcomeIsRefinedWithTheImportersConstraints() {
        CheckedGuideline guideline = NenGuidelines.compilation().guideline("liver_transplantation").orElseThrow();
        Map<String, Object> patient = valid(guideline, Map.ofEntries(
                Map.entry("differentiation", "WELL"), Map.entry("ki67", 5.0), Map.entry("mitoticCount", 1.0),
                Map.entry("portalDrainage", true), Map.entry("extrahepaticDiseaseCleared", true),
                Map.entry("liverInvolvement", 30.0), Map.entry("stableDiseaseMonths", 12.0), Map.entry("age", 45.0),
                Map.entry("completeClearanceFeasible", false), Map.entry("achievableDebulking", 50.0),
                Map.entry("primaryResected", true), Map.entry("fitForSurgery", true),
                Map.entry("carcinoidHeartDisease", false), Map.entry("extrahepaticMetastases", false)));
        Interpreter importer = new Interpreter(NenGuidelines.compilation().analysis("liver_transplantation"));
        var alone = importer.imported("netlm").evaluate(patient).outcome("transplantEvaluation").orElseThrow();
        assertEquals(null, alone.value());
        assertTrue(alone.missing().contains("rapidProgression"), alone.toString());
        var inContext = importer.importedOutcome("netlm", "transplantEvaluation", patient);
        assertEquals(true, inContext.value());
    }

    /**
     * Inside netlm_classification, a rapidly progressing NET G3 does not grow slowly
     * (slowGrowthIsNotRapidProgression), so hg_surgery_selection's candidacy is NOT_CANDIDATE: the
     * importer's explanation closes {@code hg.candidacy} with that decision, in the interpreter and
     * the generated class alike.
     */
    @Test
    void anImportedOutcomesClosingStepIsExactInTheImportersContext() throws InvalidInputException {
        Map<String, Object> patient = Map.ofEntries(
                Map.entry("differentiation", "WELL"), Map.entry("ki67", 30.0), Map.entry("mitoticCount", 5.0),
                Map.entry("sstrPositive", true), Map.entry("completeClearanceFeasible", false),
                Map.entry("achievableDebulking", 40.0), Map.entry("largestLesionCm", 2.5),
                Map.entry("massEffectSymptoms", false), Map.entry("refractoryHormonalSymptoms", false),
                Map.entry("primaryResected", false), Map.entry("fitForSurgery", true),
                Map.entry("carcinoidHeartDisease", false), Map.entry("extrahepaticMetastases", false),
                Map.entry("rapidProgression", true), Map.entry("adequateLiverRemnant", true));
        CheckedGuideline guideline = NenGuidelines.compilation().guideline("netlm_classification").orElseThrow();
        var interpreted = new Interpreter(NenGuidelines.compilation().analysis("netlm_classification"))
                .evaluate(valid(guideline, patient));
        var generated = NenGuidelines.evaluator("netlm_classification").explain(patient);
        List<String> closing = interpreted.explanation().stream()
                .filter(step -> step.outcome().equals("hg.candidacy") && step.element().equals("decided"))
                .map(step -> step.text()).toList();
        assertEquals(List.of("→ NOT_CANDIDATE whatever slowGrowth is"), closing);
        assertEquals(interpreted.explanation(), generated.explanation());
    }

    /** The guideline that declares the constraint and every guideline that imports it. */
    private static List<CheckedGuideline> readers(Declared declared) {
        List<CheckedGuideline> readers = NenGuidelines.compilation().guidelines().stream()
                .filter(g -> g.constraints().stream()
                        .anyMatch(c -> c.name().equals(declared.name()) && c.guideline().equals(declared.guideline())))
                .toList();
        assertFalse(readers.isEmpty(), () -> "no guideline declares " + declared.id());
        return readers;
    }

    private static Constraint constraint(CheckedGuideline guideline, String name) {
        return guideline.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The patient validated against the guideline's inputs: each value in range and of its type. */
    private static Map<String, Object> valid(CheckedGuideline guideline, Map<String, Object> patient) {
        List<InputSpec> specs = guideline.inputs().stream().map(InputDecl::spec).toList();
        var validation = InputValidator.validate(patient, specs);
        assertTrue(validation.errors().isEmpty(), () -> guideline.id() + ": " + validation.errors());
        return validation.values();
    }
}
