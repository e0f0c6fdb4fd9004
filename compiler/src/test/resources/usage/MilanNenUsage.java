package org.guidelang.example;

import java.util.List;
import org.guidelang.generated.MilanNen;
import org.guidelang.generated.MilanNen.Eligibility;
import org.guidelang.generated.WhoGrading;
import org.guidelang.runtime.Decided;
import org.guidelang.runtime.ExplanationStep;

/** How a developer calls a generated evaluator; compiled with -Xlint:all -Werror and run by GeneratedUsageTest. */
public final class MilanNenUsage {
    private MilanNenUsage() {}

    public static String run() {
        MilanNen.Result result = MilanNen.evaluate(MilanNen.Input.builder()
                .differentiation(WhoGrading.Differentiation.WELL)
                .ki67(5.0)
                .mitoticCount(1)
                .portalDrainage(true)
                .extrahepaticDiseaseCleared(true)
                .liverInvolvement(30.0)
                .stableDiseaseMonths(12.0)
                .age(63.0)
                .build());
        Decided<Eligibility> eligibility = result.eligibility();
        StringBuilder out = new StringBuilder();
        if (eligibility.is(Eligibility.ELIGIBLE_RELATIVE_EXCEPTION)) {
            out.append("eligible by exception: ").append(eligibility.get().label()).append('\n');
        }
        List<ExplanationStep> why = result.explain();
        for (ExplanationStep step : why) {
            out.append(step.outcome()).append(' ').append(step.element()).append(": ").append(step.status())
                    .append('\n');
        }
        // Without an age, the relative criterion cannot be judged: undetermined, and it says what to ask for.
        MilanNen.Result unknownAge = MilanNen.evaluate(result.input().toBuilder().age(null).build());
        out.append("without age: ").append(unknownAge.eligibility()).append(", ask for ")
                .append(unknownAge.eligibility().missing()).append("; in all, ask for ").append(unknownAge.missing())
                .append('\n');
        // One evaluation gives the imported WHO grade too.
        out.append("who grade: ").append(result.who().grade()).append('\n');
        // Without the differentiation a high proliferation still narrows the grade to two codes.
        WhoGrading.Result highGrade = WhoGrading.evaluate(WhoGrading.Input.builder().ki67(30.0).mitoticCount(25).build());
        out.append("high grade: ").append(highGrade.grade()).append(", possibly ").append(highGrade.grade().possible())
                .append('\n');
        return out.toString();
    }
}
