package org.guidelang.benchmarks.peers;

/**
 * The peer harness's hand-written engine ({@code peers.engines.HandWrittenJava}), copied as it is: straight-line
 * Java over boxed inputs, null for missing, Kleene logic with {@code Boolean} TRUE, FALSE and null, a first-hit
 * rule whose condition is unknown stops the table. The harness's target ratios are against this code.
 */
public final class PeersHandWritten {
    static final String NEC_G3 = "NEC_G3";
    static final String NET_G3 = "NET_G3";
    static final String NET_G2 = "NET_G2";
    static final String NET_G1 = "NET_G1";
    static final String ELIGIBLE = "ELIGIBLE";
    static final String ELIGIBLE_RELATIVE_EXCEPTION = "ELIGIBLE_RELATIVE_EXCEPTION";
    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    private PeersHandWritten() {}

    public static PeersOutcome evaluateTyped(PeersPatient p) {
        String grade = grade(p.differentiation(), p.ki67(), p.mitoticCount());
        return new PeersOutcome(grade, eligibility(grade, p));
    }

    static String grade(String differentiation, Double ki67, Integer mitoticCount) {
        Boolean poor = differentiation == null ? null : differentiation.equals("POOR");
        Boolean well = differentiation == null ? null : differentiation.equals("WELL");
        Boolean high = or(gt(ki67, 20), gt(mitoticCount, 20));
        Boolean r = and(poor, high);
        if (r == null) {
            return null;
        }
        if (r) {
            return NEC_G3;
        }
        r = and(well, high);
        if (r == null) {
            return null;
        }
        if (r) {
            return NET_G3;
        }
        r = and(well, or(ge(ki67, 3), ge(mitoticCount, 2)));
        if (r == null) {
            return null;
        }
        if (r) {
            return NET_G2;
        }
        return Boolean.TRUE.equals(well) ? NET_G1 : null;
    }

    static String eligibility(String grade, PeersPatient p) {
        Boolean c1 = grade == null ? null : grade.equals(NET_G1) || grade.equals(NET_G2);
        Boolean c2 = and(p.portalDrainage(), p.extrahepaticDiseaseCleared());
        Boolean c3 = lt(p.liverInvolvement(), 50);
        Boolean c4 = ge(p.stableDiseaseMonths(), 6);
        Boolean absolute = and(and(c1, c2), and(c3, c4));
        if (absolute == null) {
            return null;
        }
        if (!absolute) {
            return NOT_ELIGIBLE;
        }
        Boolean c5 = lt(p.age(), 60);
        return c5 == null ? null : c5 ? ELIGIBLE : ELIGIBLE_RELATIVE_EXCEPTION;
    }

    static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    static Boolean gt(Double v, double t) {
        return v == null ? null : v > t;
    }

    static Boolean gt(Integer v, int t) {
        return v == null ? null : v > t;
    }

    static Boolean ge(Double v, double t) {
        return v == null ? null : v >= t;
    }

    static Boolean ge(Integer v, int t) {
        return v == null ? null : v >= t;
    }

    static Boolean lt(Double v, double t) {
        return v == null ? null : v < t;
    }

    static Boolean lt(Integer v, int t) {
        return v == null ? null : v < t;
    }
}
