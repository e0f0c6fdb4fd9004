package org.guidelang.benchmarks.peers;

import java.util.SplittableRandom;

/**
 * The peer harness's patients ({@code peers.Generator}, copied so that this module does not depend on
 * the harness): the same seed gives the same patients, in the same order, with the same share of
 * grades, thresholds and missing fields, so that branch history here is what it is there.
 */
public final class PeersCohort {
    /** The harness's default seed and missing rate. */
    public static final long SEED = 20261122L;

    private PeersCohort() {}

    /** The first {@code n} patients, each field blanked with probability {@code missingRate} (0: complete). */
    public static PeersPatient[] generate(int n, double missingRate) {
        SplittableRandom values = new SplittableRandom(SEED);
        SplittableRandom mask = new SplittableRandom(SEED ^ 0x9E3779B97F4A7C15L);
        PeersPatient[] patients = new PeersPatient[n];
        for (int i = 0; i < n; i++) {
            PeersPatient p = one(values);
            // The harness draws the mask for every patient, complete or not; so do we, to keep the streams in step.
            patients[i] = new PeersPatient(
                    drop(mask, missingRate, p.differentiation()), drop(mask, missingRate, p.ki67()),
                    drop(mask, missingRate, p.mitoticCount()), drop(mask, missingRate, p.portalDrainage()),
                    drop(mask, missingRate, p.extrahepaticDiseaseCleared()), drop(mask, missingRate,
                            p.liverInvolvement()),
                    drop(mask, missingRate, p.stableDiseaseMonths()), drop(mask, missingRate, p.age()));
        }
        return patients;
    }

    private static <T> T drop(SplittableRandom random, double rate, T value) {
        return random.nextDouble() < rate ? null : value;
    }

    /** Proliferation tiers: 0 low (G1-like), 1 intermediate (G2-like), 2 high (G3-like); as the harness draws them. */
    private static PeersPatient one(SplittableRandom r) {
        boolean poor = r.nextInt(100) < 15;
        int tier = poor ? (r.nextInt(100) < 90 ? 2 : 1) : pick(r, 45, 40, 15);
        int mitTier = r.nextInt(100) < 20 ? clamp(tier + (r.nextBoolean() ? 1 : -1), 0, 2) : tier;
        double ki67 = switch (tier) {
            case 0 -> r.nextInt(30) / 10.0;
            case 1 -> 3.0 + r.nextInt(171) / 10.0;
            default -> 20.1 + r.nextInt(750) / 10.0;
        };
        if (r.nextInt(100) < 3) {
            ki67 = r.nextBoolean() ? 3.0 : 20.0;
        }
        int mitoses = switch (mitTier) {
            case 0 -> r.nextInt(2);
            case 1 -> 2 + r.nextInt(19);
            default -> 21 + r.nextInt(poor ? 80 : 30);
        };
        boolean portal = r.nextInt(100) < 90;
        boolean cleared = r.nextInt(100) < 75;
        double liver = r.nextInt(100) < 2 ? 50.0 : 0.5 + r.nextInt(946) / 10.0;
        int stable = Math.min(60, (int) (-Math.log(1 - r.nextDouble()) * 12));
        int age = clamp((int) Math.round(58 + 12 * gaussian(r)), 18, 90);
        return new PeersPatient(poor ? "POOR" : "WELL", ki67, mitoses, portal, cleared, liver, stable, age);
    }

    private static int pick(SplittableRandom r, int a, int b, int c) {
        int x = r.nextInt(a + b + c);
        return x < a ? 0 : x < a + b ? 1 : 2;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
