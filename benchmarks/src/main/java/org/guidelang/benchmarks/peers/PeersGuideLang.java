package org.guidelang.benchmarks.peers;

import peers.guidelang.gen.MilanNen;
import peers.guidelang.gen.WhoGrading;

/**
 * The two typed paths of the harness's GuideLang adapter ({@code benchmarks/peers/src/.../GuideLangEngine.java}),
 * copied as they are, over the classes generated from the harness's guidelines: one {@code MilanNen.evaluate} whose
 * result holds the WHO grade, and one {@code evaluate} per guideline as a downstream developer would first write it.
 */
public final class PeersGuideLang {
    private PeersGuideLang() {}

    /** {@code GuideLangEngine.evaluateTyped}. */
    public static PeersOutcome shared(PeersPatient p) {
        MilanNen.Result r = MilanNen.evaluate(new MilanNen.Input(
                p.differentiation() == null ? null : WhoGrading.Differentiation.ofCode(p.differentiation()),
                p.ki67(), p.mitoticCount(), p.portalDrainage(), p.extrahepaticDiseaseCleared(), p.liverInvolvement(),
                p.stableDiseaseMonths() == null ? null : p.stableDiseaseMonths().doubleValue(),
                p.age() == null ? null : p.age().doubleValue()));
        return new PeersOutcome(r.who().grade().isDetermined() ? r.who().grade().get().code() : null,
                r.eligibility().isDetermined() ? r.eligibility().get().code() : null);
    }

    /** {@code GuideLangEngine.PublicApi.evaluateTyped}. */
    public static PeersOutcome perGuideline(PeersPatient p) {
        WhoGrading.Differentiation d = p.differentiation() == null ? null
                : WhoGrading.Differentiation.ofCode(p.differentiation());
        WhoGrading.Result w = WhoGrading.evaluate(WhoGrading.Input.builder()
                .differentiation(d).ki67(p.ki67()).mitoticCount(p.mitoticCount()).build());
        MilanNen.Result m = MilanNen.evaluate(MilanNen.Input.builder()
                .differentiation(d).ki67(p.ki67()).mitoticCount(p.mitoticCount())
                .portalDrainage(p.portalDrainage()).extrahepaticDiseaseCleared(p.extrahepaticDiseaseCleared())
                .liverInvolvement(p.liverInvolvement())
                .stableDiseaseMonths(p.stableDiseaseMonths() == null ? null : p.stableDiseaseMonths().doubleValue())
                .age(p.age() == null ? null : p.age().doubleValue()).build());
        return new PeersOutcome(w.grade().isDetermined() ? w.grade().get().code() : null,
                m.eligibility().isDetermined() ? m.eligibility().get().code() : null);
    }
}
