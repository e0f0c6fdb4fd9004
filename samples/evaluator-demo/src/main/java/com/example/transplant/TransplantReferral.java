package com.example.transplant;

import com.example.transplant.criteria.MilanNen;
import com.example.transplant.criteria.WhoGrading;
import java.util.stream.Collectors;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.ExplanationStep;

/**
 * The application side of the sample: a referral note for liver transplantation, written from the
 * Milan-NEN evaluator that the GuideLang plugin generated into {@code com.example.transplant.criteria}.
 */
public final class TransplantReferral {
    private TransplantReferral() {}

    /** The patient's data as the referring clinic records it; {@code null} when not recorded. */
    public record Findings(boolean wellDifferentiated, Double ki67, Integer mitoticCount, Boolean portalDrainage,
            Boolean extrahepaticDiseaseCleared, Double liverInvolvement, Double stableDiseaseMonths, Double age) {}

    public static MilanNen.Result assess(Findings findings) {
        return MilanNen.evaluate(MilanNen.Input.builder()
                .differentiation(findings.wellDifferentiated() ? WhoGrading.Differentiation.WELL
                        : WhoGrading.Differentiation.POOR)
                .ki67(findings.ki67())
                .mitoticCount(findings.mitoticCount())
                .portalDrainage(findings.portalDrainage())
                .extrahepaticDiseaseCleared(findings.extrahepaticDiseaseCleared())
                .liverInvolvement(findings.liverInvolvement())
                .stableDiseaseMonths(findings.stableDiseaseMonths())
                .age(findings.age())
                .build());
    }

    /** One line: the decision with its label, or the data still to collect. */
    public static String note(MilanNen.Result result) {
        Decided<MilanNen.Eligibility> eligibility = result.eligibility();
        if (eligibility.isUndetermined()) {
            return "Milan-NEN: undetermined; please supply " + String.join(", ", eligibility.missing());
        }
        return "Milan-NEN: " + eligibility.get().code() + " (" + eligibility.get().label() + ")";
    }

    /** The criteria that failed, one per line, for the transplant committee. */
    public static String failedCriteria(MilanNen.Result result) {
        return result.explain().stream()
                .filter(step -> step.outcome().equals("eligibility") && step.status().name().equals("FAILED"))
                .map(ExplanationStep::text)
                .collect(Collectors.joining("\n"));
    }
}
