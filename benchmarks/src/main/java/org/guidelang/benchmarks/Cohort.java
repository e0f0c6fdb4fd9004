package org.guidelang.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random patients for {@code milan_nen}: every input missing with a given probability,
 * values spread over the thresholds so that every grade and every eligibility occurs.
 */
public final class Cohort {
    private Cohort() {}

    public static List<Patient> random(long seed, int size, double missingRate) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Patient> patients = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            patients.add(new Patient(
                    missing(random, missingRate) ? null : random.nextDouble() < 0.8 ? "WELL" : "POOR",
                    missing(random, missingRate) ? null : round(random.nextDouble(0, 40)),
                    missing(random, missingRate) ? null : (double) random.nextInt(0, 30),
                    missing(random, missingRate) ? null : random.nextDouble() < 0.85,
                    missing(random, missingRate) ? null : random.nextDouble() < 0.85,
                    missing(random, missingRate) ? null : round(random.nextDouble(0, 80)),
                    missing(random, missingRate) ? null : (double) random.nextInt(0, 36),
                    missing(random, missingRate) ? null : (double) random.nextInt(18, 80)));
        }
        return patients;
    }

    private static boolean missing(SplittableRandom random, double rate) {
        return random.nextDouble() < rate;
    }

    /** One decimal, as a pathology report gives it. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
