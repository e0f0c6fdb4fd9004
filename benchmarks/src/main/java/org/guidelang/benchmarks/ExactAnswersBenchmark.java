package org.guidelang.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.guidelang.benchmarks.generated.HgSurgerySelection;
import org.guidelang.benchmarks.generated.LiverMetastasisResection;
import org.guidelang.benchmarks.generated.LiverTransplantation;
import org.guidelang.benchmarks.generated.LocallyAdvancedPnen;
import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.benchmarks.generated.NeoadjuvantPrrtConversion;
import org.guidelang.benchmarks.generated.NetlmClassification;
import org.guidelang.benchmarks.generated.PrimaryTumourResection;
import org.guidelang.benchmarks.generated.WhoGrading;
import org.guidelang.runtime.ExactAnswers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of exact answers through the generated classes (docs/language.md §9.1): every NEN
 * guideline with every input missing, where each undetermined outcome is refined over the
 * completions of all its inputs; and Milan-NEN with one input missing, the common case of a
 * partial record. One operation is one patient through the typed {@code evaluate(Input)}, with
 * the outcomes, their possible values and their missing inputs, no explanation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ExactAnswersBenchmark {
    /** One NEN guideline and its empty patient. */
    @State(Scope.Benchmark)
    public static class EveryInputMissing {
        @Param({"who_grading", "milan_nen", "netlm_classification", "hg_surgery_selection",
            "liver_metastasis_resection", "locally_advanced_pnen", "primary_tumour_resection",
            "neoadjuvant_prrt_conversion", "liver_transplantation"})
        public String guideline;

        // Callable: the classes of guidelines with constraints between inputs may refuse a patient.
        Callable<Object> evaluation;
        // The guideline as ExactAnswers refines it, for the refinement without the generated memo.
        ExactAnswers.Subject subject;

        @Setup
        public void setUp() {
            evaluation = switch (guideline) {
                case "who_grading" -> () -> WhoGrading.evaluate(WhoGrading.Input.builder().build());
                case "milan_nen" -> () -> MilanNen.evaluate(MilanNen.Input.builder().build());
                case "netlm_classification" -> () -> NetlmClassification.evaluate(
                        NetlmClassification.Input.builder().build());
                case "hg_surgery_selection" -> () -> HgSurgerySelection.evaluate(
                        HgSurgerySelection.Input.builder().build());
                case "liver_metastasis_resection" -> () -> LiverMetastasisResection.evaluate(
                        LiverMetastasisResection.Input.builder().build());
                case "locally_advanced_pnen" -> () -> LocallyAdvancedPnen.evaluate(
                        LocallyAdvancedPnen.Input.builder().build());
                case "primary_tumour_resection" -> () -> PrimaryTumourResection.evaluate(
                        PrimaryTumourResection.Input.builder().build());
                case "neoadjuvant_prrt_conversion" -> () -> NeoadjuvantPrrtConversion.evaluate(
                        NeoadjuvantPrrtConversion.Input.builder().build());
                case "liver_transplantation" -> () -> LiverTransplantation.evaluate(
                        LiverTransplantation.Input.builder().build());
                default -> throw new IllegalArgumentException("no NEN guideline " + guideline);
            };
            subject = switch (guideline) {
                case "who_grading" -> WhoGrading.exactAnswers();
                case "milan_nen" -> MilanNen.exactAnswers();
                case "netlm_classification" -> NetlmClassification.exactAnswers();
                case "hg_surgery_selection" -> HgSurgerySelection.exactAnswers();
                case "liver_metastasis_resection" -> LiverMetastasisResection.exactAnswers();
                case "locally_advanced_pnen" -> LocallyAdvancedPnen.exactAnswers();
                case "primary_tumour_resection" -> PrimaryTumourResection.exactAnswers();
                case "neoadjuvant_prrt_conversion" -> NeoadjuvantPrrtConversion.exactAnswers();
                case "liver_transplantation" -> LiverTransplantation.exactAnswers();
                default -> throw new IllegalArgumentException("no NEN guideline " + guideline);
            };
        }
    }

    /** Complete random Milan-NEN patients, each with one input removed, the eight inputs in turn. */
    @State(Scope.Benchmark)
    public static class OneInputMissing {
        static final int PATIENTS = 1024;

        MilanNen.Input[] patients;
        int cursor;

        @Setup
        public void setUp() {
            List<Patient> cohort = new ArrayList<>();
            int i = 0;
            for (Patient complete : Cohort.random(42, PATIENTS, 0.0)) {
                cohort.add(without(complete, i++ % 8));
            }
            Agreement.check(cohort, BundledGuidelines.interpreter("milan_nen"));
            patients = cohort.stream().map(GeneratedInputs::of).toArray(MilanNen.Input[]::new);
        }

        MilanNen.Input next() {
            MilanNen.Input patient = patients[cursor];
            cursor = (cursor + 1) & (PATIENTS - 1);
            return patient;
        }

        private static Patient without(Patient p, int input) {
            return new Patient(input == 0 ? null : p.differentiation(), input == 1 ? null : p.ki67(),
                    input == 2 ? null : p.mitoticCount(), input == 3 ? null : p.portalDrainage(),
                    input == 4 ? null : p.extrahepaticDiseaseCleared(), input == 5 ? null : p.liverInvolvement(),
                    input == 6 ? null : p.stableDiseaseMonths(), input == 7 ? null : p.age());
        }
    }

    /**
     * Every outcome of one NEN guideline refined over the completions of all its inputs, as a patient
     * after the first with the same cells (here: none given) meets it: the generated class remembers
     * refined answers by the cells of the given values ({@code AnswerMemo}).
     */
    @Benchmark
    public Object everyInputMissing(EveryInputMissing state) throws Exception {
        return state.evaluation.call();
    }

    /**
     * The same refinement as the first patient of its pattern pays it: one pass and {@code
     * ExactAnswers.refine} over the completions, through the generated class's subject, nothing
     * remembered (this guideline's own outcomes; the imported ones are refined by their subjects).
     */
    @Benchmark
    public Object everyInputMissingFirstTime(EveryInputMissing state) throws Exception {
        return ExactAnswers.refine(state.subject.onePass(Map.of()), Map.of(), state.subject);
    }

    /** Milan-NEN and its WHO grade with one input missing (refined only where one pass leaves them open). */
    @Benchmark
    public Object milanNenOneInputMissing(OneInputMissing state) {
        return MilanNen.evaluate(state.next());
    }
}
