package org.guidelang.benchmarks;

import org.guidelang.benchmarks.generated.MilanNen;
import org.guidelang.benchmarks.generated.WhoGrading;

/** Benchmark patients as the generated evaluator's typed input, through its builder. */
final class GeneratedInputs {
    private GeneratedInputs() {}

    static MilanNen.Input of(Patient p) {
        return MilanNen.Input.builder()
                .differentiation(WhoGrading.Differentiation.ofCode(p.differentiation()))
                .ki67(p.ki67())
                .mitoticCount(p.mitoticCount() == null ? null : p.mitoticCount().intValue())
                .portalDrainage(p.portalDrainage())
                .extrahepaticDiseaseCleared(p.extrahepaticDiseaseCleared())
                .liverInvolvement(p.liverInvolvement())
                .stableDiseaseMonths(p.stableDiseaseMonths())
                .age(p.age())
                .build();
    }
}
